/**
 * Fault injection into fake-indexeddb: a disk that fills up, the way Chromium (and so Electron)
 * behaves on one, as measured on a small tmpfs (test/e2e/disk-full.e2e.ts does it for real):
 * the write request fails with a bare AbortError, the transaction aborts with an UnknownError
 * naming FILE_ERROR_NO_SPACE, the browser then closes the connection, and while the disk stays
 * full every open fails with "Internal error opening backing store".
 */
import 'fake-indexeddb/auto'
import { forceCloseDatabase, IDBFactory as FDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb'

export const NO_SPACE = 'Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)'

type AnyFn = (this: unknown, ...args: unknown[]) => unknown
interface FakeTransaction {
  _abort(name: string | null): void
  error: DOMException | null
  db: unknown
}

const disk = { full: false, quota: false }
let installed = false

/** What the next writes meet: `full` — a full disk; `quota` — the origin's quota used up. */
export function setDisk(state: Partial<typeof disk>): void {
  install()
  Object.assign(disk, { full: false, quota: false }, state)
}

function install(): void {
  if (installed) return
  installed = true
  const store = FDBObjectStore.prototype as unknown as Record<string, AnyFn>
  for (const name of ['put', 'add', 'delete', 'clear']) {
    const original = store[name]!
    store[name] = function (this: unknown, ...args: unknown[]) {
      const request = original.apply(this, args)
      if (disk.full || disk.quota) {
        const tx = (this as { transaction: FakeTransaction }).transaction
        tx._abort(null)
        if (disk.quota) tx.error = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError')
        else {
          tx.error = new DOMException(NO_SPACE, 'UnknownError')
          // After the abort event: the browser gives up the connection.
          setImmediate(() => forceCloseDatabase(tx.db as never))
        }
      }
      return request
    }
  }
  const factory = FDBFactory.prototype as unknown as Record<string, AnyFn>
  const open = factory.open!
  factory.open = function (this: unknown, ...args: unknown[]) {
    if (disk.full) throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')
    return open.apply(this, args)
  }
}
