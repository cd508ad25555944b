import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page'

/** 项目评估: the list and the form. */
export class AssessmentPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async openNew() {
    await this.goto('项目评估')
    await this.page.getByRole('button', { name: '新建评估' }).click()
    await this.heading('新建项目评估').waitFor()
    await this.summary().waitFor()
  }

  indicator(code: string): Locator {
    return this.page.locator(`section.as-indicator[data-code="${code}"]`)
  }

  async rate(code: string, rating: number) {
    const labels = ['未开展', '差', '较差', '合格', '良好', '优秀']
    const choice = this.indicator(code).locator('.ant-radio-button-wrapper', { hasText: `${rating} ${labels[rating]}` })
    await choice.click()
    // The total is read right after the last click; wait until the form has taken this one.
    await this.indicator(code).locator('.ant-radio-button-wrapper-checked', { hasText: `${rating} ${labels[rating]}` }).waitFor()
  }

  async basis(code: string, text: string) {
    await this.page.getByLabel(`${code} 评分依据`, { exact: true }).fill(text)
  }

  basisError(code: string, text: string): Locator {
    return this.fieldError(this.indicator(code), text)
  }

  summary(): Locator {
    return this.page.getByRole('region', { name: '评分结果' })
  }

  async total(): Promise<string> {
    return (await this.summary().getByLabel('总分').locator('strong').textContent()) ?? ''
  }

  async save() {
    // 保存（Ctrl+S） in the toolbar, not 保存项目进展 of the inline progress form.
    await this.page.getByRole('button', { name: /^保存（Ctrl\+S）$/ }).click()
  }

  /** 采用全部建议: every indicator with a data-backed suggestion takes it. */
  async adoptAll() {
    await this.page.getByRole('button', { name: '采用全部建议' }).click()
  }

  /** 沿用上期评分: the indicators without data take last period's final rating and basis. */
  async carryOver() {
    await this.page.getByRole('button', { name: '沿用上期评分' }).click()
  }

  async finalize() {
    await this.page.getByRole('button', { name: /^定\s*稿$/ }).click()
    const dialog = this.page.locator('.ant-modal-confirm').filter({ hasText: '定稿这份评估？' })
    await dialog.getByRole('button', { name: /^定\s*稿$/ }).click()
  }
}

/** 指数看板. */
export class DashboardPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('指数看板')
    await this.page.locator('[data-dashboard-ready]').waitFor()
  }

  card(projectName: string): Locator {
    return this.page.locator('article.db-card').filter({ has: this.page.getByRole('heading', { name: projectName }) })
  }

  tile(colour: string): Locator {
    return this.page.getByRole('listitem', { name: new RegExp(`^${colour}`) })
  }

  /** The side panel of the chosen project: radar, 维度得分 table, trend. */
  detail(projectName: string): Locator {
    return this.page.getByLabel(`${projectName} 详情`, { exact: true })
  }

  /** The 维度得分 rows of the panel, each as [dimension, score, percent]. */
  async dimensionRows(projectName: string): Promise<string[][]> {
    const rows = this.detail(projectName).getByRole('table', { name: '维度得分' }).getByRole('row')
    return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))) as string[][]
  }
}

/** 指数框架 and its editor. */
export class FrameworksPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('指数框架')
  }

  detailTitle(): Locator {
    return this.page.locator('.fw-detail h2')
  }

  async edit() {
    await this.page.getByRole('button', { name: /修改/ }).click()
    await this.heading('修改指数框架').waitFor()
  }

  async copyAsNewVersion() {
    await this.page.getByRole('button', { name: '复制为新版本' }).click()
    await this.heading('修改指数框架').waitFor()
  }

  async setWeight(code: string, weight: string) {
    const input = this.page.getByLabel(`指标 ${code} 权重`, { exact: true })
    await input.fill(weight)
    await input.blur()
  }

  weightsTotal(): Locator {
    return this.page.locator('.fw-weights strong')
  }

  async save() {
    await this.page.getByRole('button', { name: /^保\s*存/ }).click()
  }
}
