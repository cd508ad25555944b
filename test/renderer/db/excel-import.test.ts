import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExcelReadError, hashText, ImportBlockedError, ImportCancelledError } from '@shared/excel'
import { importExcelFile, NO_HEADER_MESSAGE } from '@renderer/db/excel-import'
import { exportExcel } from '@renderer/db/excel-export'
import { readAllTables } from '@renderer/db/backup'
import type { StudioDatabase } from '@renderer/db/schema'
import { makeXlsx } from '../../shared/excel/xlsx'
import { dropDb, freshDb, tableCounts } from './helpers'
import { freshDatabaseEachTest } from './fresh-databases'
import { buildStudio } from './studio-fixture'

const today = '2025-06-30'
const legacy = () =>
  makeXlsx([
    {
      name: '督导记录',
      rows: [
        ['林泉社区 2025 年督导记录'],
        ['序号', '督导日期', '开始时间', '结束时间', '地点', '方式', '督导者', '被督导者', '议题', '督导内容', '督导意见'],
        [1, '2025年3月6日', '14:00', '15:30', '林泉社区服务站', '个别', '周晓岚', '韩雨桐', '个案工作', '回顾独居老人个案', '先建立信任'],
        [2, '2025.3.13', '9:00', '11:00', '线上', '团体', '周晓岚', '韩雨桐、陆文静', '小组工作', '小组复盘', '注意分工'],
        [null, null, null, null, null, null, null, null, null, null, null],
        [3, '２０２５／３／２０', '９：００', '１０：００', '福鼎社区', '现场', '周晓岚', '陆文静', '', '', ''],
        [4, '下周', '9:00', '10:00', '', '', '周晓岚', '韩雨桐', '', '', ''],
        [5, '2024/12/30', '14:00', '15:00', '', '', '周晓岚', '韩雨桐', '', '', ''],
      ],
      merges: ['A1:K1'],
    },
  ])

