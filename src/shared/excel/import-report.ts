/**
 * What an import did, in Chinese: the summary shown after it and the Excel error report a
 * studio keeps (every row not imported and why, every column and what became of it).
 */
import { IMPORT_FIELD_LABELS } from './columns'
import { APPEND_TARGET_LABELS, columnName, type ColumnChoice, type SheetColumn } from './plan'
import type { ImportPreview, PreviewRow, ProjectDecision } from './preview-types'
import type { SynonymEntry } from './synonyms'
import { cellText, type CellValue } from './text'
import { loadExcelJS } from './workbook'
import { YEAR_SOURCE_LABELS, type SheetYear } from './year'

export interface ImportOutcome {
  imported: number
  followUps: number
  linked: number
  alreadyImported: number
  newPersons: string[]
  newProjects: string[]
  codes: { year: number; first: string; last: string; count: number }[]
}

export const ROW_STATUS_LABELS: Record<PreviewRow['status'], string> = { ok: '可导入', error: '有错误', duplicate: '重复', summary: '合计行' }

/** What became of a column, in words: 对应“督导日期” / 追加到“督导过程” / 不导入. */
export function choiceLabel(choice: ColumnChoice | undefined): string {
  if (!choice || choice.kind === 'undecided') return '未选择'
  if (choice.kind === 'skip') return '不导入'
  if (choice.kind === 'append') return `追加到“${APPEND_TARGET_LABELS[choice.target]}”`
  return `对应“${IMPORT_FIELD_LABELS[choice.field]}”`
}

export interface ImportReport {
  fileName: string
  sheetName: string
  /** Sentences of the summary, in order. */
  lines: string[]
  /** Rows not imported, with why. */
  skipped: { rowNumber: number; sourceNo: string; status: string; reasons: string }[]
  columns: { column: string; choice: string; filled: number }[]
}

export function importReport(input: {
  fileName: string
  sheetName: string
  preview: ImportPreview
  columns: readonly SheetColumn[]
  plan: readonly ColumnChoice[]
  decisions: Readonly<Record<string, ProjectDecision>>
  year: SheetYear | null
  valueChoices: readonly SynonymEntry[]
  outcome: ImportOutcome
}): ImportReport {
  const { preview, outcome } = input
  const c = preview.counts
  const unlinked = preview.projects.filter((p) => p.match.kind !== 'exact' && input.decisions[p.name]?.kind === 'none').map((p) => `“${p.name}”`)
  const skippedColumns = input.columns.filter((col) => col.filled > 0 && input.plan[col.index]?.kind === 'skip').map(columnName)
  const appended = input.columns.filter((col) => input.plan[col.index]?.kind === 'append').map((col) => `${columnName(col)}${choiceLabel(input.plan[col.index])}`)
  const fixed = preview.rows.filter((r) => r.status === 'ok' && r.fixed).length
  const lines = [
    outcome.imported > 0 ? `导入督导记录 ${outcome.imported} 条${outcome.codes.length ? `（${outcome.codes.map((k) => `${k.year} 年编号 ${k.first}${k.count > 1 ? ` 至 ${k.last}` : ''}`).join('；')}）` : ''}` : '没有导入新的督导记录',
    outcome.followUps > 0 ? `跟进事项 ${outcome.followUps} 条` : '',
    outcome.linked > 0 ? `关联服务项目的记录 ${outcome.linked} 条` : '',
    outcome.newProjects.length ? `新建服务项目：${outcome.newProjects.join('、')}（社区、服务领域等请到“服务项目”中补充）` : '',
    unlinked.length ? `按选择未关联的项目名称：${unlinked.join('、')}` : '',
    outcome.newPersons.length ? `新建人员：${outcome.newPersons.join('、')}（职业资格等请到“人员”中补充）` : '',
    fixed > 0 ? `在预览中修改后导入 ${fixed} 行` : '',
    input.valueChoices.length ? `按本次说明的含义导入的写法：${input.valueChoices.map((v) => `“${v.word}”→${v.value}`).join('、')}` : '',
    input.year && preview.rows.some((r) => r.status === 'ok' && r.assumedYear) ? `没有年份的日期按 ${input.year.year} 年导入（依据：${YEAR_SOURCE_LABELS[input.year.source]}）` : '',
    c.error ? `有错误未导入 ${c.error} 行` : '',
    c.duplicate + outcome.alreadyImported ? `重复未导入 ${c.duplicate + outcome.alreadyImported} 行` : '',
    c.summary ? `合计/小计行 ${c.summary} 行（不是督导记录，已跳过）` : '',
    c.empty ? `空行 ${c.empty} 行` : '',
    skippedColumns.length ? `选择不导入的列：${skippedColumns.join('、')}` : '',
    appended.length ? `追加到文字字段的列：${appended.join('、')}` : '',
  ].filter(Boolean)
  return {
    fileName: input.fileName,
    sheetName: input.sheetName,
    lines,
    skipped: preview.rows
      .filter((r) => r.status !== 'ok')
      .map((r) => ({
        rowNumber: r.rowNumber,
        sourceNo: r.sourceNo,
        status: ROW_STATUS_LABELS[r.status],
        reasons: r.status === 'summary' ? '合计/小计行，不是督导记录' : r.errors.join('；'),
      })),
    columns: input.columns.map((col) => ({ column: columnName(col), choice: choiceLabel(input.plan[col.index]), filled: col.filled })),
  }
}

/** The error report as an .xlsx: 导入结果, 未导入的行 (with the row's own cells), 各列去向. */
export async function importReportXlsx(report: ImportReport, rows: readonly (readonly CellValue[])[], headerRow: number): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS()
  const wb = new Workbook()
  const summary = wb.addWorksheet('导入结果')
  summary.columns = [{ width: 100 }]
  summary.addRow([`文件：${report.fileName}　工作表：${report.sheetName}`]).font = { bold: true }
  for (const line of report.lines) summary.addRow([line])

  const headers = (rows[headerRow] ?? []).map((c) => cellText(c))
  const skipped = wb.addWorksheet('未导入的行')
  const head = skipped.addRow(['行号', '原序号', '情况', '原因', ...headers])
  head.font = { bold: true }
  skipped.columns = [{ width: 8 }, { width: 8 }, { width: 10 }, { width: 60 }, ...headers.map(() => ({ width: 16 }))]
  for (const s of report.skipped) skipped.addRow([s.rowNumber, s.sourceNo, s.status, s.reasons, ...(rows[s.rowNumber - 1] ?? []).map((c) => cellText(c) || null)])

  const cols = wb.addWorksheet('各列去向')
  cols.columns = [{ width: 24 }, { width: 30 }, { width: 12 }]
  cols.addRow(['列', '去向', '有数据的行']).font = { bold: true }
  for (const c of report.columns) cols.addRow([c.column, c.choice, c.filled])
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

/** 导入报告-<文件名>-<工作表>.xlsx */
export const importReportFileName = (report: ImportReport) => `导入报告-${report.fileName.replace(/\.xlsx$/i, '')}-${report.sheetName}.xlsx`
