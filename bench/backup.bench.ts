import { generateSampleData } from '@shared/sample/generator'
import { DEFAULT_IMPORT_DEFAULTS, loadExcelJS } from '@shared/excel'
import { writeBackup } from '@shared/backup'
import { DB_NAME, SCHEMA_VERSION, StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { commitExcelImport, openExcelFile, pickSheet, previewExcelImport } from '@renderer/db/excel-import'
import { exportExcel } from '@renderer/db/excel-export'
import { round, type Results } from './metrics'

const SESSIONS = 20_000
const EXCEL_ROWS = 10_000

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
 * - excel.import.10k: a 10,000-row legacy sheet: read, guess columns, check every row, write (target < 5 s);
 *   .read / .preview / .write are its three steps;
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

  // A legacy sheet as studios kept it: a title row, Chinese dates, names, free text.
  const persons = await src.persons.toArray()
  const sessions = (await src.sessions.limit(EXCEL_ROWS).toArray()).filter((s) => s.date <= today)
  const names = new Map(persons.map((p) => [p.id, p.name]))
  const { Workbook } = await loadExcelJS()
  const wb = new Workbook()
  const ws = wb.addWorksheet('督导记录')
  ws.addRow(['历年督导记录汇总'])
  ws.addRow(['序号', '督导日期', '开始时间', '结束时间', '地点', '督导方式', '督导者', '被督导者', '议题', '督导内容', '督导意见'])
  sessions.forEach((s, i) => {
    const [y, m, d] = s.date.split('-').map(Number)
    ws.addRow([
      i + 1, `${y}年${m}月${d}日`, s.startTime, s.endTime, s.location, s.mode, s.supervisorIds.map((id) => names.get(id)).join('、'),
      s.superviseeIds.map((id) => names.get(id)).join('、'), s.topics.join('、'), s.process, s.advice,
    ])
  })
  const sheet = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
  results['excel.import.10k.bytes'] = { value: sheet.byteLength, unit: 'bytes' }

  const db = await freshDb('bench-excel')
  await bulk(db, 'persons', persons)
  // The same steps as importExcelFile, timed one by one (the total is the metric).
  const t0 = performance.now()
  const sheets = await openExcelFile(sheet)
  const t1 = performance.now()
  const { index, guess } = pickSheet(sheets)
  const preview = await previewExcelImport(db, sheets[index]!, guess.headerRow, guess.mapping, DEFAULT_IMPORT_DEFAULTS, today)
  const t2 = performance.now()
  const { imported } = await commitExcelImport(db, preview, { today })
  const t3 = performance.now()
  results['excel.import.10k'] = { value: round(t3 - t0), unit: 'ms' }
  results['excel.import.10k.read'] = { value: round(t1 - t0), unit: 'ms' }
  results['excel.import.10k.preview'] = { value: round(t2 - t1), unit: 'ms' }
  results['excel.import.10k.write'] = { value: round(t3 - t2), unit: 'ms' }
  results['excel.import.10k.rows'] = { value: imported, unit: 'count' }
  db.close()
  await StudioDatabase.delete('bench-excel')
  log(`bench backup: excel import ${results['excel.import.10k'].value} ms`)
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
