import type { Download, Locator, Page } from 'playwright-core'
import { AppPage } from './app-page'

export interface DistrictFields {
  serverUrl: string
  username: string
  password: string
  studios: string
}

/** 设置 → 区级汇总 and the district's screens (区级看板, one studio's roll-up). */
export class DistrictPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  card(): Locator {
    return this.page.locator('#district')
  }

  /** Fills 设置 → 区级汇总 and saves: the first sync runs, then the 区级看板 opens. */
  async setUp(values: DistrictFields) {
    await this.fill(values)
    await this.card().getByRole('button', { name: '设为区级汇总' }).click()
    await this.board()
  }

  async fill(values: DistrictFields) {
    const card = this.card()
    await card.getByLabel('区级服务器地址').fill(values.serverUrl)
    await card.getByLabel('区级用户名').fill(values.username)
    await card.getByLabel('区级密码').fill(values.password)
    await card.getByLabel('授权的工作室代码').fill(values.studios)
  }

  /** 连接测试 of what the card says now: its answer once it is there. */
  async testConnection(): Promise<Locator> {
    const card = this.card()
    await card.getByRole('button', { name: '连接测试' }).click()
    const answer = card.getByRole('alert')
    await answer.waitFor()
    return answer
  }

  async board() {
    await this.heading('区级看板').waitFor()
    await this.page.locator('section[data-district-ready]').waitFor()
  }

  navItems(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem').allInnerTexts()
  }

  /** 导入汇总文件 through the page's file chooser. */
  async importFile(path: string) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '导入汇总文件' }).click()
    await (await chooser).setFiles(path)
  }

  async choosePeriod(label: string) {
    await this.choose(this.page, '汇总周期', label)
  }

  /** A figure of 全区合计 as its tile reads it aloud: '督导次数 17 次'. */
  figure(label: string): Promise<string | null> {
    return this.page.getByRole('list', { name: '全区合计' }).getByRole('listitem', { name: new RegExp(`^${label} `) }).getAttribute('aria-label')
  }

  colourTile(colour: string): Promise<string | null> {
    return this.page.getByRole('list', { name: '四色分布' }).getByRole('listitem', { name: new RegExp(`^${colour}`) }).getAttribute('aria-label')
  }

  grid(): Locator {
    return this.page.getByRole('table', { name: '各工作室各期汇总' })
  }

  async openStudio(name: string) {
    await this.grid().getByRole('link', { name }).click()
    await this.heading(name).waitFor()
  }

  async exportReport(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: /导出区级汇总（/ }).click()
    return download
  }
}
