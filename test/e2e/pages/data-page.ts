import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { AppPage } from './app-page'

/** 设置 → 备份与恢复 / Excel: what the backup e2e drives. */
export class DataPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('设置')
    await this.page.getByText('备份与恢复', { exact: true }).waitFor()
  }

  /** The 备份与恢复 card of 设置 (the backup reminder above the screen has a 立即备份 of its own). */
  backupCard() {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: /^备份与恢复$/ }) })
  }

  /** 立即备份: returns the downloaded file's name and bytes. */
  async backupNow(): Promise<{ name: string; path: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.backupCard().getByRole('button', { name: '立即备份' }).click()])
    const path = (await download.path())!
    return { name: download.suggestedFilename(), path, bytes: new Uint8Array(readFileSync(path)) }
  }

  /** Picks a file through the browser bridge's <input type=file>. */
  async chooseFile(button: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: button }).click()])
    await chooser.setFiles(file)
  }

  restoreDialog() {
    return this.dialog('从备份恢复')
  }

  mergeDialog() {
    return this.dialog('合并导入另一台电脑的备份')
  }

  mergeResult() {
    return this.dialog('合并结果')
  }

  /** 合并导入 a file: confirms after the summary is shown; the result dialog, and how many files it downloaded. */
  async mergeFile(path: string) {
    await this.chooseFile('合并导入', path)
    const dialog = this.mergeDialog()
    await dialog.getByText('备份时间').waitFor()
    let downloads = 0
    const count = () => void downloads++
    this.page.on('download', count)
    await dialog.getByRole('button', { name: '开始合并' }).click()
    const result = this.mergeResult()
    await result.waitFor()
    this.page.off('download', count)
    return { result, downloads }
  }

  async loadSample() {
    await this.page.getByRole('button', { name: '载入示例数据' }).click()
    await this.toast(/已载入示例数据/).waitFor()
  }

  /** Another laptop that starts from `backup`: the browser's data cleared, then that backup restored. */
  async becomeLaptopFrom(backup: string) {
    await this.clearBrowserData()
    await this.open()
    await this.chooseFile('从备份恢复', backup)
    await this.restoreDialog().getByRole('button', { name: '确认恢复' }).click()
    await this.toast(/已恢复/).waitFor()
  }

  /** Deletes the app's IndexedDB from the page (as clearing browser data would) and reloads. */
  async clearBrowserData() {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('supervision-studio')
          req.onsuccess = () => resolve()
          req.onerror = () => reject(req.error)
        }),
    )
    await this.page.reload()
  }
}
