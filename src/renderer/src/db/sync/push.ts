import { MERGE_TABLES, type MergeTable } from '@shared/backup/merge-tables'
import { canonicalJson } from '@shared/domain/canonical-json'
import { parseRecordDocId, recordToDocs, sameDocContent, textDocId, type Doc, type DocDecision } from '@shared/sync/documents'
import { write } from '../write'
import type { SyncContext } from './context'
import { latestDecisions } from './decisions'
import type { PouchDatabase, PouchDoc } from './pouch'
import type { OutboxEntry, RecordSyncRow } from './state-rows'
import { recordRows } from './state'

/** A session's 编号 stays what the server's document says (pull.ts may have given it another here). */
const KEPT_FROM_SERVER: Partial<Record<MergeTable, string[]>> = { sessions: ['code', 'year', 'seq'] }

/**
 * Sends what the outbox lists into the local PouchDB (which replicates it to the server), in
 * chunks. Each record's document is written over the revision this laptop last knew; if the
 * local copy has moved on (a change from the server not applied yet) the entry waits: the puller
 * merges first. Returns how many entries were handled; entries of writes made meanwhile stay.
 */
export async function pushOutbox(ctx: SyncContext, chunk = 500): Promise<number> {
  let handled = 0
  let after = 0
  const decisions = await latestDecisions(ctx.db)
  for (;;) {
    const entries = await ctx.db.outbox.where('seq').above(after).limit(chunk).toArray()
    if (entries.length === 0) return handled
    after = entries.at(-1)!.seq!
    handled += await pushEntries(ctx, entries, decisions)
  }
}

async function pushEntries(ctx: SyncContext, entries: OutboxEntry[], decisions: Map<string, DocDecision>): Promise<number> {
  const keys = [...new Set(entries.map((e) => e.key))]
  const rows = await recordRows(ctx.db, keys)
  const records = await readRecords(ctx, keys)
  const current = await currentDocs(ctx.local, keys)
  const texts = ctx.text ? await currentDocs(ctx.text, keys.filter((k) => k.startsWith('sessions:')).map((k) => textDocId(k.slice(9)))) : new Map()

  const docs: PouchDoc[] = []
  const textDocs: PouchDoc[] = []
  const done = new Set<string>()
  for (const key of keys) {
    const record = records.get(key)
    const { table } = parseRecordDocId(key)!
    if (!record) {
      done.add(key) // gone from this laptop (回收站 emptied): nothing to send
      continue
    }
    const cur = current.get(key)
    if (cur && cur._rev !== rows.get(key)?.rev) continue // the server's change waits for the puller
    const keep = Object.fromEntries((KEPT_FROM_SERVER[table] ?? []).filter((f) => cur && f in cur).map((f) => [f, cur![f]]))
    const { doc, text } = recordToDocs(table, record, ctx.studio, keep, decisions.get(key) ?? null)
    if (text && ctx.text) {
      const curText = texts.get(text._id)
      if (!curText || !sameDocContent(curText, text)) textDocs.push(curText?._rev ? { ...text, _rev: curText._rev } : text)
    }
    if (cur && !cur._deleted && sameDocContent(cur, doc) && canonicalJson(cur.decided ?? null) === canonicalJson(doc.decided ?? null)) done.add(key)
    else docs.push(cur?._rev ? { ...doc, _rev: cur._rev } : doc)
  }

  const written = new Map<string, RecordSyncRow>()
  for (const r of docs.length > 0 ? await ctx.local.bulkDocs(docs) : []) {
    if (r.ok && r.rev) {
      written.set(r.id, { ...rows.get(r.id), key: r.id, rev: r.rev })
      done.add(r.id)
    }
  }
  // Texts: the last writer's texts stand (a 敏感 record is written by its own supervisor).
  if (textDocs.length > 0 && ctx.text) await ctx.text.bulkDocs(textDocs)

  const doneSeqs = entries.filter((e) => done.has(e.key)).map((e) => e.seq!)
  await write(ctx.db, ['outbox', 'syncState'], async () => {
    await ctx.db.syncState.bulkPut([...written.values()])
    await ctx.db.outbox.bulkDelete(doneSeqs)
  })
  return doneSeqs.length
}

async function readRecords(ctx: SyncContext, keys: string[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>()
  for (const table of MERGE_TABLES) {
    const ids = keys.filter((k) => k.startsWith(`${table}:`)).map((k) => k.slice(table.length + 1))
    if (ids.length === 0) continue
    const found = await ctx.db.table(table).bulkGet(ids)
    found.forEach((r: Record<string, unknown> | undefined, i) => {
      if (r) out.set(`${table}:${ids[i]}`, r)
    })
  }
  return out
}

/** The current winning documents of `ids` in a local PouchDB (deleted ones with `_deleted`). */
export async function currentDocs(pouch: PouchDatabase, ids: string[]): Promise<Map<string, Doc & { _deleted?: boolean }>> {
  const out = new Map<string, Doc & { _deleted?: boolean }>()
  if (ids.length === 0) return out
  const { rows } = await pouch.allDocs({ keys: ids, include_docs: true })
  for (const row of rows) {
    if (row.doc) out.set(row.id, row.doc as Doc)
    else if (row.value?.deleted) out.set(row.key, { _id: row.key, _rev: row.value.rev, _deleted: true })
  }
  return out
}
