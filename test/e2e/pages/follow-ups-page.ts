import type { Page } from 'playwright-core'
import { AppPage } from './app-page'

/** The 跟进事项 page. */
export class FollowUpsPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('跟进事项')
    await this.countLine().filter({ hasText: /^共 \d+ 项/ }).waitFor()
  }

  countLine() {
    return this.page.getByTestId('followup-count')
  }

  async count(): Promise<number> {
    const text = (await this.countLine().textContent()) ?? ''
    const m = /^共 (\d+) 项/.exec(text)
    if (!m) throw new Error(`unexpected count line: ${text}`)
    return Number(m[1])
  }

  async countChangedFrom(previous: number): Promise<number> {
    await this.countLine().filter({ hasNotText: new RegExp(`^共 ${previous} 项`) }).filter({ hasText: /^共 \d+ 项/ }).waitFor()
    return this.count()
  }

  /** 期限: 全部期限 / 已逾期 / 本周到期 / 按日期. */
  async due(option: string) {
    await this.page.getByRole('radiogroup', { name: '按期限筛选' }).getByText(option, { exact: true }).click()
  }

  async status(option: string) {
    await this.choose(this.page, '按状态筛选', option)
  }

  async search(text: string) {
    await this.page.getByLabel('搜索跟进事项').fill(text)
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row')
  }

  /** A row by the follow-up's id (contents repeat across sessions). */
  rowById(id: string) {
    return this.page.locator(`.ant-table-tbody tr.ant-table-row[data-row-key="${id}"]`)
  }

  /** Opens the status dialog of a row, picks a status and saves. */
  async changeStatus(id: string, status: string, note?: string) {
    await this.rowById(id).getByRole('button', { name: /^更改状态/ }).click()
    const dialog = this.dialog('更改跟进事项状态')
    await dialog.getByText(status, { exact: true }).click()
    if (note !== undefined) await dialog.getByLabel('完成说明').fill(note)
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    await dialog.waitFor({ state: 'hidden' })
  }
}
