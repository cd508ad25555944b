import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page'

export interface SyncFields {
  serverUrl: string
  studioCode: string
  username: string
  password: string
}

/** 设置 → 同步. */
export class SyncSettingsPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  card(): Locator {
    return this.page.locator('#sync')
  }

  async open() {
    await this.goto('设置')
    await this.card().getByLabel('服务器地址').waitFor()
  }

  async fill(f: SyncFields) {
    const card = this.card()
    await card.getByLabel('服务器地址').fill(f.serverUrl)
    await card.getByLabel('工作室代码').fill(f.studioCode)
    await card.getByLabel('用户名').fill(f.username)
    await card.getByLabel('密码', { exact: true }).fill(f.password)
  }

  /** 保存并开始同步, then waits for its confirmation. */
  async saveAndStart() {
    await this.card().getByRole('button', { name: '保存并开始同步' }).click()
    await this.page.locator('.ant-message').getByText('同步设置已保存，开始同步').waitFor()
  }

  /** 连接测试, then the answer it shows. */
  async test(): Promise<string> {
    const card = this.card()
    await card.getByRole('button', { name: '连接测试' }).click()
    const answer = card.getByRole('alert')
    await answer.waitFor()
    return (await answer.innerText()).trim()
  }
}

/** The sync status in the header (SyncStatusBar): its tag's words, 立即同步, 冲突 n. */
export class SyncStatusBarPage {
  constructor(readonly page: Page) {}

  bar(): Locator {
    return this.page.getByRole('status', { name: '同步状态' })
  }

  async text(): Promise<string> {
    return (await this.bar().locator('.ant-tag').innerText()).trim()
  }

  /** 立即同步, then waits until the button is no longer busy (the exchange is over). */
  async syncNow() {
    const button = this.bar().getByRole('button', { name: /立即同步/ })
    await button.click()
    await this.page.waitForFunction(() => !document.querySelector('[role="status"][aria-label="同步状态"] .ant-btn-loading'))
  }
}
