import { markReplaced } from './reopen'
import { StudioDatabase } from './schema'

/** The app's one database connection. */
export const db = new StudioDatabase()

export type OpenResult = { ok: true; persisted: boolean } | { ok: false; error: unknown }

/**
 * Opens the database and asks the browser to keep it (persistent storage is not evicted
 * under storage pressure). Another window upgrading the schema closes this connection:
 * reload on a notice rather than run against a stale schema.
 */
export async function openDatabase(onVersionChange: () => void): Promise<OpenResult> {
  db.on('versionchange', () => {
    markReplaced(db)
    db.close()
    onVersionChange()
    return false
  })
  try {
    await db.open()
  } catch (error) {
    return { ok: false, error }
  }
  let persisted: boolean
  try {
    persisted = (await navigator.storage?.persist?.()) ?? false
  } catch {
    persisted = false
  }
  return { ok: true, persisted }
}
