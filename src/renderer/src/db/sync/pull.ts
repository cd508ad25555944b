import type { MergeTable } from '@shared/backup/merge-tables'
import { TABLE_LABELS, validateStored } from '@shared/model/stored'
import { describeRecord } from '@shared/model/record-labels'
import { docContent, docDecision, isStudioBookkeepingDoc, isTextDoc, parseRecordDocId, textDocId, type Doc } from '@shared/sync/documents'
import { applyIncoming, type Incoming } from './apply'
import type { SyncContext } from './context'
import type { PouchChange, PouchDoc } from './pouch'
import { currentDocs } from './push'
import type { SyncConflict } from './record-conflicts'
import { resolveReplicatedConflict } from './resolve'
import { write } from '../write'
import { getSyncRow, recordRows } from './state'
import type { RecordSyncRow } from './state-rows'

/** Documents per batch: one transaction each (apply.ts), written in chunks by the bulk writer. */
export const PULL_BATCH = 1000

/**
 * Applies what the local PouchDB received from the server, in batches, each in one write
 * tagged as the sync's (not sent back). The feed's checkpoint is stored in the same transaction,
 * so a batch is applied exactly once even if the app closes half-way; a revision this laptop
 * wrote or applied already is skipped. Returns how many records were written.
 */
export async function pullChanges(ctx: SyncContext, chunk = PULL_BATCH): Promise<number> {
  let written = 0
  if (ctx.uploadedAll && ctx.uploadedSeq !== undefined) await skipOwnWrites(ctx, ctx.uploadedSeq)
  for (;;) {
    const since = (await getSyncRow(ctx.db))!.pullSeq
    const feed = await ctx.local.changes({ since, limit: chunk, style: 'all_docs' })
    if (feed.results.length === 0) return written
    const rows = await recordRows(ctx.db, feed.results.map((c) => c.id))
    written += await applyBatch(ctx, await withDocs(ctx, feed.results, rows), feed.last_seq, rows)
    if (feed.results.length < chunk) return written
  }
}

/**
 * After a first sync's shortcut that put every change of a fresh local copy on the server, the
 * copy's feed up to `seq` is this laptop's own writing, each revision noted in syncState by the
 * pusher: the puller would read it back only to skip it (2 s for 20,000 sessions, bench group
 * sync-stages, readBack). Its checkpoint moves there instead.
 */
async function skipOwnWrites(ctx: SyncContext, seq: number | string): Promise<void> {
  await write(ctx.db, ['syncState'], async () => {
    const row = (await getSyncRow(ctx.db))!
    if (Number(row.pullSeq) < Number(seq)) await ctx.db.syncState.put({ ...row, pullSeq: seq })
  })
}

/**
 * The changes whose documents must be looked at, with them. A change whose only revision is the
 * one this laptop sent or applied needs nothing (a first sync reads back every document it has
 * just sent): its document is not read at all.
 */
async function withDocs(ctx: SyncContext, changes: PouchChange[], rows: Map<string, RecordSyncRow>): Promise<PouchChange[]> {
  const wanted = changes.filter((c) => !(c.changes.length === 1 && rows.get(c.id)?.rev === c.changes[0]!.rev))
  if (wanted.length === 0) return []
  const found = await ctx.local.allDocs({ keys: wanted.map((c) => c.id), include_docs: true, conflicts: true })
  return wanted.map((c, i) => ({ ...c, doc: found.rows[i]?.doc ?? undefined }))
}

/** Why a document from the server is refused, or null when it is a record of this studio. */
function refusal(ctx: SyncContext, doc: Doc, table: MergeTable, recordId: string): string | null {
  const content = docContent(doc)
  if (doc.studio !== ctx.studio) return '不属于本工作室'
  if (doc.table !== table || content.id !== recordId) return '文档编号与内容不一致'
  const checked = validateStored(table, { ...content, rev: 1 })
  return checked.ok ? null : `“${checked.issue.label}”不合格：${checked.issue.message}`
}

async function applyBatch(ctx: SyncContext, changes: PouchChange[], lastSeq: string | number, rows: Map<string, RecordSyncRow>): Promise<number> {
  const incoming: Incoming[] = []
  const found: SyncConflict[] = []
  for (const change of changes) {
    const doc = change.doc as Doc | undefined
    if (!doc || doc._deleted || isStudioBookkeepingDoc(change.id)) continue
    const parsed = parseRecordDocId(change.id)
    if (!parsed) {
      ctx.log(`已拒绝服务器上的文档“${change.id}”：不是本应用的记录，未写入本机。`)
      continue
    }
    // A revision this laptop sent or applied already: nothing to check (a first sync reads back
    // every document it has just sent).
    if (!(doc as PouchDoc)._conflicts?.length && rows.get(change.id)?.rev === doc._rev) continue
    const why = refusal(ctx, doc, parsed.table, parsed.recordId)
    if (why) {
      const name = describeRecord(parsed.table, docContent(doc)) || parsed.recordId
      ctx.log(`已拒绝服务器上的${TABLE_LABELS[parsed.table]}“${name}”（${why}），未写入本机。`)
      continue
    }
    if ((doc as PouchDoc)._conflicts?.length) {
      const resolved = await resolveReplicatedConflict(ctx.local, change.id, rows.get(change.id)?.rev)
      if (resolved) {
        // The merged revision comes through this feed next and is applied then.
        if (resolved.conflicts.length > 0) found.push({ ...parsed, merged: resolved.merged, conflicts: resolved.conflicts, ownLeaf: resolved.ownLeaf !== null, provisional: resolved.provisional })
        ctx.log(`${TABLE_LABELS[parsed.table]}“${describeRecord(parsed.table, resolved.merged) || parsed.recordId}”在两台电脑上都被修改，已逐项合并${resolved.conflicts.length > 0 ? `，${resolved.conflicts.length} 项待在“冲突处理”中确认` : ''}。`)
        continue
      }
    }
    incoming.push({ key: change.id, ...parsed, rev: doc._rev!, content: docContent(doc), decision: docDecision(doc) })
  }

  // Everything read from PouchDB before the transaction (inside it only the database may be awaited).
  const pendingKeys = new Set((await ctx.db.outbox.where('key').anyOf(incoming.map((i) => i.key)).toArray()).map((e) => e.key))
  const bases = new Map<string, Record<string, unknown> | null>()
  for (const i of incoming) {
    const known = rows.get(i.key)?.rev
    if (pendingKeys.has(i.key) && known && known !== i.rev) bases.set(i.key, await ctx.local.get(i.key, { rev: known }).then(docContent, () => null))
  }
  const separate = incoming.filter((i) => i.table === 'sessions' && i.content.sensitiveText === 'separate')
  const texts = ctx.text ? await currentDocs(ctx.text, separate.map((i) => textDocId(i.recordId))) : new Map<string, Doc>()
  // A malformed text document is refused (pull-texts.ts says so in the log): the record comes without it.
  for (const [id, doc] of texts) if (!doc._deleted && !isTextDoc(doc, ctx.studio)) texts.delete(id)

  return applyIncoming(ctx, incoming, { bases, texts, found }, lastSeq)
}