describe('Excel import into the database', () => {
  let db: StudioDatabase
  freshDatabaseEachTest((fresh) => {
    db = fresh
  })

  it('imports valid rows in one go, numbers them after the existing 编号, creates unknown people once', async () => {
    await buildStudio(db) // 3 sessions of 2025: DD-2025-0001..0003
    const { preview, result } = await importExcelFile(db, await legacy(), { today, yearConfirmed: true })
    expect(preview.counts).toEqual({ rows: 5, ok: 4, error: 1, duplicate: 0, summary: 0, empty: 1 })
    expect(result).toMatchObject({ imported: 4, followUps: 0, alreadyImported: 0, newPersons: ['陆文静'], newProjects: [] })
    expect(result.codes).toEqual([
      { year: 2024, first: 'DD-2024-0001', last: 'DD-2024-0001', count: 1 },
      { year: 2025, first: 'DD-2025-0004', last: 'DD-2025-0006', count: 3 },
    ])
    const s = await db.sessions.where('code').equals('DD-2025-0006').first()
    expect(s).toMatchObject({ date: '2025-03-20', startTime: '09:00', endTime: '10:00', durationMinutes: 60, mode: '现场督导', location: '福鼎社区', status: '草稿', sensitive: 0, rev: 1 })
    expect(s!.importKey).toBe(preview.rows[2]!.key)
    const lu = await db.persons.filter((p) => p.name === '陆文静').toArray()
    expect(lu).toHaveLength(1)
    expect(lu[0]).toMatchObject({ role: '社工', qualification: '无', rev: 1 })
    expect(s!.superviseeIds).toEqual([lu[0]!.id])
  })

  it('a ledger with follow-ups, projects spelt loosely, abbreviations, a year-less date and a 合计 row', async () => {
    const { project, w1, w2, sup } = await buildStudio(db)
    const bytes = await makeXlsx([
      {
        name: '台账',
        rows: [
          ['2025年林泉社区督导台账'],
          ['序号', '日期', '时间', '方式', '功能', '督导者', '被督导者', '项目', '督导内容', '跟进事项', '跟进负责人'],
          [1, '3月6日', '14:00-15:30', '个督', '教育、支持', '周晓岚', '韩雨桐', '「共享儿女」', '回顾独居老人个案', '1. 整理个案档案（3月20日前）\n2. 联系家属（已完成 3月18日）', '韩雨桐'],
          [2, '2025.3.13', '9:00-11:00', '团督', '行政', '周晓岚', '韩雨桐、程思远', '林泉社区“共享儿女”项目；青少年心理辅导', '小组复盘', '程思远：提交小组计划；跟进低保申请——进行中', '程思远'],
          ['合计', null, null, null, null, null, null, null, '2 次', null, null],
        ],
      },
    ])
    const before = await tableCounts(db)
    const { preview, result } = await importExcelFile(db, bytes, {
      today,
      yearConfirmed: true,
      decideProjects: (name) => (name === '青少年心理辅导' ? { kind: 'create' } : { kind: 'link', projectId: project.id }),
    })
    expect(preview.counts).toEqual({ rows: 3, ok: 2, error: 0, duplicate: 0, summary: 1, empty: 0 })
    expect(result).toMatchObject({ imported: 2, followUps: 4, linked: 2, newPersons: [], newProjects: ['青少年心理辅导'] })
    expect(await tableCounts(db)).toMatchObject({ sessions: before.sessions! + 2, followUps: before.followUps! + 4, projects: before.projects! + 1, persons: before.persons })
    const youth = (await db.projects.filter((p) => p.name === '青少年心理辅导').toArray())[0]!
    expect(youth).toMatchObject({ community: '待补充', field: '其他', startDate: '2025-03-13', endDate: '2025-12-31', status: '进行中', rev: 1 })
    const [a, b] = await db.sessions.where('code').anyOf('DD-2025-0004', 'DD-2025-0005').sortBy('code')
    expect(a).toMatchObject({ date: '2025-03-06', startTime: '14:00', endTime: '15:30', mode: '个别督导', functions: ['教育', '支持'], supervisorIds: [sup.id], superviseeIds: [w1.id], projectIds: [project.id], process: '回顾独居老人个案' })
    expect(b).toMatchObject({ date: '2025-03-13', mode: '团体督导', functions: ['行政'], superviseeIds: [w1.id, w2.id], projectIds: [project.id, youth.id] })
    const items = async (sessionId: string) =>
      (await db.followUps.where('sessionId').equals(sessionId).toArray())
        .map((f) => [f.content, f.ownerId, f.dueDate, f.status, f.completedDate, f.rev])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])))
    expect(await items(a!.id)).toEqual([
      ['整理个案档案', w1.id, '2025-03-20', '待办', null, 1],
      ['联系家属', w1.id, '2025-04-05', '已完成', '2025-03-18', 1],
    ])
    expect(await items(b!.id)).toEqual([
      ['提交小组计划', w2.id, '2025-04-12', '待办', null, 1],
      ['跟进低保申请', w2.id, '2025-04-12', '进行中', null, 1],
    ])
    // Again: nothing new, the 合计 row still not a record.
    const again = await importExcelFile(db, bytes, { today, yearConfirmed: true, decideProjects: () => ({ kind: 'none' }) })
    expect(again.preview.counts).toMatchObject({ ok: 0, duplicate: 2, summary: 1 })
    expect(again.result.imported).toBe(0)
  })

  it('the same file imported twice adds nothing the second time', async () => {
    const bytes = await legacy()
    await importExcelFile(db, bytes, { today })
    const before = await readAllTables(db)
    const { preview, result } = await importExcelFile(db, bytes, { today })
    expect(preview.counts).toMatchObject({ ok: 0, duplicate: 4, error: 1 })
    expect(preview.rows[0]!.errors[0]).toMatch(/^此行已导入过（DD-2025-\d{4}），不再重复导入$/)
    expect(result.imported).toBe(0)
    expect(await readAllTables(db)).toEqual(before)
  })

  it('rows imported before schema v5 (fingerprints in settings) are still recognised', async () => {
    const bytes = await makeXlsx([
      { rows: [['督导日期', '开始时间', '结束时间', '地点', '方式', '督导者', '被督导者', '议题', '督导内容', '督导意见'], ['2025年3月6日', '14:00', '15:30', '林泉社区服务站', '个别', '周晓岚', '韩雨桐', '个案工作', '回顾独居老人个案', '先建立信任']] },
    ])
    const { sessions } = await buildStudio(db)
    // What the import before v5 stored: the fingerprint of the session's content → the session's id.
    const fp = hashText(['2025-03-06', '14:00', '15:30', '周晓岚', '韩雨桐', '林泉社区服务站', '个别督导', '教育', '个案工作', '', '回顾独居老人个案', '先建立信任', '', ''].join('\u0001'))
    await db.settings.put({ key: 'excelImport', value: { fingerprints: { [fp]: sessions[0]!.id } }, updatedAt: '2025-05-01T00:00:00.000Z' })
    const before = await tableCounts(db)
    const { preview, result } = await importExcelFile(db, bytes, { today })
    expect(preview.rows[0]!.errors).toEqual(['此行已导入过（DD-2025-0001），不再重复导入'])
    expect(result.imported).toBe(0)
    expect(await tableCounts(db)).toEqual(before)
  })

  it('exports the lists with Chinese headers; re-importing the export adds nothing (编号 known)', async () => {
    await buildStudio(db)
    const bytes = await exportExcel(db, { sheets: ['sessions', 'followUps', 'projects', 'persons', 'assessments'], includeSensitive: false, today })
    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['督导记录', '跟进事项', '服务项目', '人员']) // no assessments yet: no sheet
    const header = (wb.getWorksheet('督导记录')!.getRow(1).values as unknown[]).slice(1, 6)
    expect(header).toEqual(['编号', '督导日期', '开始时间', '结束时间', '时长（分钟）'])
    expect(wb.getWorksheet('督导记录')!.getRow(2).getCell(1).value).toBe('DD-2025-0001')
    expect(wb.getWorksheet('人员')!.rowCount).toBe(4)
    const before = await tableCounts(db)
    const { preview } = await importExcelFile(db, bytes, { today, skipUnmapped: true, decideProjects: () => ({ kind: 'none' }) })
    expect(preview.counts).toMatchObject({ ok: 0, duplicate: 3 })
    expect(await tableCounts(db)).toEqual(before)
  })
})

