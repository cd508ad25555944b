import { planMerge, syncSettingKey, type MergePlan, type ParsedBackup, MERGE_TABLES } from '@shared/backup'
import { syncStateSchema } from '@shared/model/stored'
import { formatTimestamp } from '@shared/text/format'
import { recordConflicts } from './conflicts'
import type { SettingRow } from '@shared/model'
import { nowIso } from './clock'
import { ensureDeviceId } from './backup'
import { getPreferences } from './settings'
import type { StudioDatabase, TableName } from './schema'
import { bulkWrite, type BulkOptions } from './bulk-write'

export type MergeResult = Omit<MergePlan, 'puts' | 'syncState' | 'revisions'> & { conflictRevisions: number }

/**
 * 合并导入: merges another laptop's validated backup into this database. Reads, plans and
 * writes inside ONE transaction, so an edit made meanwhile cannot slip between the plan and
 * the write, and a failure leaves the database as it was.
 */
export async function mergeBackup(
  db: StudioDatabase,
  parsed: ParsedBackup,
  options: { operator?: string } & BulkOptions = {},
): Promise<MergeResult> {
  const localDeviceId = await ensureDeviceId(db)
  const operator = options.operator ?? (await getPreferences(db)).operatorName
  const now = nowIso()
  const tables: TableName[] = [...MERGE_TABLES, 'revisions', 'settings', 'conflicts']
  return bulkWrite(
    db,
    tables,
    async (writer) => {
      const local = {} as Parameters<typeof planMerge>[0]['local']
      for (const t of [...MERGE_TABLES, 'revisions'] as const) local[t] = (await db.table(t).toArray()) as Record<string, unknown>[]
      const key = syncSettingKey(parsed.manifest.deviceId)
      const row = await db.table('settings').get(key)
      const state = row ? syncStateSchema.safeParse(row.value) : null
      const plan = planMerge({
        local,
        localDeviceId,
        localSync: state?.success ? state.data : null,
        remote: parsed,
        now,
        operator,
      })
      if (!plan.noop) {
        // The plan's records already carry their next versions (planMerge).
        await writer.write([...MERGE_TABLES.map((t) => ({ table: t, rows: plan.puts[t] })), { table: 'revisions', rows: plan.revisions }])
        await db.table('settings').put({ key, value: plan.syncState, updatedAt: now } as unknown as SettingRow)
        const peer = `“${parsed.manifest.studioName || '另一台电脑'}”的备份（${formatTimestamp(parsed.manifest.createdAt)}）`
        const found = plan.conflicts.map((c) => ({ table: c.table, recordId: c.id, title: c.title, reason: c.reason, provisional: c.winner, fields: c.fields }))
        await recordConflicts(db, found, '合并导入', peer, now)
      }
      const { puts: _p, syncState: _s, revisions, ...rest } = plan
      return { ...rest, conflictRevisions: revisions.length - plan.revisionsAdded }
    },
    // Can be run again (the same file merges the same way; the desktop app also keeps a safety
    // backup from before it, backup-flow.ts): relaxed durability.
    { signal: options.signal, onProgress: options.onProgress, durability: 'relaxed' },
  )
}
