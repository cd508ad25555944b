/**
 * The studio sync engine (docs/architecture.md, Studio sync): one running sync per database.
 * Pushes the outbox into a local PouchDB, replicates it with the studio's CouchDB (live, retrying)
 * and applies what arrives through the one write path. The screens use only this module's
 * interface (types.ts).
 */
import { liveQuery, type Subscription } from 'dexie'
import { MERGE_TABLES } from '@shared/backup/merge-tables'
import { nowIso } from '../clock'
import { ensureDeviceId } from '../backup'
import { newId } from '../records'
import type { StudioDatabase } from '../schema'
import { write } from '../write'
import type { SyncContext } from './context'
import { claimLaptopMark } from './laptop-mark'
import { withBatchedRevsDiff } from './local-revs-diff'
import { browserPouch, type PouchChangesFeed, type PouchDatabase, type PouchStatic, type Replication } from './pouch'
import { FEW_SERVER_DOCS, pullStartAfterShortcut } from './first-pull-start'
import { pullChanges } from './pull'
import { pullTexts } from './pull-texts'
import { pushOutbox } from './push'
import { remoteDatabases, remoteFailure, remoteInfo, type RemoteDatabases } from './remote'
import { getSyncRow, newSyncRow } from './state'
import type { SyncConfig, SyncHandle, SyncLogLine, SyncStatus } from './types'

export type { ConnectionResult, SyncConfig, SyncHandle, SyncLogLine, SyncStatus } from './types'
export { testConnection } from './remote'

export interface StartOptions {
  /** PouchDB to use (tests: the memory adapter); by default the browser build on IndexedDB. */
  pouch?: PouchStatic
  /** Name of the local PouchDB (its sensitive copy adds `-sensitive`). */
  localName?: string
  /** The server's databases already opened (tests); by default from the address and password. */
  remote?: RemoteDatabases
  /** false: no live replication, only `syncNow` exchanges (tests that decide when laptops meet). */
  live?: boolean
  /** This laptop's id in `meta:laptops`; by default the device id of its backups. */
  deviceId?: string
}

const MAX_LOG = 200
/**
 * Documents per replication request (PouchDB's default is 100): fewer requests for the server to
 * serve. bench/sync.bench.ts: first push 177 → 110 → 70 s and pull 128 → 109 → 74 s for 100 / 500
 * / 1,000 at the same load; a batch of 1,000 sessions is a request of about 2 MB.
 */
const REPLICATION_BATCH = 1000

