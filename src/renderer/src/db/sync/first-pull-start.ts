import { isStudioBookkeepingDoc } from '@shared/sync/documents'
import type { PouchDatabase } from './pouch'

/**
 * A server database holding at most this many documents when a first sync begins is a studio
 * nobody has sent records to yet (its design document and `meta:` documents): only then is its
 * feed worth reading whole for `pullStartAfterShortcut`; a populated one would never qualify.
 */
export const FEW_SERVER_DOCS = 10

/**
 * After a first sync's shortcut put this laptop's records on the server (push.ts,
 * uploadFirstRevisions): when every change in the server's feed is one of those documents with
 * the revision sent as its only leaf, or a studio document the puller does not apply (`meta:`,
 * `_design/`), the pull replication may start at the feed's end instead of asking this laptop's
 * copy, batch by batch, about each document it has just sent. Returns that sequence, or undefined
 * when anything else is there (another laptop's record, a conflict, a deletion): then the
 * replication checks the whole feed as always. One request, ids and revisions only.
 */
export async function pullStartAfterShortcut(server: PouchDatabase, uploaded: ReadonlyMap<string, string>): Promise<number | string | undefined> {
  const feed = await server.changes({ since: 0, style: 'all_docs', batch_size: Math.max(1000, uploaded.size + FEW_SERVER_DOCS + 1) })
  const theirs = feed.results.some((change) => {
    if (isStudioBookkeepingDoc(change.id)) return false
    const sent = uploaded.get(change.id)
    return change.deleted === true || change.changes.length !== 1 || change.changes[0]!.rev !== sent
  })
  return theirs ? undefined : feed.last_seq
}
