import type { PouchDatabase } from './pouch'

type RevsDiff = Record<string, { missing: string[] }>

/**
 * The local PouchDB's `revsDiff` (the replicator asking which revisions it lacks) answered with one
 * read per batch where that read decides it: PouchDB's `indexeddb` adapter opens one IndexedDB
 * transaction per document for it — 20,000 for a new laptop's first pull, and again when a first
 * sync's replication starts after the shortcut (push.ts). A document not here lacks every revision
 * asked; its current revision is here; any other revision (an ancestor, a conflicting branch) is
 * left to the adapter's own answer from the revision tree. Same answers, same protocol.
 */
export function withBatchedRevsDiff(db: PouchDatabase): PouchDatabase {
  const own = db.revsDiff.bind(db)
  db.revsDiff = async (request) => {
    const ids = Object.keys(request)
    if (ids.length === 0) return {}
    const { rows } = await db.allDocs({ keys: ids })
    const answer: RevsDiff = {}
    const undecided: Record<string, string[]> = {}
    rows.forEach((row, i) => {
      const id = ids[i]!
      const asked = request[id]!
      if (!row.value) {
        answer[id] = { missing: asked }
        return
      }
      const other = asked.filter((rev) => rev !== row.value!.rev)
      if (other.length > 0) undecided[id] = other
    })
    return Object.keys(undecided).length > 0 ? { ...answer, ...(await own(undecided)) } : answer
  }
  return db
}
