import { IGNORED_IN_COMPARE, MERGE_TABLES, settleBookkeeping, type MergeTable } from '@shared/backup/merge-tables'
import { canonicalJson } from '@shared/domain/canonical-json'
import { nextVersion, withoutVersion } from '@shared/domain/record-version'
import { mergeRecord } from '@shared/domain/three-way-merge'
import { describeRecord, TABLE_LABELS, validateStored } from '@shared/model/stored'
import { formatSessionCode } from '@shared/model'
import { docContent, docDecision, isTextDoc, parseRecordDocId, SENSITIVE_TEXT_FIELDS, textContent, textDocId, type Doc, type DocDecision } from '@shared/sync/documents'
import type { StudioDatabase } from '../schema'
import { nextSessionSeq } from '../sessions'
import { write } from '../write'
import type { SyncContext } from './context'
import { applyDecision } from './decisions'
import type { PouchChange, PouchDoc } from './pouch'
import { currentDocs } from './push'
import { listSyncConflicts, type SyncConflict } from './record-conflicts'
import { resolveReplicatedConflict } from './resolve'
import { getSyncRow, recordRows } from './state'

const APPLY_TABLES = [...MERGE_TABLES, 'syncState', 'outbox', 'conflicts', 'revisions'] as const

interface Incoming {
  key: string
  table: MergeTable
  recordId: string
  rev: string
  content: Record<string, unknown>
  /** A 冲突处理 decision made on another laptop, travelling with this version. */
  decision: DocDecision | null
}

/**
 * Applies what the local PouchDB received from the server, in batches, each in one write
 * tagged as the sync's (not sent back). The feed's checkpoint is stored in the same transaction,
 * so a batch is applied exactly once even if the app closes half-way; a revision this laptop
 * wrote or applied already is skipped. Returns how many records were written.
 */
export async function pullChanges(ctx: SyncContext, chunk = 200): Promise<number> {
  let written = 0
  for (;;) {
    const since = (await getSyncRow(ctx.db))!.pullSeq
    const feed = await ctx.local.changes({ since, limit: chunk, include_docs: true, conflicts: true, style: 'all_docs' })
    if (feed.results.length === 0) return written
    written += await applyBatch(ctx, feed.results, feed.last_seq)
    if (feed.results.length < chunk) return written
  }
}

/** Why a document from the server is refused, or null when it is a record of this studio. */
function refusal(ctx: SyncContext, doc: Doc, table: MergeTable, recordId: string): string | null {
  const content = docContent(doc)
  if (doc.studio !== ctx.studio) return '不属于本工作室'
  if (doc.table !== table || content.id !== recordId) return '文档编号与内容不一致'
  const checked = validateStored(table, { ...content, rev: 1 })
  return checked.ok ? null : `“${checked.issue.label}”不合格：${checked.issue.message}`
}

async function applyBatch(ctx: SyncContext, changes: PouchChange[], lastSeq: string | number): Promise<number> {
  const rows = await recordRows(ctx.db, changes.map((c) => c.id))
  const incoming: Incoming[] = []
  const found: SyncConflict[] = []
  for (const change of changes) {
    const doc = change.doc as Doc | undefined
    if (!doc || doc._deleted || change.id.startsWith('_design/') || change.id.startsWith('meta:')) continue
    const parsed = parseRecordDocId(change.id)
    if (!parsed) {
      ctx.log(`已拒绝服务器上的文档“${change.id}”：不是本应用的记录，未写入本机。`)
      continue
    }
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

  let written = 0
  await write(
    ctx.db,
    APPLY_TABLES,
    async () => {
      await listSyncConflicts(ctx.db, found)
      for (const i of incoming) if (await applyOne(ctx, i, bases, texts)) written += 1
      const row = (await getSyncRow(ctx.db))!
      await ctx.db.syncState.put({ ...row, pullSeq: lastSeq })
    },
    { origin: 'sync' },
  )
  return written
}

/** Inside the puller's write: one record from the server. Returns whether the record changed. */
async function applyOne(ctx: SyncContext, i: Incoming, bases: Map<string, Record<string, unknown> | null>, texts: Map<string, Doc>): Promise<boolean> {
  const { db } = ctx
  const row = await db.syncState.get(i.key)
  if (row && 'rev' in row && row.rev === i.rev) return false // sent or applied from here already
  const existing = (await db.table(i.table).get(i.recordId)) as Record<string, unknown> | undefined
  let remote = i.table === 'sessions' ? withTexts(i.content, existing, texts.get(textDocId(i.recordId))) : i.content
  if (i.table === 'sessions') remote = { ...remote, ...(existing ? pick(existing, ['code', 'year', 'seq']) : await freeCode(ctx, remote)) }

  if (i.decision) await applyDecision(db, i.table, i.recordId, i.decision)
  let next = remote
  const pending = existing !== undefined && (await db.outbox.where('key').equals(i.key).count()) > 0
  if (existing && pending) {
    const local = withoutVersion(existing)
    const later = String(local.updatedAt) >= String(remote.updatedAt) ? 'local' : 'remote'
    const base = bases.get(i.key)
    const m = mergeRecord({ local, remote, base: base ?? null, ignore: IGNORED_IN_COMPARE, provisional: later })
    next = settleBookkeeping(m.merged, [local, remote])
    // The merged record is this laptop's next version: its outbox entry stays and sends it.
    await listSyncConflicts(db, [{ table: i.table, recordId: i.recordId, merged: next, conflicts: m.conflicts, ownLeaf: true, provisional: later }])
  }
  await db.syncState.put({ ...row, key: i.key, rev: i.rev })
  if (existing && canonicalJson(withoutVersion(existing)) === canonicalJson(next)) return false
  await db.table(i.table).put(nextVersion(existing, next))
  return true
}

const pick = (r: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, r[f]]))

/**
 * A 敏感 session's texts: from its text document where this laptop may read it, else the texts
 * this laptop already holds, else empty and marked as kept elsewhere.
 */
function withTexts(content: Record<string, unknown>, existing: Record<string, unknown> | undefined, text: Doc | undefined): Record<string, unknown> {
  if (content.sensitiveText !== 'separate') return content
  const { sensitiveText: _s, ...rest } = content
  if (text && !text._deleted) return { ...rest, ...textContent(text) }
  if (existing && existing.sensitiveText !== 'separate' && existing.sensitive === 1) return { ...rest, ...pick(existing, [...SENSITIVE_TEXT_FIELDS]) }
  return content
}

/**
 * The 编号 a new record from the server takes here: its own, unless a record of this laptop
 * already has it (numbers two laptops issued before sync, without letters) — then the next free
 * number of its year, shown only here and reported; the server keeps the creator's number.
 */
async function freeCode(ctx: SyncContext, remote: Record<string, unknown>): Promise<Record<string, unknown>> {
  const code = String(remote.code)
  const holder = await ctx.db.sessions.where('code').equals(code).first()
  if (!holder) return {}
  const year = Number(remote.year)
  const seq = await nextSessionSeq(ctx.db as StudioDatabase, year, '')
  const mine = formatSessionCode(year, seq)
  ctx.log(`服务器上的督导记录 ${code} 与本机的另一条记录编号相同，本机显示为 ${mine}（服务器上仍为 ${code}）。`)
  return { code: mine, year, seq }
}
