import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, readRows, type AppSession } from './support/browser'
import { ExcelImportPage } from './pages/excel-import-page'
import { makeXlsx } from '../shared/excel/xlsx'

/** A workbook with a notes sheet and one ledger a year; the 2024 one writes dates without the year. */
const workbook = async () => {
  const header = ['日期', '时间', '督导者', '被督导者']
  return Buffer.from(
    await makeXlsx([
      { name: '说明', rows: [['个督=个别督导，团督=团体督导']] },
      { name: '2024年', rows: [header, ['3月6日', '9:00-10:00', '周晓岚', '韩雨桐'], ['3月13日', '9:00-10:00', '周晓岚', '韩雨桐']] },
      { name: '2025年', rows: [header, ['2025-03-06', '9:00-10:00', '周晓岚', '韩雨桐']] },
    ]),
  )
}

describe('Excel 导入: a workbook with two ledgers', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/persons')
  })
  afterEach(async () => {
    await app.close()
  })

  it('imports one sheet, then the other in turn from the summary; each row once', async () => {
    const im = new ExcelImportPage(app.page)
    await im.open()
    const dialog = await im.start('两年台账.xlsx', await workbook())

    const mapping = im.mapping(dialog)
    await mapping.getByText('这个文件有 2 个工作表像督导台账：“2024年”、“2025年”。每次导入一个，导入后可以接着导入下一个。').waitFor()
    await im.nextButton(dialog).click()
    await dialog.getByText('可导入 2', { exact: true }).first().waitFor()
    await dialog.getByText(/有 2 行的日期没有写年份，按 2024 年导入/).waitFor()
    await dialog.getByRole('button', { name: '确认年份' }).click()
    await im.importButton(dialog).click()
    const summary = dialog.getByLabel('导入结果')
    await summary.getByText('已导入 2 条督导记录').waitFor()
    expect(await countRows(app.page, 'sessions')).toBe(2)

    await summary.getByRole('button', { name: '接着导入工作表“2025年”' }).click()
    await im.nextButton(dialog).click()
    await dialog.getByText('可导入 1', { exact: true }).first().waitFor()
    await im.importButton(dialog).click()
    await summary.getByText('已导入 1 条督导记录').waitFor()
    // Both ledgers done: nothing left to go on with.
    expect(await summary.getByRole('button', { name: /接着导入工作表/ }).count()).toBe(0)
    await dialog.getByRole('button', { name: /完\s*成/ }).click()
    await dialog.waitFor({ state: 'hidden' })

    const sessions = (await readRows(app.page, 'sessions')).sort((a, b) => String(a.code).localeCompare(String(b.code)))
    expect(sessions.map((s) => [s.code, s.date])).toEqual([
      ['DD-2024-0001', '2024-03-06'],
      ['DD-2024-0002', '2024-03-13'],
      ['DD-2025-0001', '2025-03-06'],
    ])
    expect(await countRows(app.page, 'persons')).toBe(2)
    expect(app.errors).toEqual([])
  })
})
