import { FIELD_LABELS } from '@shared/model/record-labels'
import { db } from '../db/connection'
import { getRecord } from '../db/records'
import type { TableName } from '../db/schema'

/** What a 新增/编辑 dialog needs to settle a save that met a newer stored version (useRecordForm). */
export function recordConflict<R>(table: TableName) {
  return { reload: (id: string) => getRecord<R>(db, table, id), labels: FIELD_LABELS }
}
