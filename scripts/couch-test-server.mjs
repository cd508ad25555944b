// The CouchDB of the tests: express-pouchdb 4.2.0 (the HTTP layer of pouchdb-server) in
// fullCouchDB mode over PouchDB's memory adapter, on 127.0.0.1. No native module, nothing on disk
// but a log file in a temporary folder. Apache CouchDB 3 cannot be installed on our machines; the
// tests that use this server read COUCH_URL, so they run unchanged against a real CouchDB.
//
//   node scripts/couch-test-server.mjs [--port 0] [--admin admin] [--password <pw>] [--exit-with-stdin]
//
// Prints one line `COUCH_URL=http://<admin>:<password>@127.0.0.1:<port>` once it answers.
// Start and stop it from tests with scripts/couch-for-tests.mjs, which does it by process id.
//
// In front of express-pouchdb sits a thin layer that makes it behave like CouchDB 3 where the
// design relies on it (docs/sync.md, "The test server"): every request to a database first checks
// membership (express-pouchdb leaves _bulk_get, _find and the design functions unchecked), an
// authenticated non-member gets 403 and an anonymous one 401, only a server admin creates or
// deletes databases and lists them (an anonymous PUT /<db> crashed the whole process), a
// `_selector` filter on _changes is refused instead of crashing the process, and CORS answers
// any origin so a page under test can sync.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback
}

const adminName = option('admin', 'admin')
const adminPassword = option('password', randomBytes(12).toString('hex'))
const port = Number(option('port', '0'))
const host = '127.0.0.1'
// Internal requests (the membership checks) carry this token so the guard lets them through.
const internalToken = randomBytes(16).toString('hex')
const INTERNAL = 'x-couch-test-internal'
const adminAuthorization = `Basic ${Buffer.from(`${adminName}:${adminPassword}`).toString('base64')}`

const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-mapreduce'))
  // Without it express-pouchdb's _users set-up fails ("Security methods already installed").
  .plugin(require('pouchdb-replication'))
const expressPouchDB = require('express-pouchdb')

const logDir = mkdtempSync(join(tmpdir(), 'couch-test-'))
const pouchApp = expressPouchDB(PouchDB.defaults({ adapter: 'memory' }), {
  mode: 'fullCouchDB',
  inMemoryConfig: true,
  logPath: join(logDir, 'log.txt'),
})
await new Promise((resolve, reject) =>
  pouchApp.couchConfig.set('admins', adminName, adminPassword, (err) => (err ? reject(err) : resolve())),
)
pouchApp.couchConfig.set('log', 'level', 'warning', () => {})

/** The same request as `req`'s credentials would make: { status, body }. */
function askSelf(req, method, path) {
  const headers = { [INTERNAL]: internalToken }
  if (req.headers.authorization) headers.authorization = req.headers.authorization
  if (req.headers.cookie) headers.cookie = req.headers.cookie
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host, port: server.address().port, method, path, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => {
        let body
        try {
          body = JSON.parse(text)
        } catch {
          body = null
        }
        resolve({ status: res.statusCode ?? 500, body })
      })
    })
    r.on('error', reject)
    r.end()
  })
}

function sendJson(res, status, body) {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json')
  res.end(`${JSON.stringify(body)}\n`)
}

function cors(req, res) {
  const origin = req.headers.origin
  if (!origin) return false
  res.setHeader('Access-Control-Allow-Origin', origin)
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  res.setHeader('Vary', 'Origin')
  res.setHeader('Access-Control-Expose-Headers', 'content-type, cache-control, accept-ranges, etag, server, x-couch-request-id, x-couch-update-newrev')
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE, COPY')
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'accept, authorization, content-type, origin, referer')
    res.setHeader('Access-Control-Max-Age', '600')
    res.statusCode = 204
    res.end()
    return true
  }
  return false
}

const NOT_ADMIN = { error: 'unauthorized', reason: 'You are not a server admin.' }
const USERS_DB = '_users'

async function session(req) {
  const r = await askSelf(req, 'GET', '/_session')
  return { status: r.status, body: r.body, name: r.body?.userCtx?.name ?? null, admin: Boolean(r.body?.userCtx?.roles?.includes('_admin')) }
}

function readJsonBody(req) {
  return new Promise((resolve, reject) => {
    let text = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (text += chunk))
    req.on('end', () => {
      try {
        resolve(JSON.parse(text))
      } catch {
        resolve(null)
      }
    })
    req.on('error', reject)
  })
}

const sameRoles = (a, b) => Array.isArray(a) && Array.isArray(b) && JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())

