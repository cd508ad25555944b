import { generateSampleData } from '@shared/sample/generator'
import { MERGE_TABLES, planMerge, syncSettingKey, writeBackup, type ParsedBackup } from '@shared/backup'
import { syncStateSchema } from '@shared/model/stored'
import { nextVersion } from '@shared/domain/record-version'
import type { SupervisionSession } from '@shared/model'
import { SCHEMA_VERSION, StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { ensureDeviceId, openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { mergeBackup } from '@renderer/db/merge'
import { round, timed, type Results } from './metrics'

const SESSIONS = 20_000
const CHANGED = 2_000

async function freshDb(name: string) {
  const db = new StudioDatabase(name)
  await db.delete()
  await db.open()
  return db
}

/** A backup as the laptop writes it: its own device id, which the other laptop's exchange record names. */
async function bytesOf(db: StudioDatabase) {
  const deviceId = await ensureDeviceId(db)
  const tables = await readAllTables(db)
  return writeBackup({ tables, appVersion: 'bench', schemaVersion: SCHEMA_VERSION, deviceId, studioName: deviceId, createdAt: new Date().toISOString() })
}

/** Each side edits `count` sessions from `from` on, one field each, as a save would (next version). */
async function edit(db: StudioDatabase, from: number, count: number, field: 'location' | 'advice', text: string) {
  const at = new Date().toISOString()
  await db.transaction('rw', db.sessions, async () => {
    const rows = await db.sessions.orderBy('[year+seq]').offset(from).limit(count).toArray()
    await db.sessions.bulkPut(rows.map((s: SupervisionSession) => nextVersion(s, { ...s, [field]: `${text} ${s.code}`, updatedAt: at })))
  })
}

/**
 * 合并导入 field by field at studio size: laptop B starts from A's 20,000-session backup, then
 * each changes 2,000 sessions — A the 地点 of the first 2,000, B the 督导意见 of the 1,001st to
 * 3,000th, so 1,000 records changed on both sides meet in the three-way merge (no conflict: other
 * fields). merge.20k.fieldLevel times mergeBackup of B's file into A (read, plan, write in one
 * transaction); .read is opening and validating the file. .bulkput is its yardstick: reading the
 * tables the merge reads (toArray) and one plain bulkPut of the records it writes (its plan,
 * computed here untimed) into a fresh database; merge.20k.fieldLevel.ratio (bench/main.ts) is
 * the merge ÷ that.
 */
export async function benchMerge(results: Results, log: (s: string) => void = () => undefined) {
  const data = generateSampleData({ seed: 11, today: todayString(), persons: 300, projects: 60, sessions: SESSIONS, quarters: 8 })
  const a = await freshDb('bench-merge-a')
  await a.transaction('rw', [a.persons, a.projects, a.progress, a.sessions, a.followUps], async () => {
    await a.persons.bulkAdd(data.persons)
    await a.projects.bulkAdd(data.projects)
    await a.progress.bulkAdd(data.progress)
    for (let i = 0; i < data.sessions.length; i += 1000) await a.sessions.bulkAdd(data.sessions.slice(i, i + 1000))
    for (let i = 0; i < data.followUps.length; i += 1000) await a.followUps.bulkAdd(data.followUps.slice(i, i + 1000))
  })
  const b = await freshDb('bench-merge-b')
  await restoreBackup(b, await openBackupFile(await bytesOf(a)))
  await edit(a, 0, CHANGED, 'location', 'A 改的地点')
  await edit(b, CHANGED / 2, CHANGED, 'advice', 'B 改的意见')
  log('bench merge: laptops ready')

  const bytes = await bytesOf(b)
  results['merge.20k.fieldLevel.bulkput'] = { value: await yardstick(a, await openBackupFile(bytes)), unit: 'ms' }
  const t0 = performance.now()
  const file = await openBackupFile(bytes)
  const t1 = performance.now()
  const result = await mergeBackup(a, file)
  const t2 = performance.now()
  results['merge.20k.fieldLevel'] = { value: round(t2 - t1), unit: 'ms' }
  results['merge.20k.fieldLevel.read'] = { value: round(t1 - t0), unit: 'ms' }
  results['merge.20k.fieldLevel.updated'] = { value: result.updated.sessions, unit: 'count' }
  results['merge.20k.fieldLevel.conflicts'] = { value: result.conflicts.length, unit: 'count' }
  log(`bench merge: ${results['merge.20k.fieldLevel'].value} ms, ${result.updated.sessions} sessions updated`)
  a.close()
  b.close()
  await a.delete()
  await b.delete()
}

/** What IndexedDB alone needs for the merge of `file` into `a`: its reads and its writes, nothing of the planning. */
async function yardstick(a: StudioDatabase, file: ParsedBackup): Promise<number> {
  const local = {} as Parameters<typeof planMerge>[0]['local']
  const read = await timed(() =>
    a.transaction('r', [...MERGE_TABLES, 'revisions'], async () => {
      for (const t of [...MERGE_TABLES, 'revisions'] as const) local[t] = (await a.table(t).toArray()) as Record<string, unknown>[]
    }),
  )
  const row = await a.settings.get(syncSettingKey(file.manifest.deviceId))
  const state = row ? syncStateSchema.safeParse(row.value) : null
  const plan = planMerge({ local, localDeviceId: await ensureDeviceId(a), localSync: state?.success ? state.data : null, remote: file, now: new Date().toISOString(), operator: '' })
  const y = await freshDb('bench-merge-yardstick')
  const put = await timed(() =>
    y.transaction('rw', [...MERGE_TABLES, 'revisions'], async () => {
      for (const t of MERGE_TABLES) await y.table(t).bulkPut(plan.puts[t])
      await y.revisions.bulkPut(plan.revisions)
    }),
  )
  y.close()
  await y.delete()
  return round(read + put)
}
