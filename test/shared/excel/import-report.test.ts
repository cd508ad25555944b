import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { importReport, importReportFileName, importReportXlsx, sheetColumns, type CellValue, type ColumnChoice } from '@shared/excel'
import { previewOf } from './preview-helpers'

const SHEET: CellValue[][] = [
  ['序号', '日期', '时间', '方式', '督导者', '被督导者', '项目', '联系电话', '备用'],
  [1, '2025-03-06', '9:00-10:00', '督导会', '周晓岚', '韩雨桐', '新项目', '138', '甲'],
  [2, '下周', '9:00-10:00', '个督', '周晓岚', '韩雨桐', '', '', ''],
  [3, '2025-03-06', '9:00-10:00', '督导会', '周晓岚', '韩雨桐', '新项目', '138', '甲'],
  ['合计', null, null, null, null, null, null, null, null],
]

describe('the summary and the Excel error report', () => {
  const plan = (p: ColumnChoice[]) => p.map((c, i): ColumnChoice => (i === 7 ? { kind: 'append', target: 'process' } : i === 8 ? { kind: 'skip' } : c))
  const valueChoices = [{ word: '督导会', field: 'mode' as const, value: '团体督导' }]
  const preview = previewOf(SHEET, { plan, setup: { valueChoices } })
  const columns = sheetColumns(SHEET, 0)
  const report = importReport({
    fileName: '台账.xlsx',
    sheetName: 'Sheet1',
    preview,
    columns,
    plan: plan(columns.map((): ColumnChoice => ({ kind: 'skip' }))).map((c, i) => (i < 7 ? { kind: 'field', field: (['rowNo', 'date', 'timeRange', 'mode', 'supervisors', 'supervisees', 'projects'] as const)[i]! } : c)),
    decisions: { 新项目: { kind: 'none' } },
    year: null,
    valueChoices,
    outcome: { imported: 1, followUps: 0, linked: 0, alreadyImported: 0, newPersons: [], newProjects: [], codes: [{ year: 2025, first: 'DD-2025-0001', last: 'DD-2025-0001', count: 1 }] },
  })

  it('says what was imported, skipped and why, and what became of each column', () => {
    expect(report.lines).toEqual([
      '导入督导记录 1 条（2025 年编号 DD-2025-0001）',
      '按选择未关联的项目名称：“新项目”',
      '按本次说明的含义导入的写法：“督导会”→团体督导',
      '有错误未导入 1 行',
      '重复未导入 1 行',
      '合计/小计行 1 行（不是督导记录，已跳过）',
      '选择不导入的列：I 列“备用”',
      '追加到文字字段的列：H 列“联系电话”追加到“督导过程”',
    ])
    expect(report.skipped).toEqual([
      { rowNumber: 3, sourceNo: '2', status: '有错误', reasons: '日期无法识别：“下周”（可写作 2025-03-06、2025年3月6日、2025.3.6 或 2025/3/6）' },
      { rowNumber: 4, sourceNo: '3', status: '重复', reasons: '与第 2 行内容完全相同，不再重复导入' },
      { rowNumber: 5, sourceNo: '合计', status: '合计行', reasons: '合计/小计行，不是督导记录' },
    ])
    expect(report.columns.map((c) => `${c.column}：${c.choice}`)).toEqual([
      'A 列“序号”：对应“序号（仅用于对照，不存入记录）”',
      'B 列“日期”：对应“督导日期”',
      'C 列“时间”：对应“时段（如 14:00-16:00）”',
      'D 列“方式”：对应“督导方式”',
      'E 列“督导者”：对应“督导者”',
      'F 列“被督导者”：对应“被督导者”',
      'G 列“项目”：对应“关联项目”',
      'H 列“联系电话”：追加到“督导过程”',
      'I 列“备用”：不导入',
    ])
  })

  it('as an .xlsx: the summary, every row not imported with its own cells, the columns', async () => {
    const bytes = await importReportXlsx(report, SHEET, 0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['导入结果', '未导入的行', '各列去向'])
    const rows = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))
    expect(rows('导入结果')[0]).toEqual(['文件：台账.xlsx　工作表：Sheet1'])
    expect(rows('未导入的行')).toEqual([
      ['行号', '原序号', '情况', '原因', '序号', '日期', '时间', '方式', '督导者', '被督导者', '项目', '联系电话', '备用'],
      [3, '2', '有错误', '日期无法识别：“下周”（可写作 2025-03-06、2025年3月6日、2025.3.6 或 2025/3/6）', '2', '下周', '9:00-10:00', '个督', '周晓岚', '韩雨桐'],
      [4, '3', '重复', '与第 2 行内容完全相同，不再重复导入', '3', '2025-03-06', '9:00-10:00', '督导会', '周晓岚', '韩雨桐', '新项目', '138', '甲'],
      [5, '合计', '合计行', '合计/小计行，不是督导记录', '合计'],
    ])
    expect(rows('各列去向')[8]).toEqual(['H 列“联系电话”', '追加到“督导过程”', 2])
    expect(importReportFileName(report)).toBe('导入报告-台账-Sheet1.xlsx')
  })
})
