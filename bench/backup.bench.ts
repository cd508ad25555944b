import { generateSampleData } from '@shared/sample/generator'
import { writeBackup } from '@shared/backup'
import { DB_NAME, SCHEMA_VERSION, StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { exportExcel } from '@renderer/db/excel-export'
import { round, type Results } from './metrics'

const SESSIONS = 20_000

async function freshDb(name: string) {
  const db = new StudioDatabase(name)
  await db.delete()
  await db.open()
  return db
}

async function bulk<T>(db: StudioDatabase, table: string, rows: T[]) {
  await db.transaction('rw', db.table(table), async () => {
    for (let i = 0; i < rows.length; i += 1000) await db.table(table).bulkAdd(rows.slice(i, i + 1000))
  })
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return round(performance.now() - t0)
}

/**
 * 备份与恢复 and Excel on 20,000 sessions. The source is the app's database when the
 * 督导记录 bench (sessions.bench.ts) has just filled it with 20,000 generated sessions (read
 * only here), else a database of its own. Each figure is one timed run after a warm-up where
 * cheap enough: IndexedDB writes of ~50,000 records dominate and repeat runs only add minutes.
 * - backup.export.20k: read every table (one transaction) and write the .sgbak (JSON, SHA-256, zip);
 * - backup.restore.20k: open and validate that file, then replace a database with it (one transaction);
 * - excel.export.20k: the 督导记录/跟进事项/项目/人员 workbook.
 */
export async function benchBackup(results: Results, log: (s: string) => void = () => undefined) {
  const today = todayString()
  let src = new StudioDatabase(DB_NAME)
  await src.open()
  let own = false
  if ((await src.sessions.count()) < SESSIONS) {
    src.close()
    own = true
    const data = generateSampleData({ seed: 5, today, persons: 300, projects: 60, sessions: SESSIONS, quarters: 8 })
    src = await freshDb('bench-backup-src')
    await bulk(src, 'persons', data.persons)
    await bulk(src, 'projects', data.projects)
    await bulk(src, 'progress', data.progress)
    await bulk(src, 'sessions', data.sessions)
    await bulk(src, 'followUps', data.followUps)
  }
  log('bench backup: source ready')

  let bytes: Uint8Array = new Uint8Array()
  const exportOnce = async () => {
    const tables = await readAllTables(src)
    bytes = await writeBackup({ tables, appVersion: 'bench', schemaVersion: SCHEMA_VERSION, deviceId: 'bench', studioName: '', createdAt: new Date().toISOString() })
  }
  await exportOnce()
  results['backup.export.20k'] = { value: await timed(exportOnce), unit: 'ms' }
  results['backup.size.20k'] = { value: bytes.byteLength, unit: 'bytes' }
  log(`bench backup: export ${results['backup.export.20k'].value} ms`)

  results['excel.export.20k'] = {
    value: await timed(() => exportExcel(src, { sheets: ['sessions', 'followUps', 'projects', 'persons'], includeSensitive: true })),
    unit: 'ms',
  }
  log(`bench backup: excel export ${results['excel.export.20k'].value} ms`)

  if (own) {
    src.close()
    await StudioDatabase.delete('bench-backup-src')
  } else src.close()

  // Last: restoring 20,000 sessions and deleting that database leaves Chromium compacting
  // IndexedDB for a while, which slowed whatever was timed next by up to 2×.
  const dst = await freshDb('bench-backup-dst')
  results['backup.restore.20k'] = { value: await timed(async () => restoreBackup(dst, await openBackupFile(bytes))), unit: 'ms' }
  const restored = await dst.sessions.count()
  if (restored < SESSIONS) throw new Error(`restore wrote ${restored} sessions, expected ${SESSIONS}`)
  dst.close()
  await StudioDatabase.delete('bench-backup-dst')
  log(`bench backup: restore ${results['backup.restore.20k'].value} ms`)
}