/**
 * express-pouchdb makes a user _admin for any request on their own _users document, so a user
 * could give themselves any role (another studio's). CouchDB lets a user change their own
 * document but never its roles: allow reads and deletes, and a PUT only with the stored roles.
 */
async function guardOwnUserDoc(req, docId) {
  const method = req.method ?? 'GET'
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE') return null
  const who = await session(req)
  if (who.admin || !who.name || docId !== `org.couchdb.user:${who.name}`) return null
  if (method !== 'PUT') return [403, { error: 'forbidden', reason: 'Only _admin may edit roles' }]
  const body = await readJsonBody(req)
  const stored = await askSelf({ headers: { authorization: adminAuthorization } }, 'GET', `/${USERS_DB}/${encodeURIComponent(docId)}`)
  if (!body || !sameRoles(body.roles, stored.body?.roles)) return [403, { error: 'forbidden', reason: 'Only _admin may edit roles' }]
  // body-parser skips a request whose body is already read.
  req.body = body
  req._body = true
  return null
}

/**
 * pouchdb-validation (express-pouchdb's validate_doc_update) overwrites a document's `_revisions`
 * with the stored one's before validating, so a replicated update (new_edits: false, rev 2 over
 * rev 1) is answered 201 and silently dropped. CouchDB stores it: keep each document's own
 * `_revisions` by making the field ignore that assignment.
 */
async function keepReplicatedRevisions(req) {
  const body = await readJsonBody(req)
  if (body && body.new_edits === false && Array.isArray(body.docs)) {
    for (const doc of body.docs) {
      if (!doc || typeof doc !== 'object' || !doc._revisions) continue
      const own = doc._revisions
      Object.defineProperty(doc, '_revisions', { get: () => own, set() {}, enumerable: true, configurable: true })
    }
  }
  // body-parser skips a request whose body is already read.
  req.body = body
  req._body = true
}

/** CouchDB 3's answers where express-pouchdb differs; null lets the request through. */
async function guard(req) {
  const url = new URL(req.url ?? '/', 'http://x')
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  const [db, ...rest] = segments
  const method = req.method ?? 'GET'
  if (!db) return null
  if (db === '_all_dbs' || db === '_dbs_info') return (await session(req)).admin ? null : [401, NOT_ADMIN]
  if (db === USERS_DB && rest.length === 1 && rest[0]) return guardOwnUserDoc(req, rest[0])
  if (db.startsWith('_')) return null
  if (rest.length === 0 && (method === 'PUT' || method === 'DELETE')) return (await session(req)).admin ? null : [401, NOT_ADMIN]
  if (rest[0] === '_changes' && url.searchParams.get('filter') === '_selector') {
    return [400, { error: 'bad_request', reason: 'The test server does not support the _selector filter (it crashes express-pouchdb 4.2.0).' }]
  }
  const probe = await askSelf(req, 'GET', `/${encodeURIComponent(db)}`)
  if ((probe.status === 200 || probe.status === 404) && rest.length === 1 && rest[0] === '_bulk_docs' && method === 'POST') await keepReplicatedRevisions(req)
  if (probe.status === 200 || probe.status === 404) return null
  const who = await session(req)
  if (who.status !== 200) return [who.status, who.body]
  if (who.name) return [403, { error: 'forbidden', reason: 'You are not allowed to access this db.' }]
  return [401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' }]
}

const server = createServer((req, res) => {
  if (req.headers[INTERNAL] === internalToken) {
    delete req.headers[INTERNAL]
    pouchApp(req, res)
    return
  }
  delete req.headers[INTERNAL]
  if (cors(req, res)) return
  guard(req).then(
    (refusal) => (refusal ? sendJson(res, refusal[0], refusal[1]) : pouchApp(req, res)),
    (err) => sendJson(res, 500, { error: 'test_server', reason: String(err) }),
  )
})
// Longpoll and continuous _changes keep requests open: no idle timeout on our side.
server.requestTimeout = 0
server.keepAliveTimeout = 5000

function shutdown() {
  server.close()
  server.closeAllConnections()
  rmSync(logDir, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
// Started by a test run: end with it, even when it is killed before it can stop us.
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', shutdown)
  process.stdin.on('close', shutdown)
  process.stdin.resume()
}

server.listen(port, host, async () => {
  const address = server.address()
  const url = `http://${encodeURIComponent(adminName)}:${encodeURIComponent(adminPassword)}@${host}:${address.port}`
  // Answer GET / before announcing, as a client waiting for the server would check.
  const root = await fetch(`http://${host}:${address.port}/`)
  if (!root.ok) throw new Error(`GET / answered ${root.status}`)
  console.log(`COUCH_URL=${url}`)
})
