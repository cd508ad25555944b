import Dexie from 'dexie'
import { generateSampleData } from '@shared/sample/generator'
import type { SupervisionSession } from '@shared/model'
import { SCHEMA_V5, StudioDatabase } from '@renderer/db/schema'
import { bulkWrite } from '@renderer/db/bulk-write'
import { write } from '@renderer/db/write'
import { benchScale, median, sizeTag, timed, type Results } from './metrics'

/** Each variant this many times, in rotating order; the medians are the figures. */
const RUNS = 3
/** Chunk sizes of the bulk writer tried against one bulkPut of everything (BULK_CHUNK is chosen from these). */
const CHUNKS = [500, 1000, 2000, 5000]

type Variant = [name: string, run: (rows: SupervisionSession[], dbName: string) => Promise<number>]

/** A bare Dexie database with one table `s` of the given indexes (no middleware, no hooks). */
async function bare(name: string, indexes: string) {
  await Dexie.delete(name)
  const db = new Dexie(name)
  db.version(1).stores({ s: indexes })
  await db.open()
  return db
}

async function studio(name: string) {
  const db = new StudioDatabase(name)
  await db.delete()
  await db.open()
  return db
}

/** One bulkPut of every row in one transaction: what IndexedDB itself can do. */
const plainPut = (indexes: string) => async (rows: SupervisionSession[], name: string) => {
  const db = await bare(name, indexes)
  const ms = await timed(() => db.transaction('rw', db.table('s'), () => db.table('s').bulkPut(rows)))
  db.close()
  return ms
}

/** The searched texts of a session: what a split schema would keep out of the indexed rows. */
const TEXTS = ['questions', 'process', 'advice', 'supervisorReflection', 'superviseeReflection', 'riskNote'] as const

/**
 * The schema alternative of issue 21 ("long texts stored in the indexed rows"): the sessions
 * without their texts into the indexed table, the texts into a table with the primary key only,
 * one transaction. Rows are split before the clock starts (a real split schema stores them so).
 */
const splitPut = async (rows: SupervisionSession[], name: string) => {
  await Dexie.delete(name)
  const db = new Dexie(name)
  db.version(1).stores({ s: SCHEMA_V5.sessions, t: 'id' })
  await db.open()
  const slim = rows.map((r) => {
    const copy: Record<string, unknown> = { ...r }
    for (const f of TEXTS) delete copy[f]
    return copy
  })
  const texts = rows.map((r) => Object.fromEntries([['id', r.id], ...TEXTS.map((f) => [f, r[f]])]))
  const ms = await timed(() => db.transaction('rw', [db.table('s'), db.table('t')], async () => {
    await db.table('s').bulkPut(slim)
    await db.table('t').bulkPut(texts)
  }))
  db.close()
  return ms
}

/** The bulk writer (db/bulk-write.ts) into the app's sessions table, with a given chunk size. */
const writer = (chunk: number) => async (rows: SupervisionSession[], name: string) => {
  const db = await studio(name)
  const ms = await timed(() => bulkWrite(db, ['sessions'], (w) => w.write([{ table: 'sessions', rows }]), { chunk, durability: 'relaxed' }))
  db.close()
  return ms
}

/** How restore, merge and the import wrote before the bulk writer: 1,000 rows at a time, each awaited. */
const serialLoop = async (rows: SupervisionSession[], name: string) => {
  const db = await studio(name)
  const ms = await timed(() =>
    write(db, ['sessions'], async () => {
      for (let i = 0; i < rows.length; i += 1000) await db.sessions.bulkPut(rows.slice(i, i + 1000))
    }),
  )
  db.close()
  return ms
}

/**
 * The three multi-entry id lists as ONE multi-entry index over all the ids a session names
 * (`refs`, prefixed by list), so the same number of index entries in one index instead of three:
 * whether the lists cost per entry or per index. Rows get `refs` before the clock starts.
 */
