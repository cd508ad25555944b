/**
 * District mode's local copies of the studios' roll-ups (schema v8 `rollups`): what the 区级看板
 * and the district report read, offline after the last sync. Documents reach this module already
 * checked whole (src/shared/district/rollup-input.ts); each write here is one transaction, so a
 * file or a studio is stored entirely or not at all. A newer document of a studio and period
 * replaces an older one, never the other way round.
 */
import type { RollupDocument } from '@shared/rollup/document'
import type { StudioFetch } from '@shared/district/fetch'
import { readRollupFile } from '@shared/district/rollup-input'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'

export interface StoredRollup {
  /** The document's id: `rollup:<studio code>:<period>`. */
  id: string
  studioCode: string
  period: string
  doc: RollupDocument
  /** Where it came from last: the district server or a `.sgrollup` file. */
  source: 'server' | 'file'
  receivedAt: string
}

export interface StoreOutcome {
  /** New or newer documents stored. */
  stored: number
  /** Documents not older than the copy already here (the copy stays). */
  unchanged: number
}

/** Every roll-up held here, as documents. */
export async function allRollups(db: StudioDatabase): Promise<RollupDocument[]> {
  return (await db.rollups.toArray()).map((r) => r.doc)
}

/** The roll-ups of one studio, oldest period first is the caller's choice. */
export async function rollupsOfStudio(db: StudioDatabase, code: string): Promise<RollupDocument[]> {
  return (await db.rollups.where('studioCode').equals(code).toArray()).map((r) => r.doc)
}

/** Puts each document unless a copy computed at the same time or later is already here; inside a write. */
async function putNewer(db: StudioDatabase, docs: readonly RollupDocument[], source: StoredRollup['source']): Promise<StoreOutcome> {
  const held = await db.rollups.bulkGet(docs.map((d) => d._id))
  const at = nowIso()
  const rows: StoredRollup[] = []
  docs.forEach((doc, i) => {
    const had = held[i]
    if (had && had.doc.generatedAt >= doc.generatedAt) return
    rows.push({ id: doc._id, studioCode: doc.studio.code, period: doc.period, doc, source, receivedAt: at })
  })
  await db.rollups.bulkPut(rows)
  return { stored: rows.length, unchanged: docs.length - rows.length }
}

/** 导入汇总文件: the whole file is checked first; a refusal (RollupRefused) stores nothing. */
export async function importRollupFile(db: StudioDatabase, text: string, fileName?: string): Promise<StoreOutcome & { studios: string[]; periods: string[] }> {
  const docs = readRollupFile(text, fileName)
  const outcome = await write(db, ['rollups'], () => putNewer(db, docs, 'file'))
  return { ...outcome, studios: [...new Set(docs.map((d) => d.studio.name))], periods: [...new Set(docs.map((d) => d.period))] }
}

export interface DistrictSyncOutcome extends StoreOutcome {
  /** Studios whose roll-ups all came and were stored. */
  studios: number
  /** One Chinese line per studio that could not be read or sent a bad document (its copies here stay as they were). */
  problems: string[]
  /** Copies of studios no longer granted, removed. */
  removed: number
}

/**
 * Stores what a district sync fetched, in one transaction: each studio that answered gets its
 * documents; a studio that failed keeps what it had here. Copies from the server of a studio no
 * longer granted are removed (the district may not keep reading it); those from files stay.
 */
export async function applyDistrictFetch(db: StudioDatabase, fetched: readonly StudioFetch[], granted: readonly string[]): Promise<DistrictSyncOutcome> {
  return write(db, ['rollups', 'settings'], async () => {
    const ok = fetched.filter((f): f is Extract<StudioFetch, { ok: true }> => f.ok)
    const outcome = await putNewer(db, ok.flatMap((f) => f.docs), 'server')
    const stale = await db.rollups.filter((r) => r.source === 'server' && !granted.includes(r.studioCode)).primaryKeys()
    await db.rollups.bulkDelete(stale)
    const result = {
      ...outcome,
      studios: ok.length,
      problems: fetched.flatMap((f) => (f.ok ? [] : [f.message])),
      removed: stale.length,
    }
    const at = nowIso()
    await db.settings.put({ key: DISTRICT_SYNC_KEY, value: { at, studios: result.studios, problems: result.problems } satisfies LastDistrictSync, updatedAt: at })
    return result
  })
}

export const DISTRICT_SYNC_KEY = 'districtSync'

/** The last district sync: when, how many studios came, what failed. */
export interface LastDistrictSync {
  at: string
  studios: number
  problems: string[]
}

export async function lastDistrictSync(db: StudioDatabase): Promise<LastDistrictSync | null> {
  const row = await db.settings.get(DISTRICT_SYNC_KEY)
  return (row?.value as LastDistrictSync | undefined) ?? null
}

/** Forgets every roll-up held here (leaving district mode). */
export async function clearRollups(db: StudioDatabase): Promise<void> {
  await write(db, ['rollups'], () => db.rollups.clear())
}
