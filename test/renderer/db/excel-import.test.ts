import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExcelReadError } from '@shared/excel'
import { BACKUP_TABLES } from '@shared/model/stored'
import { importExcelFile, NO_HEADER_MESSAGE } from '@renderer/db/excel-import'
import { exportExcel } from '@renderer/db/excel-export'
import { readAllTables } from '@renderer/db/backup'
import { setClockForTests } from '@renderer/db/clock'
import type { StudioDatabase } from '@renderer/db/schema'
import { makeXlsx } from '../../shared/excel/xlsx'
import { dropDb, freshDb } from './helpers'
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

async function counts(db: StudioDatabase) {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).count()] as const)))
}

describe('Excel import into the database', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(async () => {
    setClockForTests(null)
    await dropDb(db)
  })

  it('imports valid rows in one go, numbers them after the existing 编号, creates unknown people once', async () => {
    await buildStudio(db) // 3 sessions of 2025: DD-2025-0001..0003
    const { preview, summary } = await importExcelFile(db, await legacy(), { today })
    expect(preview.counts).toEqual({ rows: 5, ok: 4, error: 1, duplicate: 0, empty: 1 })
    expect(summary).toMatchObject({ imported: 4, skippedErrors: 1, duplicates: 0, emptyRows: 1, newPersons: ['陆文静'] })
    expect(summary.codes).toEqual([
      { year: 2024, first: 'DD-2024-0001', last: 'DD-2024-0001', count: 1 },
      { year: 2025, first: 'DD-2025-0004', last: 'DD-2025-0006', count: 3 },
    ])
    const s = await db.sessions.where('code').equals('DD-2025-0006').first()
    expect(s).toMatchObject({ date: '2025-03-20', startTime: '09:00', endTime: '10:00', durationMinutes: 60, mode: '现场督导', location: '福鼎社区', status: '草稿', sensitive: 0 })
    const lu = await db.persons.filter((p) => p.name === '陆文静').toArray()
    expect(lu).toHaveLength(1)
    expect(lu[0]).toMatchObject({ role: '社工', qualification: '无' })
    expect(s!.superviseeIds).toEqual([lu[0]!.id])
  })

  it('the same file imported twice adds nothing the second time', async () => {
    const bytes = await legacy()
    await importExcelFile(db, bytes, { today })
    const before = await readAllTables(db)
    const { preview, summary } = await importExcelFile(db, bytes, { today })
    expect(preview.counts).toMatchObject({ ok: 0, duplicate: 4, error: 1 })
    expect(preview.rows[0]!.errors[0]).toMatch(/^此行已导入过（DD-2025-\d{4}），不再重复导入$/)
    expect(summary.imported).toBe(0)
    expect(await readAllTables(db)).toEqual(before)
  })

  it('a sheet without a recognisable header: Chinese message, nothing written', async () => {
    await buildStudio(db)
    const before = await counts(db)
    const bytes = await makeXlsx([{ rows: [['甲', '乙', '丙'], ['1', '2', '3']] }])
    const err = await importExcelFile(db, bytes, { today }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ExcelReadError)
    expect((err as Error).message).toBe(NO_HEADER_MESSAGE)
    expect(await counts(db)).toEqual(before)
  })

  it('a file that is not an xlsx: Chinese message, nothing written', async () => {
    const before = await counts(db)
    const err = await importExcelFile(db, new TextEncoder().encode('日期,督导者'), { today }).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/^所选文件不是 Excel 表格/)
    expect(await counts(db)).toEqual(before)
  })

  it('a date column of text imports nothing and writes nothing', async () => {
    const before = await counts(db)
    const bytes = await makeXlsx([{ rows: [['日期', '督导者', '被督导者', '时长'], ['三月', '周晓岚', '韩雨桐', 1], ['同上', '周晓岚', '韩雨桐', 1], ['见附件', '周晓岚', '韩雨桐', 1]] }])
    const { preview, summary } = await importExcelFile(db, bytes, { today })
    expect(preview.dateColumnSuspect).toBe(true)
    expect(summary.imported).toBe(0)
    expect(await counts(db)).toEqual(before)
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
    const before = await counts(db)
    const { preview } = await importExcelFile(db, bytes, { today })
    expect(preview.counts).toMatchObject({ ok: 0, duplicate: 3 })
    expect(await counts(db)).toEqual(before)
  })
})
