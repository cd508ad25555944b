import type { MergeTable } from '@shared/backup/merge-tables'
import { canonicalJson } from '@shared/domain/canonical-json'
import type { ConflictRecord } from '@shared/model'
import type { DocDecision } from '@shared/sync/documents'
import { REVISION_ENTITY } from '../conflicts'
import { newId } from '../records'
import type { StudioDatabase } from '../schema'

/**
 * 冲突处理 decisions across laptops: a person deciding a sync conflict on one laptop closes the
 * same conflict on the others. Two laptops that met the same replicated conflict each list it,
 * with the same two values per field (each from its own merge of the same leaves). The decision
 * travels with the record's next document (documents.ts, `decided`); a laptop applying that
 * document closes its open entry for the same record wherever the decision chose between the
 * same two values — a conflict about other values (an edit made meanwhile) stays for a person.
 */

const pairOf = (a: unknown, b: unknown) => [canonicalJson(a ?? null), canonicalJson(b ?? null)].sort().join('\u0000')

/** The decision a resolved conflict stands for (null when it holds no choices). */
function decisionOf(c: ConflictRecord): DocDecision | null {
  if (!c.choices || !c.resolvedAt) return null
  const fields = c.fields.flatMap((f) => {
    const side = c.choices![f.field]
    // The two values in a fixed order: laptops that decided alike send the same decision.
    const values = [f.local ?? null, f.remote ?? null].sort((x, y) => canonicalJson(x).localeCompare(canonicalJson(y)))
    return side ? [{ field: f.field, values, chosen: (side === 'local' ? f.local : f.remote) ?? null }] : []
  })
  return fields.length > 0 ? { at: c.resolvedAt, by: c.resolvedBy, fields } : null
}

/** Per `<table>:<id>`, the last decision of a sync conflict made or received here. */
export async function latestDecisions(db: StudioDatabase): Promise<Map<string, DocDecision>> {
  const out = new Map<string, DocDecision>()
  const decided = await db.conflicts.where('resolved').equals(1).toArray()
  for (const c of decided) {
    const d = c.source === '同步' ? decisionOf(c) : null
    const key = `${c.table}:${c.recordId}`
    if (d && d.at >= (out.get(key)?.at ?? '')) out.set(key, d)
  }
  return out
}

/**
 * Inside the puller's write (tables 'conflicts' and 'revisions'): the open sync conflict of this
 * record, closed by a decision made on another laptop — each field whose two values the decision
 * chose between is decided as it was there; fields it did not decide stay open. The record itself
 * is the decided one already: it is the document that brought the decision.
 */
export async function applyDecision(db: StudioDatabase, table: MergeTable, recordId: string, decision: DocDecision): Promise<void> {
  const open = await db.conflicts
    .where('[table+recordId]')
    .equals([table, recordId])
    .filter((c) => c.resolved === 0 && c.source === '同步')
    .toArray()
  for (const c of open) {
    const choices: Record<string, 'local' | 'remote'> = {}
    for (const f of c.fields) {
      const d = decision.fields.find((x) => x.field === f.field && pairOf(x.values[0], x.values[1]) === pairOf(f.local, f.remote))
      if (d) choices[f.field] = canonicalJson(d.chosen ?? null) === canonicalJson(f.local ?? null) ? 'local' : 'remote'
    }
    const decided = c.fields.filter((f) => choices[f.field])
    if (decided.length === 0) continue
    const rest = c.fields.filter((f) => !choices[f.field])
    const who = decision.by ? `${decision.by}在另一台电脑上` : '另一台电脑上'
    await db.revisions.add({
      id: newId(),
      entity: REVISION_ENTITY[table],
      recordId,
      at: decision.at,
      by: decision.by,
      action: '合并冲突',
      reason: `冲突处理（同步）：${who}已决定${decided.map((f) => `“${f.label}”`).join('、')}，本机随之关闭此项。两边的值都记在此处。`,
      changes: [],
      snapshot: { local: Object.fromEntries(decided.map((f) => [f.field, f.local])), remote: Object.fromEntries(decided.map((f) => [f.field, f.remote])) },
    })
    const closed = { ...c, fields: decided, resolved: 1 as const, resolvedAt: decision.at, resolvedBy: decision.by, choices }
    // Decided in part: the decided fields are closed as an entry of their own (this laptop sends
    // the decision on with its next version of the record), the rest stays open.
    if (rest.length > 0) await db.conflicts.bulkPut([{ ...c, fields: rest }, { ...closed, id: newId() }])
    else await db.conflicts.put(closed)
  }
}