const oneMultiEntry = async (rows: SupervisionSession[], name: string) => {
  const indexes = `${SCHEMA_V5.sessions.replace(/, \*\w+/g, '')}, *refs`
  const withRefs = rows.map((r) => ({
    ...r,
    refs: [...r.supervisorIds.map((id) => `s:${id}`), ...r.superviseeIds.map((id) => `w:${id}`), ...r.projectIds.map((id) => `p:${id}`)],
  }))
  return plainPut(indexes)(withRefs as SupervisionSession[], name)
}

/**
 * The physical yardstick of the bulk paths, in this Chromium and run, on the generated sessions
 * of the bench size (20,000 by default):
 * - limits.bulkPut.indexed.20k: one bulkPut of every session, one transaction, into a table with
 *   the sessions' indexes (schema v5: code, date, [year+seq], three multi-entry id lists,
 *   updatedAt, importKey) — the yardstick the bulk paths' ratios are measured against;
 * - limits.bulkPut.plain.20k: the same into a table with the primary key only (what the indexes cost);
 * - limits.bulkPut.noMultiEntry.20k: the same indexes without the three multi-entry id lists;
 * - limits.bulkPut.splitTexts.20k: the indexed table without the session texts, the texts in a
 *   second table with the primary key only (one transaction): the schema alternative;
 * - limits.bulkPut.oneMultiEntry.20k: the three id lists as one multi-entry index (oneMultiEntry);
 * - limits.toArray.20k: reading them all back (what a path that must read everything pays first);
 * - limits.writer.c<chunk>.20k: the bulk writer with that chunk size (BULK_CHUNK chosen from these);
 * - limits.serialLoop.20k: the write loop the bulk paths had before (1,000 rows, each awaited).
 * Variants run in turn, RUNS times each in rotating order, into fresh databases deleted only at
 * the end (Chromium compacts a deleted database in the background, slowing what runs next).
 */
export async function benchLimits(results: Results, log: (s: string) => void = () => undefined) {
  const n = benchScale()
  const tag = sizeTag(n)
  const rows = generateSampleData({ seed: 11, today: '2025-10-15', persons: 300, projects: 60, sessions: n, quarters: 8 }).sessions
  const variants: Variant[] = [
    [`limits.bulkPut.indexed.${tag}`, plainPut(SCHEMA_V5.sessions)],
    [`limits.bulkPut.plain.${tag}`, plainPut('id')],
    // What the three multi-entry id lists cost of the indexed figure, and what keeping the long
    // texts out of the indexed rows would save (issue 21's schema question, measured, not adopted).
    [`limits.bulkPut.noMultiEntry.${tag}`, plainPut(SCHEMA_V5.sessions.replace(/, \*\w+/g, ''))],
    [`limits.bulkPut.splitTexts.${tag}`, splitPut],
    [`limits.bulkPut.oneMultiEntry.${tag}`, oneMultiEntry],
    [`limits.serialLoop.${tag}`, serialLoop],
    ...CHUNKS.map((c): Variant => [`limits.writer.c${c}.${tag}`, writer(c)]),
  ]
  const samples = new Map<string, number[]>()
  const names: string[] = []
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < variants.length; i++) {
      const [metric, fn] = variants[(i + run * 2) % variants.length]!
      const dbName = `bench-limits-${names.length}`
      names.push(dbName)
      samples.set(metric, [...(samples.get(metric) ?? []), await fn(rows, dbName)])
    }
    log(`bench limits: run ${run + 1} of ${RUNS}`)
  }
  for (const [metric, s] of samples) results[metric] = { value: median(s), unit: 'ms' }

  const db = new Dexie(names[0]!)
  db.version(1).stores({ s: SCHEMA_V5.sessions })
  await db.open()
  const reads: number[] = []
  for (let i = 0; i < RUNS; i++) reads.push(await timed(() => db.table('s').toArray()))
  results[`limits.toArray.${tag}`] = { value: median(reads), unit: 'ms' }
  db.close()
  for (const name of names) await Dexie.delete(name)
}
