import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { mmToTwips, renderReport } from '../../../../src/shared/reports/render-docx'
import { headerLines } from '../../../../src/shared/reports/docx/tables'
import type { Report, TableBlock } from '../../../../src/shared/reports/report-model'
import { textWidthEm } from '../../../../src/shared/reports/typeset/text-width'
import { cellCapacityEm } from '../../../../src/shared/reports/docx/table-grid'
import { docxText } from '../docx-text'

async function documentOf(report: Report): Promise<string> {
  const zip = await JSZip.loadAsync(await renderReport(report))
  return zip.file('word/document.xml')!.async('string')
}
const tableReport = (table: TableBlock): Report => ({ title: '测试', blocks: [table] })
const cells = (xml: string) => xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []
const runsOf = (xml: string) => xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []
const gridCols = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
/** The body cells' runs of the first data row (after the header row). */
async function firstRowCells(table: TableBlock) {
  const xml = await documentOf(tableReport(table))
  const tbl = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0]
  const rows = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!
  return { grid: gridCols(tbl), cells: cells(rows[1]!) }
}

describe('tables: no token breaks inside a cell', () => {
  const narrow: TableBlock = {
    kind: 'table',
    columns: [
      { header: '编号', width: { mm: 12 } },
      { header: '期限', width: { mm: 12 } },
      { header: '得分', width: { mm: 6 } },
      { header: '内容', width: { weight: 1 } },
    ],
    rows: [['DD-2026-0079', '2026-10-07', '84.6', '修改小组计划书']],
  }

  it('sets a code and a date each as one run with non-breaking hyphens', async () => {
    const { cells: row } = await firstRowCells(narrow)
    for (const [cell, token] of [[row[0]!, 'DD-2026-0079'], [row[1]!, '2026-10-07']] as const) {
      const runs = runsOf(cell)
      expect(runs).toHaveLength(1)
      expect(runs[0]).not.toMatch(/<w:t[^>]*>[^<]*-/)
      expect(runs[0]!.match(/<w:noBreakHyphen\/>/g)).toHaveLength(2)
      expect(docxText(runs[0]!)).toBe(token)
    }
    expect(runsOf(row[2]!)).toHaveLength(1)
    expect(docxText(row[2]!)).toBe('84.6')
  })

  it('makes each column at least as wide as its widest token (the builder asked for 6–12 mm)', async () => {
    const { grid } = await firstRowCells(narrow)
    const inner = (twips: number) => (twips - 2 * 85) / (10.5 * 20)
    expect(inner(grid[0]!)).toBeGreaterThanOrEqual(textWidthEm('DD-2026-0079'))
    expect(inner(grid[1]!)).toBeGreaterThanOrEqual(textWidthEm('2026-10-07'))
    // 得分 (6 mm) was too narrow for 84.6: that is how the total once wrapped as 84./6.
    expect(grid[2]!).toBeGreaterThan(mmToTwips(6))
    expect(inner(grid[2]!)).toBeGreaterThanOrEqual(textWidthEm('84.6'))
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845)
  })

  it('lets long headers wrap so eight columns leave 第3季度 its room (LibreOffice cut it as 第3季/度)', async () => {
    const headers = ['季度', '活动场次', '服务人次', '志愿者人数', '志愿服务时长（小时）', '收集需求', '办结诉求', '满意度']
    const { grid } = await firstRowCells({
      kind: 'table',
      columns: headers.map((header) => ({ header, width: { weight: 1 }, align: 'center' as const })),
      rows: [['第3季度', '4', '236', '14', '91', '19', '6', '66.8%']],
    })
    // The room the renderer promises: the padding and the slack for other fonts' metrics left over.
    expect(cellCapacityEm(grid[0]!, 10.5)).toBeGreaterThanOrEqual(textWidthEm('第3季度'))
    expect(cellCapacityEm(grid[7]!, 10.5)).toBeGreaterThanOrEqual(textWidthEm('66.8%'))
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845)
  })

  it('keeps a rating and a dimension with their names whole: 3 合格, B 项目设计', async () => {
    const { grid } = await firstRowCells({
      kind: 'table',
      columns: [
        { header: '维度', width: { mm: 8 } },
        { header: '评分', width: { mm: 6 }, nowrap: true },
        { header: '评分依据', width: { weight: 1 } },
      ],
      rows: [['B 项目设计', '3 合格', '系统建议 3 分']],
    })
    expect(cellCapacityEm(grid[0]!, 10.5)).toBeGreaterThanOrEqual(textWidthEm('B 项目设计'))
    expect(cellCapacityEm(grid[1]!, 10.5)).toBeGreaterThanOrEqual(textWidthEm('3 合格'))
  })

  it('breaks a header that does not fit before its unit or in its middle: 涉及时数 / （小时）, 逾期 / 天数', () => {
    expect(headerLines('涉及时数（小时）', 6)).toBe('涉及时数\n（小时）')
    expect(headerLines('涉及时数（小时）', 9)).toBe('涉及时数（小时）')
    expect(headerLines('督导者', 2)).toBe('督导者')
    expect(headerLines('逾期天数', 3)).toBe('逾期\n天数')
    expect(headerLines('志愿者人数', 4)).toBe('志愿者\n人数')
    // Both: the unit on its own line, and the word before it broken where it does not fit.
    expect(headerLines('志愿服务时长（小时）', 5)).toBe('志愿服务\n时长\n（小时）')
    expect(headerLines('截至评估日状态', 6)).toBe('截至评估日\n状态')
  })

  it('breaks a cell between two Chinese dates, never inside one', async () => {
    const { cells: row } = await firstRowCells({
      kind: 'table',
      columns: [{ header: '项目周期', width: { mm: 24 } }, { header: '说明', width: { weight: 1 } }],
      rows: [['2026年1月1日至2027年12月31日', '—']],
    })
    const runs = runsOf(row[0]!)
    expect(runs.map(docxText)).toEqual(['2026年1月1日至', '2027年12月31日'])
    expect(runs[1]).toContain('<w:br/>')
  })

  it('breaks a list of names between names', async () => {
    const { cells: row } = await firstRowCells({
      kind: 'table',
      columns: [{ header: '督导者', width: { mm: 16 }, nowrap: true }, { header: '说明', width: { weight: 1 } }],
      rows: [['高瑞敏、龚晓倩', '—']],
    })
    expect(runsOf(row[0]!).map(docxText)).toEqual(['高瑞敏、', '龚晓倩'])
  })
})

describe('titles and body text', () => {
  it('balances a long title on its words: 报告 never stands alone', async () => {
    const xml = await documentOf({
      title: '新港山路社区“青少年心理辅导”项目督导评估报告',
      titleParts: ['新港山路社区', '“青少年心理辅导”项目', '督导评估报告'],
      blocks: [],
    })
    const title = xml.match(/<w:p><w:pPr><w:pStyle w:val="Title"\/>[\s\S]*?<\/w:p>/)![0]
    expect(runsOf(title).map(docxText)).toEqual(['新港山路社区“青少年心理辅导”项目', '督导评估报告'])
  })
  it('keeps a number with its unit: a no-break space between them', async () => {
    const xml = await documentOf({ title: '测试', blocks: [{ kind: 'paragraph', runs: '其中逾期超过 30 天的 7 项。' }] })
    expect(xml).toContain('其中逾期超过 30\u00A0天的 7\u00A0项。')
  })
})