export function startSync(db: StudioDatabase, config: SyncConfig, password: string, options: StartOptions = {}): SyncHandle {
  const listeners = new Set<(s: SyncStatus) => void>()
  const lines: SyncLogLine[] = []
  let status: SyncStatus = { state: 'connecting' }
  let ctx: SyncContext | null = null
  let pouch: PouchStatic
  let remote: RemoteDatabases
  let localText: PouchDatabase
  let deviceId = ''
  let stopped = false
  let fatal: string | null = null
  let offline = false
  let active = false
  /** Records listed in the outbox. */
  let pending = 0
  /** Records handed to the local PouchDB that the server has not confirmed yet. */
  let unsent = 0
  const waiting = () => pending + unsent
  let firstSync = false
  let first = { atStart: 0, remoteDocs: 0, pushed: 0, pulled: 0 }
  let lastSyncedAt = ''
  let replications: Replication[] = []
  let feeds: PouchChangesFeed[] = []
  let outboxWatch: Subscription | undefined
  let running: Promise<void> | null = null
  let dirty = false
  /**
   * A first sync's live replication waits until the pusher has sent what this laptop holds
   * straight to the server (push.ts): run alongside, the pull side re-checks each document just
   * sent and the push side reads them back out of the local PouchDB.
   */
  let liveHeld = false
  /** Where the first sync's pull replication may start (first-pull-start.ts); once. */
  let pullSince: number | string | undefined

  const log = (text: string) => {
    lines.push({ at: nowIso(), text })
    if (lines.length > MAX_LOG) lines.splice(0, lines.length - MAX_LOG)
  }
  const set = (next: SyncStatus) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return
    status = next
    for (const l of listeners) l(next)
  }
  const refresh = () => {
    if (stopped) return set({ state: 'off' })
    if (fatal) return set({ state: 'error', message: fatal })
    if (!ctx) return set({ state: 'connecting' })
    // Offline first: during a first sync too, the person must see that it waits for the network.
    if (offline) return set({ state: 'offline', pending: waiting() })
    if (firstSync) {
      const total = first.atStart + first.remoteDocs
      const done = Math.min(total, first.pushed + first.pulled)
      return set({ state: 'first-sync', done: Math.max(0, done), total })
    }
    if (active || running || waiting() > 0 || !lastSyncedAt) return set({ state: 'syncing', pending: waiting() })
    set({ state: 'synced', at: lastSyncedAt })
  }

  /** Push and pull, one at a time; a kick while running runs them once more. */
  const kick = (): Promise<void> => {
    dirty = true
    running ??= (async () => {
      try {
        while (dirty && !stopped && ctx) {
          dirty = false
          if (replications.length > 0) unsent += await pushOutbox(ctx)
          else await pushOutbox(ctx)
          await pullChanges(ctx)
          await pullTexts(ctx)
        }
      } catch (e) {
        if (!stopped) log(`同步时出错：${e instanceof Error ? e.message : String(e)}，稍后重试。`)
      } finally {
        running = null
        refresh()
      }
    })()
    refresh()
    return running
  }

  const finishFirstSync = async () => {
    if (!firstSync || pending > 0) return
    firstSync = false
    await write(db, ['syncState'], async () => {
      const row = (await getSyncRow(db))!
      await db.syncState.put({ ...row, firstSyncDone: true })
    })
    log('首次同步完成。')
  }

  const pairs = (): [PouchDatabase, PouchDatabase][] =>
    ctx ? [[ctx.local, remote.records], ...(ctx.text && remote.texts ? [[ctx.text, remote.texts] as [PouchDatabase, PouchDatabase]] : [])] : []

  /** Each live replication's state: the status is offline while any failed its last request. */
  const repState = new Map<Replication, { active: boolean; failed: boolean }>()
  const sumUp = () => {
    const states = [...repState.values()]
    active = states.some((r) => r.active)
    offline = states.some((r) => r.failed)
    refresh()
  }
  const startLive = () => {
    if (options.live === false || stopped) return
    // After a first sync's shortcut that put every local change on the server, the push
    // replication starts where it ended (PouchDB's `since` is written as its checkpoint) instead
    // of asking the server about each document again. Once: later starts go by the checkpoint.
    // The pull replication likewise, when the server's feed held only what the shortcut sent
    // (first-pull-start.ts).
    const pushFrom = ctx?.uploadedAll ? ctx.uploadedSeq : undefined
    const pullFrom = pullSince
    if (ctx) ctx.uploadedSeq = undefined
    pullSince = undefined
    // Two one-way replications rather than PouchDB.sync: sync's 'paused' drops the error that
    // tells a network failure from a quiet moment.
    replications = pairs().flatMap(([local, server]) =>
      ([[local, server, 'push'], [server, local, 'pull']] as const).map(([from, to, direction]) => {
        const start = local === ctx?.local ? (direction === 'push' ? pushFrom : pullFrom) : undefined
        const since = start !== undefined ? { since: start } : {}
        const rep = pouch.replicate(from, to, { live: true, retry: true, batch_size: REPLICATION_BATCH, back_off_function: (d) => Math.min(30_000, d === 0 ? 1000 : d * 2), ...since })
        // Busy until its first 'paused': a replication that has not started yet is not caught up
        // (else the empty sensitive database going quiet first would end a first sync at once).
        repState.set(rep, { active: true, failed: false })
        let seen = 0
        return rep
          .on('active', () => {
            repState.set(rep, { active: true, failed: false })
            sumUp()
          })
          .on('paused', (error) => {
            repState.set(rep, { active: false, failed: Boolean(error) })
            if (!error && direction === 'push') unsent = 0
            if (!error && ![...repState.values()].some((r) => r.active || r.failed)) {
              lastSyncedAt = nowIso()
              void kick().then(finishFirstSync).then(refresh)
            }
            sumUp()
          })
          .on('change', (info) => {
            // docs_written is this replication's running total.
            const written = (info as { docs_written?: number }).docs_written ?? 0
            const delta = Math.max(0, written - seen)
            seen = written
            if (direction === 'pull') first.pulled += delta
            else {
              first.pushed += delta
              unsent = Math.max(0, unsent - delta)
            }
            refresh()
          })
          .on('denied', (error) => log(`服务器拒绝了一条记录：${(error as { reason?: string })?.reason ?? String(error)}`))
          .on('error', (error) => {
            fatal = remoteFailure(error).message
            refresh()
          })
      }),
    )
  }
  const stopLive = () => {
    for (const r of replications) r.cancel()
    replications = []
    repState.clear()
    active = false
  }

  /** Server checks that need it online: who may read the texts, this laptop's letter. */
  const meetServer = async (): Promise<boolean> => {
    const reach = await remoteInfo(remote.records).then(
      (info) => ({ ok: true as const, docs: info.doc_count }),
      (e: unknown) => ({ ok: false as const, failure: remoteFailure(e) }),
    )
    if (!reach.ok) {
      if (reach.failure.reason === 'auth' || reach.failure.reason === 'forbidden') fatal = reach.failure.message
      else offline = true
      return false
    }
    offline = false
    if (firstSync) first.remoteDocs = reach.docs
    if (ctx && ctx.text && remote.texts) {
      const textOk = await remoteInfo(remote.texts).then(
        () => true,
        (e: unknown) => remoteFailure(e).reason !== 'auth' && remoteFailure(e).reason !== 'forbidden',
      )
      if (!textOk) {
        ctx.text = null
        log('本账号无权查看敏感督导记录的内容：这些记录在本机只显示基本信息。')
      }
    }
    const row = (await getSyncRow(db))!
    if (!row.mark) {
      const mark = await claimLaptopMark(remote.records, config.studioCode, deviceId).catch(() => null)
      if (mark) {
        await write(db, ['syncState'], async () => db.syncState.put({ ...(await getSyncRow(db))!, mark }))
        log(`本机的编号字母为 ${mark}：此后新建的督导记录编号形如 DD-年份-${mark}0001。`)
      }
    }
    return true
  }

  const boot = (async () => {
    pouch = options.pouch ?? (await browserPouch())
    const name = options.localName ?? `studio-sync-${config.studioCode}`
    const local = withBatchedRevsDiff(new pouch(name))
    localText = withBatchedRevsDiff(new pouch(`${name}-sensitive`))
    remote = options.remote ?? remoteDatabases(pouch, config, password)
    deviceId = options.deviceId ?? (await ensureDeviceId(db))
    await startOver(db, config, await localIdOf(local))
    const row = (await getSyncRow(db))!
    firstSync = !row.firstSyncDone
    first = { atStart: await db.outbox.count(), remoteDocs: 0, pushed: 0, pulled: 0 }
    pending = first.atStart
    ctx = { db, local, text: localText, studio: config.studioCode, log }
    const reached = await meetServer()
    if (stopped || fatal) return refresh()
    if (firstSync && reached) {
      // What this laptop holds goes straight to the server first (push.ts, uploadFirstRevisions);
      // the replication starts after it and sends only what that missed.
      ctx.upload = remote.records
      ctx.uploadedAll = String((await local.info()).update_seq) === '0'
      if (ctx.uploadedAll) ctx.handledThisRun = new Set()
      if (first.remoteDocs <= FEW_SERVER_DOCS) ctx.uploadedRevs = new Map()
      ctx.uploaded = (n) => {
        first.pushed += n
        refresh()
      }
      liveHeld = true
    }
    outboxWatch = liveQuery(() => db.outbox.count()).subscribe((n) => {
      pending = n
      if (n > 0) void kick()
      refresh()
    })
    // What the replication writes into the local copies wakes the puller. Not during a first
    // sync's shortcut: only the pusher writes there then, and a live feed reads back each
    // document it writes.
    const watchLocal = () => {
      if (!stopped) feeds = [local, localText].map((p) => p.changes({ since: 'now', live: true }).on('change', () => void kick()))
    }
    if (!liveHeld) {
      watchLocal()
      startLive()
    }
    await kick()
    ctx.upload = null
    ctx.handledThisRun = undefined
    const uploaded = ctx.uploadedRevs
    ctx.uploadedRevs = undefined
    if (uploaded && liveHeld && options.live !== false) pullSince = await pullStartAfterShortcut(remote.records, uploaded).catch(() => undefined)
    if (liveHeld) {
      liveHeld = false
      watchLocal()
      startLive()
    }
  })().catch((e: unknown) => {
    fatal = `无法启动同步：${e instanceof Error ? e.message : String(e)}`
    refresh()
  })

  /** One exchange each way with the server; how many documents moved. */
  const oneShot = async (): Promise<number> => {
    let moved = 0
    for (const [local, server] of pairs()) {
      for (const [from, to] of [[local, server], [server, local]] as const) {
        const result = (await pouch.replicate(from, to, { batch_size: REPLICATION_BATCH })) as { docs_written?: number }
        moved += result.docs_written ?? 0
      }
    }
    return moved
  }

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async syncNow() {
      await boot
      if (stopped || fatal || !ctx) return
      stopLive()
      try {
        if (!(await meetServer())) throw new Error('offline')
        // Merges made while pulling are written locally and must go out again: a few rounds at most.
        for (let round = 0; round < 4; round += 1) {
          await kick()
          const moved = await oneShot()
          await kick()
          if (moved === 0 && (await db.outbox.count()) === 0) break
        }
        lastSyncedAt = nowIso()
        await finishFirstSync()
      } catch (e) {
        if (!fatal) {
          offline = true
          log(`无法连接同步服务器，修改已保存在本机，连上后自动上传。${e instanceof Error && e.message !== 'offline' ? `（${e.message}）` : ''}`)
        }
      } finally {
        liveHeld = false
        refresh()
        startLive()
      }
    },
    cancelFirstSync() {
      if (!firstSync) return
      log('已取消首次同步：已交换的记录保留，下次开始同步时继续。')
      void this.stop()
    },
    async stop() {
      stopped = true
      stopLive()
      for (const f of feeds) f.cancel()
      outboxWatch?.unsubscribe()
      await boot
      await running
      refresh()
    },
    log: () => lines,
  }
}

