import Dexie, { type BulkError, type PromiseExtended, type Table } from 'dexie'
import { nextVersion } from '@shared/domain/record-version'
import { relaxNextTransaction } from './durability'
import type { StudioDatabase, TableName } from './schema'
import { write, writeScope } from './write'

/**
 * The one bulk write path: restore, 合并导入's apply step, the Excel import's write and the studio
 * sync's apply put thousands of records through here, in ONE read-write transaction (`write`), so
 * a failure or a cancel leaves the database as it was.
 *
 * Rows go to IndexedDB in chunks of BULK_CHUNK, and the next chunk is handed over before the
 * previous one has been written (IN_FLIGHT): the page clones one chunk while the database writes
 * the other, so the chunking costs next to nothing against one bulkPut of everything (bench group
 * `limits`), while the page still paints between chunks, reports progress and can cancel.
 */

/**
 * Rows per bulkPut. Measured (`BENCH_ONLY=limits npm run bench`: the same 20,000 sessions into the
 * sessions table, one transaction, medians of 3 in one run on the shared 2-core box under a load
 * of about 20): chunks of 500 / 1,000 / 2,000 / 5,000 took 16.5 / 18.1 / 20.0 / 17.6 s, the
 * serial 1,000-row loop the paths had before 16.9 s, one bulkPut of everything 21.0 s — all
 * within the run's noise of each other. The size does not matter for speed, so it is chosen for
 * the user: 1,000 moves the progress bar in steps of about 2–3 % of a restore and answers a cancel
 * within one chunk.
 */
export const BULK_CHUNK = 1000
/** Chunks handed to IndexedDB before waiting for the oldest (2: one cloned while one is written). */
const IN_FLIGHT = 2

export interface BulkProgress {
  /** Rows written so far (committed only when the whole write is). */
  done: number
  total: number
}

export interface BulkOptions {
  /** Called after each chunk: a screen shows it, the page paints between chunks. */
  onProgress?: (progress: BulkProgress) => void
  /** Aborting it (an AbortSignal) stops the write before the next chunk: nothing is kept (BulkWriteCancelled). */
  signal?: { readonly aborted: boolean }
}

/** The user cancelled a bulk write: the transaction was rolled back, the database is as it was. */
export class BulkWriteCancelled extends Error {
  constructor() {
    super('已取消，数据没有改动')
    this.name = 'BulkWriteCancelled'
  }
}

/**
 * One table's rows. How they are written:
 * - 'put' (default): as they are — records that carry their own version (a restore's copies, a
 *   merge plan's records already versioned by it);
 * - 'add': records that must be new (a key already stored fails the whole write);
 * - 'versioned': over the stored record of the same id with its next version
 *   (`nextVersion(stored, row)`: rev + 1, changed fields stamped); a row with none stored goes as
 *   it is (the studio sync's apply);
 * - 'replace': the table is emptied first, then the rows are added as they are (restore: two rows
 *   of one key in the file fail the whole write rather than one silently replacing the other).
 */
export interface BulkStep {
  table: TableName
  rows: readonly object[]
  how?: 'put' | 'add' | 'versioned' | 'replace'
  /**
   * With 'put': rows a unique index refuses (ConstraintError, such as a 督导记录 whose 编号 another
   * record holds) are handed here and the write goes on; the caller writes them another way. The
   * index finds them while writing, so nobody reads the index first (the studio sync's apply
   * spent about a tenth of its time on that lookup, bench group sync-stages). Any other failure
   * still fails the whole write.
   */
  onTaken?: (rows: object[]) => void
}

export interface BulkWriter {
  /** Writes the steps in order; progress counts the rows of every step of this call and earlier ones. */
  write(steps: readonly BulkStep[]): Promise<void>
}

export interface BulkWriteOptions extends BulkOptions {
  /**
   * 'relaxed': IndexedDB may report the commit before the OS has flushed it to disk — only for an
   * operation that is one logical transaction and can be run again from the safety backup taken
   * before it (restore, merge, sync apply). Otherwise the connection's default.
   */
  durability?: 'relaxed'
  /** Rows per chunk instead of BULK_CHUNK: only the bench (group limits) that chose BULK_CHUNK. */
  chunk?: number
  /** 'sync': what the studio server sent (WriteOptions.origin): not listed in the outbox. */
  origin?: 'sync'
}

/**
 * Runs `fn` in ONE read-write transaction over `tables` (every table it reads or writes), with a
 * writer for its bulk rows. As in `write`, await nothing but this database inside `fn`.
 */
