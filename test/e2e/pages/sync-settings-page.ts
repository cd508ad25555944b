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

  /** 连接测试, then the answer it shows. */
  async test(): Promise<string> {
    const card = this.card()
    await card.getByRole('button', { name: '连接测试' }).click()
    const answer = card.getByRole('alert')
    await answer.waitFor()
    return (await answer.innerText()).trim()
  }
}
