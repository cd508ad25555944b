import { FIELD_LABELS } from '@shared/model/record-labels'
import { db } from '../db/connection'
import { getRecord, restore, type TrashableTable } from '../db/records'
import type { TableName } from '../db/schema'

const TRASHABLE: readonly TableName[] = ['persons', 'projects', 'progress', 'sessions', 'assessments', 'agreements'] satisfies TrashableTable[]

/** What a 新增/编辑 dialog needs to settle a save that met a newer stored version (useRecordForm). */
export function recordConflict<R>(table: TableName) {
  return {
    reload: (id: string) => getRecord<R>(db, table, id),
    // A 跟进事项 goes to the 回收站 only with its 督导记录: it comes back from there, not from its dialog.
    restore: TRASHABLE.includes(table) ? (id: string) => restore(db, table as TrashableTable, id) : undefined,
    labels: FIELD_LABELS,
  }
}
