import type { Page } from 'playwright-core'
import { AppPage } from './app-page'

/** 工作台: the first-run checklist, the figures, the backup reminder above it. */
export class HomePage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('工作台')
  }

  checklist() {
    return this.page.getByRole('list', { name: '开始使用的步骤' })
  }

  /** A step of the checklist by its title: its label says 已完成 or 未完成. */
  step(title: string) {
    return this.checklist().getByRole('listitem', { name: new RegExp(`第\\d步 ${title}：`) })
  }

  async stepDone(title: string): Promise<boolean> {
    return ((await this.step(title).getAttribute('aria-label')) ?? '').endsWith('已完成')
  }

  /** Waits until the step shows done. */
  async waitDone(title: string) {
    await this.checklist().getByRole('listitem', { name: new RegExp(`第\\d步 ${title}：已完成`) }).waitFor()
  }

  /** The warning that the database is empty where this computer last saw records. */
  vanishedNotice() {
    return this.page.getByRole('alert').filter({ hasText: '本机的数据库是空的' })
  }

  backupReminder() {
    return this.page.getByRole('region', { name: '备份提醒' })
  }

  /** A figure card by the start of its label (e.g. 逾期跟进事项数). */
  figure(label: string) {
    return this.page.locator('.home-stat').filter({ has: this.page.locator('.home-stat-label', { hasText: label }) })
  }
}
