import { generateSampleData } from '@shared/sample/generator'
import { writeBackup, type ParsedBackup } from '@shared/backup'
import { BACKUP_TABLES } from '@shared/model/stored'
import { write } from '@renderer/db/write'
import { DB_NAME, SCHEMA_VERSION, StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { exportExcel } from '@renderer/db/excel-export'
import { median, timed, type Results } from './metrics'

const SESSIONS = 20_000
/** Restore, the restore as it was, and the yardstick: each this many times in turn (medians). */
const RESTORE_RUNS = 3

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

/**
 * 备份与恢复 and Excel on 20,000 sessions. The source is the app's database when the
 * 督导记录 bench (sessions.bench.ts) has just filled it with 20,000 generated sessions (read
 * only here), else a database of its own. Each figure is one timed run after a warm-up where
 * cheap enough: IndexedDB writes of ~50,000 records dominate and repeat runs only add minutes.
 * - backup.export.20k: read every table (one transaction) and write the .sgbak (JSON, SHA-256, zip);
 * - backup.restore.20k: open and validate that file, then replace a database with it (one transaction),
 *   median of RESTORE_RUNS; .before: the same with the write loop restore had before the bulk
 *   writer (restoreAsBefore); .bulkput: the yardstick, one plain bulkPut per table of the very
 *   records of the file into a fresh database with the same indexes, one transaction; .open:
 *   opening and checking the file alone (unzip, SHA-256, validation), part of the restore; backup.restore.20k.ratio (bench/main.ts) = restore ÷ bulkput;
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
  // IndexedDB for a while, which slowed whatever was timed next by up to 2×. So the three
  // variants run in turn, RESTORE_RUNS times, into fresh databases deleted only at the end.
  const restores: number[] = []
  const befores: number[] = []
  const yardsticks: number[] = []
  const opens: number[] = []
  const databases: string[] = []
  const fresh = async () => {
    const db = await freshDb(`bench-backup-dst-${databases.length}`)
    databases.push(db.name)
    return db
  }
  for (let run = 0; run < RESTORE_RUNS; run++) {
    const dst = await fresh()
    restores.push(await timed(async () => restoreBackup(dst, await openBackupFile(bytes))))
    const restored = await dst.sessions.count()
    if (restored < SESSIONS) throw new Error(`restore wrote ${restored} sessions, expected ${SESSIONS}`)
    dst.close()
    const old = await fresh()
    befores.push(await timed(async () => restoreAsBefore(old, await openBackupFile(bytes))))
    old.close()
    const yard = await fresh()
    let parsed: ParsedBackup | undefined
    opens.push(await timed(async () => (parsed = await openBackupFile(bytes))))
    yardsticks.push(await timed(() => yard.transaction('rw', BACKUP_TABLES, async () => {
      for (const t of BACKUP_TABLES) await yard.table(t).bulkPut(parsed!.tables[t])
    })))
    yard.close()
    log(`bench backup: restore run ${run + 1}: ${restores.at(-1)} ms, before ${befores.at(-1)} ms, bulkPut ${yardsticks.at(-1)} ms`)
  }
  for (const name of databases) await StudioDatabase.delete(name)
  results['backup.restore.20k'] = { value: median(restores), unit: 'ms' }
  results['backup.restore.20k.before'] = { value: median(befores), unit: 'ms' }
  results['backup.restore.20k.bulkput'] = { value: median(yardsticks), unit: 'ms' }
  results['backup.restore.20k.open'] = { value: median(opens), unit: 'ms' }
}

/**
 * Restore as it wrote before the bulk writer (kept here for the before/after figure of the same
 * run): every table emptied, then 1,000 rows at a time, each awaited, in one write transaction.
 * The settings the real restore keeps from this laptop are a handful of rows: left out.
 */
async function restoreAsBefore(db: StudioDatabase, parsed: ParsedBackup) {
  await write(db, BACKUP_TABLES, async () => {
    for (const t of BACKUP_TABLES) {
      const table = db.table(t)
      await table.clear()
      const rows = parsed.tables[t]
      for (let i = 0; i < rows.length; i += 1000) await table.bulkAdd(rows.slice(i, i + 1000))
    }
  })
}
