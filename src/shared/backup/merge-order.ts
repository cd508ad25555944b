/**
 * Whether a file from another laptop is older than the one last taken from it, so that 合并导入
 * refuses it rather than let old data overwrite newer. The files' times are that laptop's clock,
 * which can be wrong: a clock once ahead made every later real backup of that laptop look older
 * and be refused for good, and let an old file written while it was ahead look newer. So a file
 * is judged by its content against the recorded exchange (which records, at which versions, the
 * last file held), never by its time.
 */
import type { SyncState } from '../model/stored'
import type { BackupTables } from './format'
import { MERGE_TABLES, syncKey } from './merge-tables'

type Versioned = { id: string; updatedAt: string; rev?: number }

/**
 * True when the file holds nothing the last file from that laptop did not, and at least one
 * record in an earlier version than that file had it: truly an older file, whatever its time
 * says. A file with a record or a version the last exchange never saw, or with the very same
 * content (a merge that changes nothing), is not older.
 */
export function isOlderThanLastTaken(remote: { tables: BackupTables }, last: SyncState): boolean {
  let older = false
  for (const table of MERGE_TABLES) {
    for (const r of remote.tables[table] as Versioned[]) {
      const key = syncKey(table, r.id)
      const seen = last.seen[key]
      // Records are never purged: one the last file lacked was written after it.
      if (seen === undefined) return false
      if (r.updatedAt === seen) continue
      const rev = r.rev ?? 1
      // A state built in code may leave the default out.
      const revs = (last.revs as SyncState['revs'] | undefined)?.[key]
      // A record's version counts on, on that laptop, whatever its clock says: it decides where
      // the exchange noted it and it moved. Where it did not (an exchange or a write from before
      // records had versions), the record's own times on that laptop are all there is.
      const later = revs && rev !== revs[1] ? rev > revs[1] : Date.parse(r.updatedAt) > Date.parse(seen)
      if (later) return false
      older = true
    }
  }
  return older
}
