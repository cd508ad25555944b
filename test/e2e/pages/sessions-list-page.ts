import type { Page } from 'playwright-core'
import { AppPage } from './app-page'

/** The 督导记录 list: filters, search, row actions. */
export class SessionsListPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('督导记录')
    await this.waitLoaded()
  }

  /** Waits until every record is in and the count line reads "共 N 条 · H 小时". */
  async waitLoaded() {
    await this.countLine().filter({ hasText: /^共 \d+ 条 · \d+\.\d 小时$/ }).waitFor()
  }

  countLine() {
    return this.page.getByTestId('session-count')
  }

  /** The number of records the count line shows. */
  async count(): Promise<number> {
    const text = (await this.countLine().textContent()) ?? ''
    const m = /^共 (\d+) 条/.exec(text)
    if (!m) throw new Error(`unexpected count line: ${text}`)
    return Number(m[1])
  }

  /** Waits until the count line no longer shows `previous`, returns the new count. */
  async countChangedFrom(previous: number): Promise<number> {
    await this.countLine().filter({ hasNotText: new RegExp(`^共 ${previous} 条`) }).filter({ hasText: /^共 \d+ 条/ }).waitFor()
    return this.count()
  }

  table() {
    return this.page.getByRole('table', { name: '督导记录列表' })
  }

  /** Data rows currently rendered (the table is virtualised: only those in view). */
  rows() {
    return this.table().locator('[role="row"][data-session-id]')
  }

  /** A rendered row's cell under a column title. */
  async cellTexts(column: string): Promise<string[]> {
    const headers = await this.table().getByRole('columnheader').allTextContents()
    const i = headers.findIndex((h) => h.startsWith(column))
    if (i < 0) throw new Error(`no column ${column}`)
    return this.rows().evaluateAll((rows, i) => rows.map((r) => r.querySelectorAll('[role="cell"]')[i]?.textContent ?? ''), i)
  }

  async search(text: string) {
    await this.page.getByLabel('全文搜索').fill(text)
  }

  async includeSensitive(on: boolean) {
    const sw = this.page.getByRole('switch', { name: '包含敏感记录' })
    if ((await sw.getAttribute('aria-checked')) !== String(on)) await sw.click()
  }

  async filterBy(label: string, option: string) {
    await this.choose(this.page, label, option)
  }

  async clearFilters() {
    await this.page.getByRole('button', { name: '清除筛选' }).click()
  }

  async deleteRow(code: string) {
    await this.page.getByRole('button', { name: `删除 ${code}` }).click()
    await this.dialog(`将 ${code} 移入回收站？`).getByRole('button', { name: /删\s*除/ }).click()
  }
}
