// The studio server for `npm run bench`'s sync group: express-pouchdb 4.2.0 (fullCouchDB, memory)
// on express 4, on 127.0.0.1, with CORS for the bench page's origin (CouchDB's own [cors] setting;
// express-pouchdb has none). Started and stopped by scripts/run-bench.mjs in its own process.
import express from 'express'
import expressPouchDB from 'express-pouchdb'
import PouchDB from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import mapreduce from 'pouchdb-mapreduce'
import replication from 'pouchdb-replication'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export async function startBenchCouch() {
  const admin = { name: 'admin', password: 'bench-pass' }
  const Pouch = PouchDB.plugin(memory).plugin(mapreduce).plugin(replication).defaults({ adapter: 'memory' })
  const pouchApp = expressPouchDB(Pouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: join(mkdtempSync(join(tmpdir(), 'bench-couch-')), 'log.txt') })
  await new Promise((ok, fail) => pouchApp.couchConfig.set('admins', admin.name, admin.password, (e) => (e ? fail(e) : ok())))
  const app = express()
  app.use((req, res, next) => {
    const origin = req.headers.origin
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE')
      res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer')
    }
    if (req.method === 'OPTIONS') return res.status(204).end()
    next()
  })
  app.use(pouchApp)
  const server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s))
  })
  const url = `http://${admin.name}:${admin.password}@127.0.0.1:${server.address().port}`
  return {
    url,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}
