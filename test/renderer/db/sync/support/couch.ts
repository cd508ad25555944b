import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import express from 'express'
import expressPouchDB from 'express-pouchdb'
import { ServerPouch } from './pouch'

/**
 * A CouchDB-compatible server for the sync tests (DESIGN-16): express-pouchdb 4.2.0 in
 * fullCouchDB mode over memory PouchDB, admin in its in-memory config, on 127.0.0.1. Started in
 * the test's own process so a test can stop it (connections refused) and start it again on the
 * same port with its data, as a studio server restarting. With COUCH_URL set (admin credentials
 * in the URL), that server is used instead and cannot be stopped.
 */
export interface TestCouch {
  /** With admin credentials. */
  adminUrl: string
  /** Without credentials: what a laptop's settings hold. */
  url: string
  canStop: boolean
  /** Called with every request before the server answers it (a test stops the server mid-way). */
  onRequest: ((request: { method: string; url: string }) => void) | null
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

const ADMIN = { name: 'admin', password: 'admin-pass' }

export async function testCouch(): Promise<TestCouch> {
  // A real CouchDB named by the person running the tests (not the run's own test server, which
  // cannot be stopped from here: these tests then start their own).
  if (process.env.COUCH_URL && !process.env.COUCH_URL_IS_TEST_SERVER) {
    const adminUrl = process.env.COUCH_URL.replace(/\/+$/, '')
    const u = new URL(adminUrl)
    const url = `${u.protocol}//${u.host}`
    const none = async () => {}
    return { adminUrl, url, canStop: false, onRequest: null, stop: none, start: none, close: none }
  }
  const logPath = join(mkdtempSync(join(tmpdir(), 'couch-test-')), 'log.txt') // not the working tree
  const app = expressPouchDB(ServerPouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath })
  await new Promise<void>((ok, fail) => app.couchConfig.set('admins', ADMIN.name, ADMIN.password, (e) => (e ? fail(e) : ok())))
  const web = express()
  web.use((request: { method: string; url: string }, _response: unknown, next: () => void) => {
    couch.onRequest?.(request)
    next()
  })
  web.use(app)
  let server: Server | null = null
  let port = 0
  const listen = () =>
    new Promise<void>((ok) => {
      server = web.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port
        ok()
      })
    })
  await listen()
  const stop = () =>
    new Promise<void>((ok) => {
      if (!server) return ok()
      server.close(() => ok())
      server.closeAllConnections()
      server = null
    })
  const couch: TestCouch = {
    adminUrl: `http://${ADMIN.name}:${ADMIN.password}@127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    canStop: true,
    onRequest: null,
    stop,
    start: listen,
    close: stop,
  }
  return couch
}

/** Admin requests to the server (creating databases, users and security objects as provisioning would). */
export async function admin(couch: TestCouch, method: string, path: string, body?: unknown): Promise<unknown> {
  const u = new URL(couch.adminUrl)
  const res = await fetch(`${couch.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as unknown
  if (!res.ok && res.status !== 412 && res.status !== 409) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** A studio as `npm run sync:provision` leaves it: its two databases, members by role, users. */
export async function provisionStudio(couch: TestCouch, code: string, users: { name: string; password: string; sensitive: boolean }[]): Promise<void> {
  for (const db of [`studio-${code}`, `studio-${code}-sensitive`]) await admin(couch, 'PUT', `/${db}`)
  for (const u of users) {
    const id = `org.couchdb.user:${u.name}`
    const existing = (await admin(couch, 'GET', `/_users/${encodeURIComponent(id)}`).catch(() => ({}))) as { _rev?: string }
    await admin(couch, 'PUT', `/_users/${encodeURIComponent(id)}`, { ...existing, _id: id, name: u.name, password: u.password, roles: [`studio-${code}`], type: 'user' })
  }
  await admin(couch, 'PUT', `/studio-${code}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: [`studio-${code}`] } })
  const readers = users.filter((u) => u.sensitive).map((u) => u.name)
  await admin(couch, 'PUT', `/studio-${code}-sensitive/_security`, { admins: { names: [], roles: [] }, members: { names: readers, roles: [] } })
}