describe('bad input: a clear Chinese message and the database unchanged', () => {
  let db: StudioDatabase
  let before: Record<string, number>
  beforeEach(async () => {
    db = freshDb()
    await buildStudio(db)
    before = await tableCounts(db)
  })
  afterEach(async () => {
    await dropDb(db)
  })

  it('a sheet without a recognisable header', async () => {
    const bytes = await makeXlsx([{ rows: [['甲', '乙', '丙'], ['1', '2', '3']] }])
    const err = await importExcelFile(db, bytes, { today }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ExcelReadError)
    expect((err as Error).message).toBe(NO_HEADER_MESSAGE)
    expect(await tableCounts(db)).toEqual(before)
  })

  it('a file that is not an xlsx', async () => {
    const err = await importExcelFile(db, new TextEncoder().encode('日期,督导者'), { today }).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/^所选文件不是 Excel 表格/)
    expect(await tableCounts(db)).toEqual(before)
  })

  it('a date column of text imports nothing', async () => {
    const bytes = await makeXlsx([{ rows: [['日期', '督导者', '被督导者', '时长'], ['三月', '周晓岚', '韩雨桐', 1], ['同上', '周晓岚', '韩雨桐', 1], ['见附件', '周晓岚', '韩雨桐', 1]] }])
    const { preview, result } = await importExcelFile(db, bytes, { today })
    expect(preview.dateColumnSuspect).toBe(true)
    expect(result.imported).toBe(0)
    expect(await tableCounts(db)).toEqual(before)
  })

  it('a column with data the user left unmapped: blocked until a choice is made', async () => {
    const bytes = await makeXlsx([{ rows: [['日期', '时间', '督导者', '被督导者', '联系电话', '满意度'], ['2025-03-06', '9:00-10:00', '周晓岚', '韩雨桐', '13800000000', '满意']] }])
    const err = await importExcelFile(db, bytes, { today }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ImportBlockedError)
    expect((err as Error).message).toBe('还有 2 列有数据但未选择去向：E 列“联系电话”、F 列“满意度”。请为每一列选择对应的项目、追加到文字字段，或选择“不导入”。')
    expect(await tableCounts(db)).toEqual(before)
  })

  it('project names not confirmed: blocked, each named', async () => {
    const bytes = await makeXlsx([{ rows: [['日期', '时间', '督导者', '被督导者', '项目'], ['2025-03-06', '9:00-10:00', '周晓岚', '韩雨桐', '共享儿女'], ['2025-03-07', '9:00-10:00', '周晓岚', '韩雨桐', '新项目']] }])
    const err = await importExcelFile(db, bytes, { today }).catch((e: unknown) => e)
    expect((err as Error).message).toBe('还有 2 个项目名称未确认：“共享儿女”、“新项目”')
    expect(await tableCounts(db)).toEqual(before)
  })

  it('a year-less date with no year anywhere: the row asks for it', async () => {
    const bytes = await makeXlsx([{ name: 'Sheet1', rows: [['日期', '时间', '督导者', '被督导者'], ['3月6日', '9:00-10:00', '周晓岚', '韩雨桐']] }])
    const { preview, result } = await importExcelFile(db, bytes, { today, fileName: '督导台账.xlsx', yearConfirmed: true })
    expect(preview.rows[0]!.errors).toEqual(['日期缺少年份：“3月6日”。表格标题、工作表名、文件名和相邻行都没有年份：请在上方指定年份，或在此填写完整日期'])
    expect(result.imported).toBe(0)
    expect(await tableCounts(db)).toEqual(before)
  })

  it('an assumed year not confirmed: blocked', async () => {
    const bytes = await makeXlsx([{ rows: [['日期', '时间', '督导者', '被督导者'], ['3月6日', '9:00-10:00', '周晓岚', '韩雨桐']] }])
    const err = await importExcelFile(db, bytes, { today, fileName: '2025年督导台账.xlsx' }).catch((e: unknown) => e)
    expect((err as Error).message).toBe('有 1 行的日期没有年份，请先确认推定的年份')
    expect(await tableCounts(db)).toEqual(before)
  })

  it('a formula cell without a value: flagged, not imported as empty', async () => {
    const bytes = await makeXlsx([{ rows: [['日期', '时间', '督导者', '被督导者', '督导内容'], ['2025-03-06', '9:00-10:00', '周晓岚', '韩雨桐', { formula: 'CONCAT(A1,B1)' }]] }])
    const { preview, result } = await importExcelFile(db, bytes, { today })
    expect(preview.rows[0]!.errors).toEqual(['E 列“督导内容”是公式“=CONCAT(A1,B1)”，文件中没有保存计算结果：请在 Excel 或 WPS 中打开、重新计算并保存后再导入，或在此改正'])
    expect(result.imported).toBe(0)
    expect(await tableCounts(db)).toEqual(before)
  })

  it('a cancelled import: nothing written', async () => {
    const bytes = await legacy()
    const reading = await importExcelFile(db, bytes, { today, signal: AbortSignal.abort() }).catch((e: unknown) => e)
    expect(reading).toBeInstanceOf(ImportCancelledError)
    expect((reading as Error).message).toBe('已取消导入，没有写入任何数据。')
    expect(await tableCounts(db)).toEqual(before)
  })

  it('two ledgers on two sheets: one at a time, each once', async () => {
    const header = ['日期', '时间', '督导者', '被督导者']
    const bytes = await makeXlsx([
      { name: '说明', rows: [['个督=个别督导，团督=团体督导']] },
      { name: '2024年', rows: [header, ['3月6日', '9:00-10:00', '周晓岚', '韩雨桐'], ['3月13日', '9:00-10:00', '周晓岚', '韩雨桐']] },
      { name: '2025年', rows: [header, ['3月6日', '9:00-10:00', '周晓岚', '韩雨桐']] },
    ])
    const first = await importExcelFile(db, bytes, { today, yearConfirmed: true })
    expect(first.sheets.map((s) => s.name)).toEqual(['说明', '2024年', '2025年'])
    expect(first.result.codes).toEqual([{ year: 2024, first: 'DD-2024-0001', last: 'DD-2024-0002', count: 2 }])
    expect((await tableCounts(db)).sessions).toBe(before.sessions! + 2)
    const second = await importExcelFile(db, bytes, { today, sheet: 2, yearConfirmed: true })
    expect(second.result.codes).toEqual([{ year: 2025, first: 'DD-2025-0004', last: 'DD-2025-0004', count: 1 }])
    // The same text on another sheet is another ledger (another year): the 2025 row is not the 2024 one.
    expect((await tableCounts(db)).sessions).toBe(before.sessions! + 3)
    const again = await importExcelFile(db, bytes, { today, sheet: 1, yearConfirmed: true })
    expect(again.result.imported).toBe(0)
    expect((await tableCounts(db)).sessions).toBe(before.sessions! + 3)
  })
})
