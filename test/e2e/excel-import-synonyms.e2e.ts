import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, readRows, type AppSession } from './support/browser'
import { ExcelImportPage } from './pages/excel-import-page'
import { makeXlsx } from '../shared/excel/xlsx'

/** 方式 as one studio writes it: 督导会 is not in the default table, 个督 is. */
const ledger = async () =>
  Buffer.from(
    await makeXlsx([
      {
        name: '督导台账',
        rows: [
          ['日期', '时间', '方式', '督导者', '被督导者'],
          ['2025-03-06', '9:00-10:00', '督导会', '周晓岚', '韩雨桐、程思远'],
          ['2025-03-13', '14:00-15:00', '个督', '周晓岚', '韩雨桐'],
        ],
      },
    ]),
  )

describe('设置 → 导入同义词', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/persons')
  })
  afterEach(async () => {
    await app.close()
  })

  it('a word the studio adds in 设置 is how the next ledger is read; without it the row waits for a meaning', async () => {
    const im = new ExcelImportPage(app.page)
    await im.open()
    const bytes = await ledger()

    // Not in the table yet: the mapping lists the word, the preview flags its row; 取消 writes nothing.
    let dialog = await im.start('台账.xlsx', bytes)
    await im.mapping(dialog).getByLabel('未识别的写法').getByText('督导方式“督导会”（1 行）当作').waitFor()
    await im.nextButton(dialog).click()
    await dialog.getByText('可导入 1', { exact: true }).first().waitFor()
    await dialog.getByText('有错误 1', { exact: true }).first().waitFor()
    await dialog.getByRole('button', { name: /取\s*消/ }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await countRows(app.page, 'sessions')).toBe(0)

    // 导入同义词: 督导会 means 团体督导.
    const add = app.page.getByLabel('添加同义词')
    await add.getByLabel('写法').fill('督导会')
    await im.choose(add, '含义', '团体督导')
    await add.getByRole('button', { name: /^添\s*加$/ }).click()
    await im.toast('已添加“督导会”').waitFor()

    // The same file again: nothing unknown, both rows imported with the meaning from 设置.
    dialog = await im.start('台账.xlsx', bytes)
    await im.mapping(dialog).waitFor()
    expect(await im.mapping(dialog).getByLabel('未识别的写法').count()).toBe(0)
    await im.nextButton(dialog).click()
    await dialog.getByText('可导入 2', { exact: true }).first().waitFor()
    await im.importButton(dialog).click()
    await dialog.getByLabel('导入结果').getByText('已导入 2 条督导记录').waitFor()
    await dialog.getByRole('button', { name: /完\s*成/ }).click()
    await dialog.waitFor({ state: 'hidden' })

    const sessions = (await readRows(app.page, 'sessions')).sort((a, b) => String(a.date).localeCompare(String(b.date)))
    expect(sessions.map((s) => [s.date, s.mode])).toEqual([
      ['2025-03-06', '团体督导'],
      ['2025-03-13', '个别督导'],
    ])
    expect(app.errors).toEqual([])
  })
})
