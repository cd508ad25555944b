import type { ConflictField, ConflictRecord, ConflictSource, Revision } from '@shared/model'
import type { MergeTable } from '@shared/backup'
import { nowIso } from './clock'
import { newId } from './records'
import type { StudioDatabase, TableName } from './schema'
import { versioned, write } from './write'

/** What a merge found that a person must decide (the record already holds the provisional side). */
export interface FoundConflict {
  table: MergeTable
  recordId: string
  title: string
  reason: string
  provisional: 'local' | 'remote'
  fields: ConflictField[]
}

export const REVISION_ENTITY: Record<MergeTable, Revision['entity']> = {
  persons: 'person',
  projects: 'project',
  progress: 'progress',
  sessions: 'session',
  followUps: 'followUp',
  frameworks: 'framework',
  assessments: 'assessment',
  agreements: 'agreement',
}

/**
 * Inside a merge's or a sync's write (its tables must include 'conflicts'): lists what needs a
 * person on 冲突处理. A record with an open conflict already gets the new fields added to it (the
 * same field again takes the newer values), so a record never waits under two entries.
 */
export async function recordConflicts(db: StudioDatabase, found: readonly FoundConflict[], source: ConflictSource, peer: string, at: string = nowIso()) {
  for (const c of found) {
    if (c.fields.length === 0) continue
    const open = await db.conflicts
      .where('[table+recordId]')
      .equals([c.table, c.recordId])
      .filter((x) => x.resolved === 0)
      .first()
    if (open) {
      const fields = [...open.fields.filter((f) => !c.fields.some((n) => n.field === f.field)), ...c.fields]
      await db.conflicts.put({ ...open, fields, at, peer, reason: c.reason, provisional: c.provisional })
    } else {
      await db.conflicts.add({ id: newId(), ...c, source, peer, at, resolved: 0, resolvedAt: null, resolvedBy: '' })
    }
  }
}

/** Open conflicts, newest first. */
export async function openConflicts(db: StudioDatabase): Promise<ConflictRecord[]> {
  const rows = await db.conflicts.where('resolved').equals(0).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}

/** How many conflicts wait for a person (the menu's count). */
export function openConflictCount(db: StudioDatabase): Promise<number> {
  return db.conflicts.where('resolved').equals(0).count()
}

/**
 * 冲突处理: a person chose a side for each field. The record gets the chosen values (a new
 * version), the values set aside are kept in its history (a 合并冲突 revision), and the conflict
 * is marked decided — it stays in the table with both values, so nothing is ever lost.
 */
export async function resolveConflict(db: StudioDatabase, id: string, choices: Readonly<Record<string, 'local' | 'remote'>>, by = ''): Promise<void> {
  const at = nowIso()
  await write(db, ['conflicts', 'revisions', 'persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'agreements'], async () => {
    const conflict = await db.conflicts.get(id)
    if (!conflict || conflict.resolved === 1) throw new Error('该冲突已处理或不存在')
    const missing = conflict.fields.filter((f) => !choices[f.field])
    if (missing.length > 0) throw new Error(`请为“${missing.map((f) => f.label).join('、')}”选择保留哪一边`)
    const table = conflict.table as MergeTable & TableName
    const record = (await db.table(table).get(conflict.recordId)) as Record<string, unknown> | undefined
    if (!record) throw new Error('冲突所涉及的记录已不存在')
    const next = { ...record }
    for (const f of conflict.fields) next[f.field] = choices[f.field] === 'local' ? f.local : f.remote
    const changes = conflict.fields
      .filter((f) => JSON.stringify(record[f.field] ?? null) !== JSON.stringify(next[f.field] ?? null))
      .map((f) => ({ field: f.field, label: f.label, before: record[f.field] ?? null, after: next[f.field] ?? null }))
    // A sync conflict's decision is written even when it keeps every value: the new version
    // carries the decision to the other laptops that hold the same conflict (sync/decisions.ts).
    if (changes.length > 0 || conflict.source === '同步') {
      await db.table(table).put(versioned(record, { ...next, updatedAt: at }))
      // A session taken back out of the 回收站 brings back the follow-ups deleted with it.
      if (table === 'sessions' && record.deletedAt && next.deletedAt === null)
        await db.followUps
          .where('sessionId')
          .equals(conflict.recordId)
          .filter((f) => f.deletedAt === record.deletedAt)
          .modify((f, ref) => {
            ref.value = versioned(f, { ...f, deletedAt: null, updatedAt: at })
          })
    }
    const setAside = conflict.fields.map((f) => `${f.label}：${choices[f.field] === 'local' ? '对方' : '本机'}的值`).join('；')
    await db.revisions.add({
      id: newId(),
      entity: REVISION_ENTITY[table],
      recordId: conflict.recordId,
      at,
      by,
      action: '合并冲突',
      reason: `冲突处理（${conflict.source}，${conflict.peer}）：${setAside}未采用，两边的值都记在此处。`,
      changes,
      snapshot: { local: Object.fromEntries(conflict.fields.map((f) => [f.field, f.local])), remote: Object.fromEntries(conflict.fields.map((f) => [f.field, f.remote])) },
    })
    await db.conflicts.put({ ...conflict, resolved: 1, resolvedAt: at, resolvedBy: by, choices: Object.fromEntries(conflict.fields.map((f) => [f.field, choices[f.field]!])) })
  })
}
