import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { DataPage } from './pages/data-page'
import { makeXlsx } from '../shared/excel/xlsx'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describe('Excel 导入旧督导记录', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/settings')
  })
  afterEach(async () => {
    await app.close()
  })

  it('maps the columns, previews with Chinese errors, imports the valid rows once', async () => {
    const buffer = Buffer.from(
      await makeXlsx([
        {
          name: '2025年督导记录',
          rows: [
            ['林泉社区督导记录'],
            ['序号', '日期', '时间', '督导者', '被督导者', '方式', '地点', '议题', '内容', '意见'],
            [1, '2025年3月6日', '14:00-15:30', '周晓岚', '韩雨桐', '个别', '林泉社区服务站', '个案工作', '回顾独居老人个案', '先建立信任'],
            [2, '2025.3.13', '9:00-11:00', '周晓岚', '韩雨桐、程思远', '团体', '线上', '小组工作', '小组复盘', '注意分工'],
            [3, '待定', '9:00-10:00', '周晓岚', '韩雨桐', '', '', '', '', ''],
          ],
          merges: ['A1:J1'],
        },
      ]),
    )
    const data = new DataPage(app.page)
    await data.open()
    const file = { name: '旧督导记录.xlsx', mimeType: XLSX, buffer }
    await data.chooseFile('导入旧督导记录（.xlsx）', file)
    const dialog = data.dialog('导入旧督导记录：旧督导记录.xlsx')
    await dialog.waitFor()
    await dialog.getByRole('table', { name: '列对应' }).or(dialog.getByLabel('对应列')).first().waitFor()
    await dialog.getByRole('button', { name: '下一步：预览' }).click()
    await dialog.getByText('可导入 2').waitFor()
    await dialog.getByText('有错误 1').waitFor()
    await dialog.getByText(/日期无法识别：“待定”/).waitFor()
    await dialog.getByText(/将新建 3 位人员/).waitFor()
    await dialog.getByRole('button', { name: '导入 2 条' }).click()
    await dialog.getByText('已导入 2 条督导记录').waitFor()
    await dialog.getByRole('button', { name: /完\s*成/ }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await countRows(app.page, 'sessions')).toBe(2)
    expect(await countRows(app.page, 'persons')).toBe(3)

    // The same file again: every row is a duplicate, nothing to import.
    await data.chooseFile('导入旧督导记录（.xlsx）', file)
    await dialog.waitFor()
    await dialog.getByRole('button', { name: '下一步：预览' }).click()
    await dialog.getByText('重复 2').waitFor()
    expect(await dialog.getByRole('button', { name: '导入 0 条' }).isDisabled()).toBe(true)
    expect(await countRows(app.page, 'sessions')).toBe(2)
    expect(app.errors).toEqual([])
  })

  it('a sheet without a header says so in Chinese', async () => {
    const buffer = Buffer.from(await makeXlsx([{ rows: [['甲', '乙'], ['1', '2']] }]))
    const data = new DataPage(app.page)
    await data.open()
    await data.chooseFile('导入旧督导记录（.xlsx）', { name: '无表头.xlsx', mimeType: XLSX, buffer })
    await app.page.getByText('没有找到表头：请确认表格中有一行列名，如“日期”“督导者”“被督导者”“督导内容”。').waitFor()
    expect(await countRows(app.page, 'sessions')).toBe(0)
  })
})
