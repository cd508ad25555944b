import { generateSampleData } from '@shared/sample/generator'
import { loadExcelJS, prepareImport, type ProjectDecision } from '@shared/excel'
import { StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { firstSetup, openExcelFile, previewExcelImport, writeExcelImport } from '@renderer/db/excel-import'
import { write } from '@renderer/db/write'
import { round, type Results } from './metrics'

const ROWS = 10_000
const CHUNK = 1000
/** Yardstick and import, each this many times in turn; the medians are the figures. */
const RUNS = 3

async function bulk<T>(db: StudioDatabase, table: string, rows: T[]) {
  await db.transaction('rw', db.table(table), async () => {
    for (let i = 0; i < rows.length; i += CHUNK) await db.table(table).bulkAdd(rows.slice(i, i + CHUNK))
  })
}

const MODES: Record<string, string> = { 个别督导: '个督', 团体督导: '团督', 朋辈督导: '朋辈', 现场督导: '现场', 线上督导: '视频' }

/**
 * Excel import of a 10,000-row legacy ledger as studios keep it: a title row, dates written
 * 2024年3月6日, 方式 abbreviated (个督, 团督…), a 项目 column, a 跟进事项 column with one or two
 * numbered items, a 合计 row at the end.
 * - excel.import.10k: read the workbook, set up the sheet, preview every row, prepare and write (target < 5 s);
 *   .read / .preview / .write are its steps;
 * - excel.import.10k.bulkput: the yardstick of .write (target ≤ 1.3×): the very records the import
 *   wrote (sessions and follow-ups), put with a plain chunked bulkPut in one transaction into
 *   the same tables of a fresh database, in the same run.
 *   excel.import.10k.ratio (bench/main.ts) is .write ÷ .bulkput;
 * - excel.import.10k.bulkput.outbox: the same puts inside write(), which adds one sync-outbox row
 *   per record as every write of the app does; excel.import.10k.ratio.outbox is .write ÷ it, the
 *   part of the gap that is the import's own work.
 * A first import into a throwaway database warms the code up and gives the yardstick its records;
 * then yardstick and import run in turn, three times each, and the medians are reported.
 */
export async function benchExcel(results: Results, log: (s: string) => void = () => undefined) {
  const today = todayString()
  const data = generateSampleData({ seed: 9, today, persons: 300, projects: 60, sessions: ROWS + 500, quarters: 8 })
  const names = new Map(data.persons.map((p) => [p.id, p.name]))
  const projectNames = new Map(data.projects.map((p) => [p.id, p.name]))
  const sessions = data.sessions.filter((s) => s.date <= today).slice(0, ROWS)
  const { Workbook } = await loadExcelJS()
  const wb = new Workbook()
  const ws = wb.addWorksheet('督导台账')
  ws.addRow(['历年督导台账'])
  ws.addRow(['序号', '督导日期', '开始时间', '结束时间', '地点', '方式', '督导者', '被督导者', '项目', '议题', '督导内容', '督导意见', '跟进事项'])
  sessions.forEach((s, i) => {
    const [y, m, d] = s.date.split('-').map(Number)
    const follow = i % 3 === 0 ? `1. 整理第 ${i + 1} 次督导的个案记录（${m}月${Math.min(d! + 7, 28)}日前）\n2. 联系服务对象家属` : i % 3 === 1 ? '提交活动总结' : ''
    ws.addRow([
      i + 1, `${y}年${m}月${d}日`, s.startTime, s.endTime, s.location, MODES[s.mode], s.supervisorIds.map((id) => names.get(id)).join('、'),
      s.superviseeIds.map((id) => names.get(id)).join('、'), s.projectIds.map((id) => projectNames.get(id)).join('、'), s.topics.join('、'), s.process, s.advice, follow,
    ])
  })
  ws.addRow(['合计', null, null, null, null, null, null, null, null, null, `${sessions.length} 次`])
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
  results['excel.import.10k.bytes'] = { value: bytes.byteLength, unit: 'bytes' }

  const importInto = async (db: StudioDatabase) => {
    const t0 = performance.now()
    const [sheet] = await openExcelFile(bytes)
    const t1 = performance.now()
    const { setup, columns } = firstSetup(sheet!, 'bench.xlsx')
    const { preview } = await previewExcelImport(db, sheet!, columns, setup, today)
    const decisions = Object.fromEntries(preview.projects.filter((p) => p.match.kind !== 'exact').map((p) => [p.name, { kind: 'create' } as ProjectDecision]))
    const batch = prepareImport(preview, decisions, { yearConfirmed: true })
    const t2 = performance.now()
    const result = await writeExcelImport(db, batch)
    const t3 = performance.now()
    return { total: t3 - t0, read: t1 - t0, preview: t2 - t1, write: t3 - t2, result }
  }
  const seeded = async (name: string) => {
    const db = new StudioDatabase(name)
    await db.delete()
    await db.open()
    await bulk(db, 'persons', data.persons)
    await bulk(db, 'projects', data.projects)
    return db
  }

  const warm = await seeded('bench-excel-warm')
  await importInto(warm)
  const written = { sessions: await warm.sessions.toArray(), followUps: await warm.followUps.toArray() }
  warm.close()
  log('bench excel: warmed up')

  // Yardstick and import in turn, three times each, into fresh databases; none is deleted
  // before the end (Chromium compacts a deleted database for a while, slowing what runs next).
  const databases: string[] = ['bench-excel-warm']
  const bulkPuts: number[] = []
  const outboxPuts: number[] = []
  const runs: Awaited<ReturnType<typeof importInto>>[] = []
  for (let round = 0; round < RUNS; round++) {
    const yard = await seeded(`bench-excel-yardstick-${round}`)
    databases.push(yard.name)
    const y0 = performance.now()
    await yard.transaction('rw', [yard.sessions, yard.followUps], async () => {
      for (let i = 0; i < written.sessions.length; i += CHUNK) await yard.sessions.bulkPut(written.sessions.slice(i, i + CHUNK))
      for (let i = 0; i < written.followUps.length; i += CHUNK) await yard.followUps.bulkPut(written.followUps.slice(i, i + CHUNK))
    })
    bulkPuts.push(performance.now() - y0)
    yard.close()
    // The same puts through write(), which lists every record in the sync outbox as the import must.
    const listed = await seeded(`bench-excel-outbox-${round}`)
    databases.push(listed.name)
    const o0 = performance.now()
    await write(listed, ['sessions', 'followUps'], async () => {
      for (let i = 0; i < written.sessions.length; i += CHUNK) await listed.sessions.bulkPut(written.sessions.slice(i, i + CHUNK))
      for (let i = 0; i < written.followUps.length; i += CHUNK) await listed.followUps.bulkPut(written.followUps.slice(i, i + CHUNK))
    })
    outboxPuts.push(performance.now() - o0)
    listed.close()
    const db = await seeded(`bench-excel-${round}`)
    databases.push(db.name)
    runs.push(await importInto(db))
    db.close()
  }
  for (const name of databases) await StudioDatabase.delete(name)
  const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)
  results['excel.import.10k'] = { value: median(runs.map((r) => r.total)), unit: 'ms' }
  results['excel.import.10k.read'] = { value: median(runs.map((r) => r.read)), unit: 'ms' }
  results['excel.import.10k.preview'] = { value: median(runs.map((r) => r.preview)), unit: 'ms' }
  results['excel.import.10k.write'] = { value: median(runs.map((r) => r.write)), unit: 'ms' }
  results['excel.import.10k.bulkput'] = { value: median(bulkPuts), unit: 'ms' }
  results['excel.import.10k.bulkput.outbox'] = { value: median(outboxPuts), unit: 'ms' }
  results['excel.import.10k.rows'] = { value: runs[0]!.result.imported, unit: 'count' }
  results['excel.import.10k.followUps'] = { value: runs[0]!.result.followUps, unit: 'count' }
  log(`bench excel: import ${results['excel.import.10k'].value} ms, write ${results['excel.import.10k.write'].value} ms, bulkPut ${results['excel.import.10k.bulkput'].value} ms`)
}