export async function bulkWrite<T>(
  db: StudioDatabase,
  tables: readonly TableName[],
  fn: (writer: BulkWriter) => Promise<T>,
  options: BulkWriteOptions = {},
): Promise<T> {
  if (options.signal?.aborted) throw new BulkWriteCancelled()
  const progress: BulkProgress = { done: 0, total: 0 }
  const writer: BulkWriter = {
    write(steps) {
      for (const s of steps) progress.total += s.rows.length
      options.onProgress?.({ ...progress })
      return steps.reduce<PromiseExtended<void>>(
        (before, step) => before.then(() => writeStep(db.table(step.table), step, progress, options)),
        Dexie.Promise.resolve(),
      )
    },
  }
  const release = options.durability === 'relaxed' ? relaxNextTransaction(db, writeScope(tables)) : () => undefined
  try {
    return await write(db, tables, () => fn(writer), { origin: options.origin })
  } finally {
    release()
  }
}

/*
 * Only Dexie promises from here on, no async functions: Dexie keeps the transaction's zone across
 * its own promises, and a caller awaiting a plain promise from inside a transaction would lose it
 * (its next read or write would run outside the transaction, which then commits too early).
 */

function writeStep(table: Table, step: BulkStep, progress: BulkProgress, options: BulkWriteOptions): PromiseLike<void> {
  const size = options.chunk ?? BULK_CHUNK
  const how = step.how ?? 'put'
  if (how === 'versioned') assertUniqueIds(step)
  if (step.onTaken && how !== 'put') throw new Error(`bulk write: onTaken is for 'put' steps, not '${how}'`)
  const write = (chunk: readonly object[]): PromiseLike<unknown> =>
    how === 'add' || how === 'replace' ? table.bulkAdd(chunk) : how === 'versioned' ? putVersioned(table, chunk) : putOrHand(table, chunk, step.onTaken)
  const cleared = how === 'replace' ? table.clear() : Dexie.Promise.resolve()
  return cleared.then(
    () =>
      new Dexie.Promise<void>((resolve, reject) => {
        const rows = step.rows
        let next = 0
        let inFlight = 0
        let failed = false
        const fail = (e: unknown) => {
          // The transaction is rolled back with this; chunks still in flight fail with it.
          if (!failed) reject(e)
          failed = true
        }
        const launch = () => {
          while (!failed && inFlight < IN_FLIGHT && next < rows.length) {
            if (options.signal?.aborted) return fail(new BulkWriteCancelled())
            const chunk = rows.slice(next, next + size)
            next += chunk.length
            inFlight += 1
            write(chunk).then(() => {
              inFlight -= 1
              progress.done += chunk.length
              options.onProgress?.({ ...progress })
              launch()
            }, fail)
          }
          if (!failed && inFlight === 0 && next >= rows.length) resolve()
        }
        launch()
      }),
  )
}

/** A chunk as it is; with `onTaken`, the rows refused by a unique index go there instead of failing the write. */
function putOrHand(table: Table, rows: readonly object[], onTaken: ((rows: object[]) => void) | undefined): PromiseLike<unknown> {
  if (!onTaken) return table.bulkPut(rows)
  // Dexie lets every other row of the chunk go in and reports the refused ones together.
  return table.bulkPut(rows).catch(Dexie.BulkError, (e: BulkError) => {
    const failures = Object.entries(e.failuresByPos)
    if (failures.some(([, f]) => f.name !== 'ConstraintError')) throw e
    onTaken(failures.map(([pos]) => rows[Number(pos)]!))
  })
}

/** A chunk over the stored records: each row with its next version, new ones as they are. */
function putVersioned(table: Table, rows: readonly object[]): PromiseLike<unknown> {
  const ids = rows.map((r) => (r as { id: string }).id)
  return table.bulkGet(ids).then((stored: (object | undefined)[]) => table.bulkPut(rows.map((r, i) => (stored[i] ? nextVersion(stored[i], r) : r))))
}

/**
 * A chunk reads the stored versions while the chunk before may still be writing: two rows of one
 * id in one call would version the second from the record before the first. Callers pass one row
 * per record.
 */
function assertUniqueIds(step: BulkStep): void {
  const seen = new Set<string>()
  for (const r of step.rows) {
    const id = (r as { id: string }).id
    if (seen.has(id)) throw new Error(`bulk write: ${step.table} ${id} appears twice`)
    seen.add(id)
  }
}
