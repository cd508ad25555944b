import { generateSampleData } from '@shared/sample/generator'
import { MERGE_TABLES } from '@shared/backup/merge-tables'
import { StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { browserPouch, type PouchDatabase } from '@renderer/db/sync/pouch'
import { pushOutbox } from '@renderer/db/sync/push'
import { pullChanges } from '@renderer/db/sync/pull'
import { newSyncRow } from '@renderer/db/sync/state'
import type { SyncContext } from '@renderer/db/sync/context'
import { remoteDatabases } from '@renderer/db/sync/remote'
import { timed, type Results } from './metrics'

const SESSIONS = 20_000

async function freshDb(name: string) {
  const db = new StudioDatabase(name)
  await db.delete()
  await db.open()
  return db
}

/** The sync bookkeeping a first start writes (engine.ts startOver), without starting the engine. */
async function firstStart(db: StudioDatabase, serverUrl: string, studioCode: string) {
  await db.syncState.put(newSyncRow(serverUrl, studioCode, 'stage'))
  for (const t of MERGE_TABLES) {
    const ids = (await db.table(t).toCollection().primaryKeys()) as string[]
    await db.outbox.bulkAdd(ids.map((id) => ({ key: `${t}:${id}` })))
  }
}

/**
 * Where a first sync's time goes (BENCH_ONLY=sync-stages): each stage of the pipeline alone, one
 * after the other, on the same 20,000 sessions as bench/sync.bench.ts. Laptop A: the pusher's copy
 * of the outbox into the local PouchDB (sync.stage.pushLocal) and the replication sending it all
 * (sync.stage.replicatePush); the same with the first sync's shortcut, the pusher uploading as it
 * goes (sync.stage.pushUpload) and the push replication after it (sync.stage.replicateAfterUpload);
 * the puller reading back its own documents (sync.stage.readBack). Laptop B: the replication from
 * the server into an empty local PouchDB (sync.stage.replicatePull) and the puller's apply into
 * Dexie (sync.stage.apply).
 */
export async function benchSyncStages(results: Results, couchUrl: string, log: (s: string) => void = () => undefined) {
  const server = new URL(couchUrl)
  const auth = `Basic ${btoa(`${server.username}:${server.password}`)}`
  const serverUrl = server.origin
  const studioCode = `stage${Date.now().toString(36)}`
  for (const db of [`studio-${studioCode}`, `studio-${studioCode}-sensitive`]) await fetch(`${serverUrl}/${db}`, { method: 'PUT', headers: { Authorization: auth } })
  const config = { serverUrl, studioCode, username: decodeURIComponent(server.username) }
  const pouch = await browserPouch()
  const remote = remoteDatabases(pouch, config, decodeURIComponent(server.password)).records

  const data = generateSampleData({ seed: 16, today: todayString(), persons: 300, projects: 60, sessions: SESSIONS, quarters: 8 })
  const a = await freshDb('bench-stage-a')
  await a.transaction('rw', [a.persons, a.projects, a.progress, a.sessions], async () => {
    await a.persons.bulkAdd(data.persons)
    await a.projects.bulkAdd(data.projects)
    await a.progress.bulkAdd(data.progress)
    for (let i = 0; i < data.sessions.length; i += 1000) await a.sessions.bulkAdd(data.sessions.slice(i, i + 1000))
  })
  await firstStart(a, serverUrl, studioCode)
  const ctx = (db: StudioDatabase, local: PouchDatabase): SyncContext => ({ db, local, text: null, studio: studioCode, log: () => undefined })
  const stage = async (name: string, fn: () => Promise<unknown>) => {
    results[`sync.stage.${name}`] = { value: await timed(fn), unit: 'ms' }
    log(`bench sync-stages: ${name} ${results[`sync.stage.${name}`]!.value} ms`)
  }
  // The pusher alone, then the replication sending everything (a first sync before the shortcut),
  // into a database of its own on the server.
  const plain = `studio-${studioCode}-plain`
  await fetch(`${serverUrl}/${plain}`, { method: 'PUT', headers: { Authorization: auth } })
  const remotePlain = new pouch(`${serverUrl}/${plain}`, { adapter: 'http', auth: { username: config.username, password: decodeURIComponent(server.password) }, skip_setup: true })
  const localPlain = new pouch(`bench-stage-plain-${studioCode}`)
  await stage('pushLocal', () => pushOutbox(ctx(a, localPlain)))
  await stage('replicatePush', async () => void (await pouch.replicate(localPlain, remotePlain, { batch_size: 1000 })))

  // The same with the first sync's shortcut: the pusher also uploads each chunk's new documents,
  // then the push replication finds them there.
  await a.transaction('rw', [a.syncState, a.outbox], async () => {
    await a.syncState.clear()
    await a.outbox.clear()
  })
  await firstStart(a, serverUrl, studioCode)
  const localA = new pouch(`bench-stage-a-${studioCode}`)
  await stage('pushUpload', () => pushOutbox({ ...ctx(a, localA), upload: remote }))
  await stage('replicateAfterUpload', async () => void (await pouch.replicate(localA, remote, { batch_size: 1000 })))
  await stage('readBack', () => pullChanges(ctx(a, localA)))

  const b = await freshDb('bench-stage-b')
  await b.syncState.put(newSyncRow(serverUrl, studioCode, 'stage'))
  const localB = new pouch(`bench-stage-b-${studioCode}`)
  await stage('replicatePull', async () => void (await pouch.replicate(remote, localB, { batch_size: 1000 })))
  await stage('apply', () => pullChanges(ctx(b, localB)))
  results['sync.stage.sessions'] = { value: await b.sessions.count(), unit: 'count' }
  for (const p of [localPlain, localA, localB]) await p.destroy()
  a.close()
  b.close()
}
