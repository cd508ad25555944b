import { planMerge, syncSettingKey, type MergePlan, type ParsedBackup, MERGE_TABLES } from '@shared/backup'
import { syncStateSchema } from '@shared/model/stored'
import { formatTimestamp } from '@shared/text/format'
import { recordConflicts } from './conflicts'
import type { SettingRow } from '@shared/model'
import { nowIso } from './clock'
import { ensureDeviceId } from './backup'
import { getPreferences } from './settings'
import type { StudioDatabase, TableName } from './schema'
import { write } from './write'

export type MergeResult = Omit<MergePlan, 'puts' | 'syncState' | 'revisions'> & { conflictRevisions: number }

const CHUNK = 1000

/**
 * 合并导入: merges another laptop's validated backup into this database. Reads, plans and
 * writes inside ONE transaction, so an edit made meanwhile cannot slip between the plan and
 * the write, and a failure leaves the database as it was.
 */
export async function mergeBackup(db: StudioDatabase, parsed: ParsedBackup, options: { operator?: string } = {}): Promise<MergeResult> {
  const localDeviceId = await ensureDeviceId(db)
  const operator = options.operator ?? (await getPreferences(db)).operatorName
  const now = nowIso()
  const tables: TableName[] = [...MERGE_TABLES, 'revisions', 'settings', 'conflicts']
  return write(
    db,
    tables,
    async () => {
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
        for (const t of MERGE_TABLES) {
          const rows = plan.puts[t]
          for (let i = 0; i < rows.length; i += CHUNK) await db.table(t).bulkPut(rows.slice(i, i + CHUNK))
        }
        for (let i = 0; i < plan.revisions.length; i += CHUNK) await db.revisions.bulkPut(plan.revisions.slice(i, i + CHUNK))
        await db.table('settings').put({ key, value: plan.syncState, updatedAt: now } as unknown as SettingRow)
        const peer = `“${parsed.manifest.studioName || '另一台电脑'}”的备份（${formatTimestamp(parsed.manifest.createdAt)}）`
        const found = plan.conflicts.map((c) => ({ table: c.table, recordId: c.id, title: c.title, reason: c.reason, provisional: c.winner, fields: c.fields }))
        await recordConflicts(db, found, '合并导入', peer, now)
      }
      const { puts: _p, syncState: _s, revisions, ...rest } = plan
      return { ...rest, conflictRevisions: revisions.length - plan.revisionsAdded }
    },
  )
}