/** The id kept inside a local PouchDB: if it is not the one the bookkeeping names, start over. */
async function localIdOf(local: PouchDatabase): Promise<string> {
  const doc = await local.get('_local/studio-sync').catch(() => null)
  if (doc && typeof doc.localId === 'string') return doc.localId
  const localId = newId()
  await local.put({ _id: '_local/studio-sync', localId })
  return localId
}

/**
 * First start with this server, studio and local PouchDB (or a new one of them): the bookkeeping
 * starts over and every record of the studio's tables is listed to be sent. The laptop's letter
 * stays if the studio is the same.
 */
async function startOver(db: StudioDatabase, config: SyncConfig, localId: string): Promise<void> {
  const row = await getSyncRow(db)
  if (row && row.serverUrl === config.serverUrl && row.studioCode === config.studioCode && row.localId === localId) return
  await write(db, ['syncState', 'outbox', ...MERGE_TABLES], async () => {
    const sameStudio = row?.studioCode === config.studioCode && row.serverUrl === config.serverUrl
    await db.syncState.clear()
    await db.syncState.put({ ...newSyncRow(config.serverUrl, config.studioCode, localId), mark: sameStudio ? row.mark : null })
    await db.outbox.clear()
    for (const t of MERGE_TABLES) {
      const ids = (await db.table(t).toCollection().primaryKeys()) as string[]
      await db.outbox.bulkAdd(ids.map((id) => ({ key: `${t}:${id}` })))
    }
  })
}
