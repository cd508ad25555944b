import { IGNORED_IN_COMPARE, MERGE_TABLES, settleBookkeeping, type MergeTable } from '@shared/backup/merge-tables'
import { canonicalJson } from '@shared/domain/canonical-json'
import { nextVersion, withoutVersion } from '@shared/domain/record-version'
import { mergeRecord } from '@shared/domain/three-way-merge'
import { formatSessionCode } from '@shared/model'
import { SENSITIVE_TEXT_FIELDS, textContent, textDocId, type Doc, type DocDecision } from '@shared/sync/documents'
import { bulkWrite, type BulkStep } from '../bulk-write'
import { nextSessionSeq } from '../sessions'
import type { SyncContext } from './context'
import { applyDecision } from './decisions'
import { listSyncConflicts, type SyncConflict } from './record-conflicts'
import type { RecordSyncRow } from './state-rows'
import { getSyncRow } from './state'

const APPLY_TABLES = [...MERGE_TABLES, 'syncState', 'outbox', 'conflicts', 'revisions'] as const

/** A checked record document from the server, to apply here. */
export interface Incoming {
  key: string
  table: MergeTable
  recordId: string
  rev: string
  content: Record<string, unknown>
  /** A 冲突处理 decision made on another laptop, travelling with this version. */
  decision: DocDecision | null
}

/** What the puller read from PouchDB before the write (inside it only the database may be awaited). */
export interface Gathered {
  /** Per key: the content of the revision this laptop last knew, for records with a change pending here. */
  bases: Map<string, Record<string, unknown> | null>
  /** The sensitive texts of 敏感 sessions this laptop may read (checked documents only). */
  texts: Map<string, Doc>
  /** Replicated conflicts resolved in this batch that need a person. */
  found: SyncConflict[]
}

/**
 * One batch from the server in ONE write tagged as the sync's (not sent back), through the
 * chunked bulk writer with the feed's checkpoint, so the batch is applied exactly once even if
 * the app closes half-way. Everything the batch needs is read in a few bulk reads at the start of
 * the transaction, the records are put in chunks; only a new 督导记录 whose 编号 is taken here is
 * written on its own (the unique 编号 index refuses it in its chunk; it takes the next free number,
 * after the rest). Returns how many records changed.
 */
export async function applyIncoming(ctx: SyncContext, incoming: readonly Incoming[], gathered: Gathered, lastSeq: string | number): Promise<number> {
  const { db } = ctx
  return bulkWrite(
    db,
    APPLY_TABLES,
    async (writer) => {
      await listSyncConflicts(db, gathered.found)
      const keys = incoming.map((i) => i.key)
      const syncRows = (await db.syncState.bulkGet(keys)) as (RecordSyncRow | undefined)[]
      const pending = new Set((await db.outbox.where('key').anyOf(keys).keys()) as string[])
      const stored = new Map<string, Record<string, unknown>>()
      for (const table of MERGE_TABLES) {
        const ids = incoming.filter((i) => i.table === table).map((i) => i.recordId)
        if (ids.length === 0) continue
        const found = (await db.table(table).bulkGet(ids)) as (Record<string, unknown> | undefined)[]
        found.forEach((r, n) => r && stored.set(`${table}:${ids[n]}`, r))
      }

      const puts = new Map<MergeTable, Record<string, unknown>[]>()
      const rows: RecordSyncRow[] = []
      const merges: SyncConflict[] = []
      let written = 0
      for (const [n, i] of incoming.entries()) {
        const row = syncRows[n]
        if (row?.rev === i.rev) continue // sent or applied from here already
        const existing = stored.get(i.key)
        let remote = i.table === 'sessions' ? withTexts(i.content, existing, gathered.texts.get(textDocId(i.recordId))) : i.content
        if (i.decision) await applyDecision(db, i.table, i.recordId, i.decision)
        rows.push({ ...row, key: i.key, rev: i.rev })
        if (i.table === 'sessions' && existing) remote = { ...remote, ...pick(existing, ['code', 'year', 'seq']) }
        let next = remote
        if (existing && pending.has(i.key)) {
          const local = withoutVersion(existing)
          const later = String(local.updatedAt) >= String(remote.updatedAt) ? 'local' : 'remote'
          const m = mergeRecord({ local, remote, base: gathered.bases.get(i.key) ?? null, ignore: IGNORED_IN_COMPARE, provisional: later })
          next = settleBookkeeping(m.merged, [local, remote])
          // The merged record is this laptop's next version: its outbox entry stays and sends it.
          merges.push({ table: i.table, recordId: i.recordId, merged: next, conflicts: m.conflicts, ownLeaf: true, provisional: later })
        }
        if (existing && canonicalJson(withoutVersion(existing)) === canonicalJson(next)) continue
        const list = puts.get(i.table) ?? []
        list.push(nextVersion(existing, next))
        puts.set(i.table, list)
        written += 1
      }
      await listSyncConflicts(db, merges)
      // A new session whose 编号 a record here holds (or one written earlier in this batch) is
      // refused by the unique 编号 index and comes back, to take the next free number after the rest.
      const renumber: Record<string, unknown>[] = []
      const taken = (list: object[]) => renumber.push(...(list as Record<string, unknown>[]))
      const steps: BulkStep[] = [...puts].map(([table, list]) => ({ table, rows: list, ...(table === 'sessions' ? { onTaken: taken } : {}) }))
      await writer.write([...steps, { table: 'syncState', rows }])
      for (const remote of renumber) await db.sessions.put({ ...remote, ...(await freeCode(ctx, remote)) } as never)
      await db.syncState.put({ ...(await getSyncRow(db))!, pullSeq: lastSeq })
      return written
    },
    { origin: 'sync', durability: 'relaxed' },
  )
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
 * The 编号 a new record from the server takes here when a record of this laptop already has its
 * own (numbers two laptops issued before sync, without letters): the next free number of its
 * year, shown only here and reported; the server keeps the creator's number.
 */
async function freeCode(ctx: SyncContext, remote: Record<string, unknown>): Promise<Record<string, unknown>> {
  const code = String(remote.code)
  const year = Number(remote.year)
  const seq = await nextSessionSeq(ctx.db, year, '')
  const mine = formatSessionCode(year, seq)
  ctx.log(`服务器上的督导记录 ${code} 与本机的另一条记录编号相同，本机显示为 ${mine}（服务器上仍为 ${code}）。`)
  return { code: mine, year, seq }
}
