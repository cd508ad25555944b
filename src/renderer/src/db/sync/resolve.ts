import { IGNORED_IN_COMPARE, settleBookkeeping } from '@shared/backup/merge-tables'
import { canonicalCopy, canonicalJson } from '@shared/domain/canonical-json'
import { mergeRecord, type FieldConflict, type MergeSide } from '@shared/domain/three-way-merge'
import { docContent, docDecision, type Doc } from '@shared/sync/documents'
import type { PouchDatabase, PouchDoc } from './pouch'

export interface ResolvedConflict {
  /** The merged content, written over the winning leaf. */
  merged: Record<string, unknown>
  /** Fields the leaves changed differently: the merged content holds the later edit's value. */
  conflicts: FieldConflict[]
  /** The leaf this laptop wrote (its `_rev` in syncState), if it is one of them: 本机 in 冲突处理. */
  ownLeaf: string | null
  /** Whose values the merged content holds for the conflicts: this laptop's ('local') or the other's. */
  provisional: MergeSide
}

const revIds = (doc: PouchDoc): string[] => (doc._revisions ? doc._revisions.ids.map((id, i) => `${doc._revisions!.start - i}-${id}`) : [doc._rev!])

/** The later edit first; equal times by revision, so every laptop orders the leaves alike. */
const laterFirst = (a: PouchDoc, b: PouchDoc) =>
  String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? '')) || String(b._rev).localeCompare(String(a._rev))

/**
 * A document with replicated conflicts (two laptops wrote it from the same revision), resolved by
 * our rules instead of CouchDB's arbitrary winner: the leaves are merged field by field against
 * their last common revision (domain/three-way-merge.ts; ancestor unknown → every difference is a
 * conflict, the later edit kept meanwhile), the merged content is written over the winning leaf
 * and the other leaves are deleted — on the server too, by replication. The merge and the canonical
 * content are the same on every laptop, so two laptops resolving at once write the same revisions.
 * Returns null when there is nothing (left) to resolve.
 */
export async function resolveReplicatedConflict(local: PouchDatabase, id: string, ownRev: string | undefined): Promise<ResolvedConflict | null> {
  const open = await local.get(id, { open_revs: 'all', revs: true })
  const leaves = open.flatMap((r) => (r.ok && !r.ok._deleted ? [r.ok] : [])).sort(laterFirst)
  if (leaves.length < 2) return null
  const winner = await local.get(id)

  let merged = docContent(leaves[0]!)
  let lineage = revIds(leaves[0]!)
  const conflicts: FieldConflict[] = []
  for (const leaf of leaves.slice(1)) {
    const ids = revIds(leaf)
    const common = lineage.find((r) => ids.includes(r))
    const base = common ? await local.get(id, { rev: common }).then(docContent, () => null) : null
    const m = mergeRecord({ local: merged, remote: docContent(leaf), base, ignore: IGNORED_IN_COMPARE, provisional: 'local' })
    merged = settleBookkeeping(m.merged, [merged, docContent(leaf)])
    conflicts.push(...m.conflicts.filter((c) => !conflicts.some((x) => x.field === c.field)))
    lineage = lineage.filter((r) => ids.includes(r))
  }

  const { _id, studio, table } = winner as Doc
  // The latest 冲突处理 decision a leaf carries goes on with the merge (decisions.ts).
  const decided = leaves.map(docDecision).filter((d) => d !== null).sort((a, b) => b.at.localeCompare(a.at))[0]
  const writes: PouchDoc[] = [canonicalCopy({ ...merged, _id, studio, table, ...(decided ? { decided } : {}), _rev: winner._rev }) as PouchDoc]
  for (const leaf of leaves) if (leaf._rev !== winner._rev) writes.push({ _id: id, _rev: leaf._rev, _deleted: true })
  await local.bulkDocs(writes)
  const ownLeaf = leaves.some((l) => l._rev === ownRev) ? ownRev! : null
  // 本机 is this laptop's leaf: the conflict's "local" values must be its values.
  if (ownLeaf && ownLeaf !== leaves[0]!._rev) {
    const own = leaves.find((l) => l._rev === ownLeaf)!
    for (const c of conflicts) if (canonicalJson(own[c.field]) !== canonicalJson(c.local)) [c.local, c.remote] = [c.remote, c.local]
  }
  return { merged, conflicts, ownLeaf, provisional: ownLeaf && ownLeaf !== leaves[0]!._rev ? 'remote' : 'local' }
}
