import type { MergeTable } from '@shared/backup/merge-tables'
import type { FieldConflict, MergeSide } from '@shared/domain/three-way-merge'
import { describeRecord, FIELD_LABELS } from '@shared/model/record-labels'
import { recordConflicts, REVISION_ENTITY } from '../conflicts'
import { nowIso } from '../clock'
import { newId } from '../records'
import type { StudioDatabase } from '../schema'
import { SERVER_PEER } from './context'

/** What a sync merge found that needs a person. */
export interface SyncConflict {
  table: MergeTable
  recordId: string
  merged: Record<string, unknown>
  conflicts: FieldConflict[]
  /** Whether `local` of each conflict is this laptop's value (else both are other laptops'). */
  ownLeaf: boolean
  provisional?: MergeSide
}

/**
 * Inside the puller's write (tables 'conflicts' and 'revisions'): lists on 冲突处理 (source 同步)
 * what two laptops changed differently, and keeps the value not taken in a 合并冲突 revision, so
 * nothing is lost whichever side a person later picks.
 */
export async function listSyncConflicts(db: StudioDatabase, found: readonly SyncConflict[]): Promise<void> {
  const at = nowIso()
  const open = found.filter((f) => f.conflicts.length > 0)
  if (open.length === 0) return
  await recordConflicts(
    db,
    open.map((f) => ({
      table: f.table,
      recordId: f.recordId,
      title: describeRecord(f.table, f.merged),
      reason: f.ownLeaf ? '本机与另一台电脑都修改了这条记录' : '两台电脑都修改了这条记录',
      provisional: f.provisional ?? 'local',
      fields: f.conflicts.map((c) => ({ field: c.field, label: FIELD_LABELS[c.field] ?? c.field, local: c.local ?? null, remote: c.remote ?? null })),
    })),
    '同步',
    SERVER_PEER,
    at,
  )
  for (const f of open) {
    const kept = f.provisional === 'remote' ? 'remote' : 'local'
    await db.revisions.add({
      id: newId(),
      entity: REVISION_ENTITY[f.table],
      recordId: f.recordId,
      at,
      by: '',
      action: '合并冲突',
      reason: `与${SERVER_PEER}同步时发现两边都修改了：${f.conflicts.map((c) => FIELD_LABELS[c.field] ?? c.field).join('、')}。暂用较新的修改，另一边的值存于此处，请在“冲突处理”中确认。`,
      changes: f.conflicts.map((c) => ({
        field: c.field,
        label: FIELD_LABELS[c.field] ?? c.field,
        before: (kept === 'local' ? c.remote : c.local) ?? null,
        after: (kept === 'local' ? c.local : c.remote) ?? null,
      })),
      snapshot: { local: Object.fromEntries(f.conflicts.map((c) => [c.field, c.local])), remote: Object.fromEntries(f.conflicts.map((c) => [c.field, c.remote])) },
    })
  }
}
