/**
 * Coming back from a failed write without a restart. On a really full disk Chromium (and so
 * Electron) rejects the write with a bare AbortError, names the cause (FILE_ERROR_NO_SPACE) only
 * on the transaction, closes the connection, and refuses to open it again until space is freed;
 * Dexie then refuses every later call with DatabaseClosedError, even after space is freed. Here
 * the cause travels with the error (for `describeError`), and the connection is opened again.
 * Nothing here ever deletes data.
 */
import type { Transaction } from 'dexie'
import type { StudioDatabase } from './schema'

/** Connections another window's schema upgrade replaced: the page reloads, they are never reopened. */
const replaced = new WeakSet<StudioDatabase>()

export function markReplaced(database: StudioDatabase): void {
  replaced.add(database)
}

/**
 * A failed open (on a full disk the browser cannot open the files) makes Dexie refuse every
 * later call with DatabaseClosedError, even once space is freed: clear it, so the next call
 * opens the database again. Cheap; every write calls it first.
 */
export function readyToWrite(database: StudioDatabase): void {
  if (!replaced.has(database) && database.hasFailed()) database.close({ disableAutoOpen: false })
}

/** Reopen attempts after a failure, while the disk stays full: soon, then less often. */
const RETRY_MS = [2_000, 5_000, 15_000, 30_000]
const retries = new WeakMap<StudioDatabase, { timer: ReturnType<typeof setTimeout>; attempt: number }>()

/**
 * Makes the connection usable again after the browser closed it (on a full disk Chromium closes
 * every connection after the failed write) or an open failed. Never deletes anything. When it
 * cannot open yet, it tries again in the background, so reads come back without a restart once
 * space is freed. True when the database is open.
 */
export async function reopenDatabase(database: StudioDatabase, attempt = 0): Promise<boolean> {
  if (replaced.has(database)) return false
  if (database.isOpen()) return true
  const pending = retries.get(database)
  if (pending) clearTimeout(pending.timer)
  retries.delete(database)
  database.close({ disableAutoOpen: false })
  try {
    await database.open()
    failedFor.delete(database)
    return true
  } catch {
    database.close({ disableAutoOpen: false })
    const next = Math.min(attempt + 1, RETRY_MS.length)
    const timer = setTimeout(() => void reopenDatabase(database, next), RETRY_MS[next - 1])
    retries.set(database, { timer, attempt: next })
    return false
  }
}

/** Why the browser last aborted a write of this database, until it opens again. */
const failedFor = new WeakMap<StudioDatabase, unknown>()

/** A failed write, with what the browser said about its transaction (`cause`). */
export class StorageWriteError extends Error {
  constructor(
    readonly inner: unknown,
    cause: unknown,
  ) {
    super((inner as { message?: string } | null)?.message ?? String(inner), { cause })
    this.name = (inner as { name?: string } | null)?.name ?? 'StorageWriteError'
  }
}

/** True when `error` or an error it wraps (`.inner`, `.cause`) is `target`. */
function wraps(error: unknown, target: unknown): boolean {
  let cur = error as { inner?: unknown; cause?: unknown } | null | undefined
  for (let i = 0; i < 5 && cur; i++) {
    if (cur === target) return true
    cur = (cur.inner ?? cur.cause) as typeof cur
  }
  return false
}

/**
 * After a write failed: the error to show, and the connection reopened if the failure closed it.
 * On a really full disk Chromium rejects the request with a bare AbortError and names the cause
 * (FILE_ERROR_NO_SPACE) only on the transaction, then closes the connection: the transaction's
 * error goes along, so the message can say 磁盘空间不足, and the app does not stay on a closed
 * database until it is restarted. An error of our own (a refused record) goes through as it is.
 */
export async function afterWriteFailure(database: StudioDatabase, error: unknown, tx: Transaction | undefined): Promise<unknown> {
  let cause: unknown = null
  try {
    cause = (tx as { idbtrans?: IDBTransaction | null } | undefined)?.idbtrans?.error ?? null
  } catch {
    // the transaction is gone
  }
  // The browser aborted the transaction for a reason of its own (not a refused request): it is
  // closing the connection, so take a new one now rather than after its close event.
  const ownReason = cause !== null && !wraps(error, cause)
  if (ownReason) {
    failedFor.set(database, cause)
    if (!replaced.has(database)) database.close({ disableAutoOpen: false })
  }
  // No transaction at all: the database could not be opened again, most likely for the same reason.
  else if (tx?.idbtrans === undefined && failedFor.has(database)) cause = failedFor.get(database)
  await reopenDatabase(database)
  return cause !== null && !wraps(error, cause) ? new StorageWriteError(error, cause) : error
}
