import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page'

export interface AgreementFields {
  supervisor: string
  supervisee: string
  startDate: string
  endDate: string
  plannedHours?: string
  status?: string
}

/** 督导计划: the agreement form, the 督导计划执行 list, and the plan parts of the person page and 工作台. */
export class PlansPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async openNewAgreement() {
    await this.goto('督导计划')
    await this.page.getByRole('button', { name: '新建督导协议' }).click()
    await this.heading('新建督导协议').waitFor()
    await this.page.locator('section[data-record-id="new"][aria-busy="false"]').waitFor()
  }

  /** Opens the first agreement of 督导计划's list and waits for it to load; returns the page's address. */
  async openFirstAgreement(): Promise<string> {
    await this.goto('督导计划')
    await this.page.getByRole('table', { name: '督导协议' }).locator('tbody tr').first().getByRole('link').click()
    await this.heading(/^督导协议/).waitFor()
    await this.loaded()
    return this.page.url()
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  /** The agreement page has loaded its record. */
  async loaded() {
    await this.page.locator('section[data-record-id]:not([data-record-id="new"])[aria-busy="false"]').waitFor()
  }

  async fillAgreement(a: AgreementFields) {
    await this.choose(this.page, '督导者', a.supervisor)
    await this.choose(this.page, '被督导者', a.supervisee)
    await this.fillDate(this.page, '开始日期', a.startDate)
    await this.fillDate(this.page, '结束日期', a.endDate)
    if (a.plannedHours) await this.fillNumber(this.page, '计划时数（小时）', a.plannedHours)
    if (a.status) await this.choose(this.page, '协议状态', a.status)
  }

  async save() {
    await this.page.getByRole('button', { name: '保存（Ctrl+S）' }).click()
    await this.toast('已保存督导协议').waitFor()
    await this.page.locator('section[data-record-id]:not([data-record-id="new"])').waitFor()
  }

  /** The agreement page's 中期评估 or 期末评估 card. */
  evaluation(kind: '中期' | '期末'): Locator {
    return this.page.getByRole('group', { name: `${kind}评估` })
  }

  /** Adds the evaluation if it is not there yet, and rates goal `goal` (1-based) in it. */
  async rateGoal(kind: '中期' | '期末', goal: number, r: { rating?: string; comment?: string; selfRating?: string }) {
    const card = this.evaluation(kind)
    if ((await card.count()) === 0) await this.page.getByRole('button', { name: `添加${kind}评估` }).click()
    await card.waitFor()
    if (r.rating) await this.choose(card, `${kind}评估 目标${goal} 督导者评分`, r.rating)
    if (r.comment !== undefined) await card.getByLabel(`${kind}评估 目标${goal} 评语`, { exact: true }).fill(r.comment)
    if (r.selfRating) await this.choose(card, `${kind}评估 目标${goal} 被督导者自评`, r.selfRating)
  }

  /** The person page's plan-vs-done row of a quarter (2026年第4季度). */
  personQuarter(quarter: string): Locator {
    return this.page.getByRole('table', { name: '计划与完成' }).getByRole('row').filter({ hasText: quarter })
  }

  /** 督导计划执行's rows (of the page shown). */
  planRows(): Locator {
    return this.page.getByRole('table', { name: '督导计划执行' }).locator('tbody tr.ant-table-row')
  }

  async planCells(row: number): Promise<string[]> {
    return this.planRows().nth(row).locator('td').allTextContents()
  }

  /** Every row's cells: 被督导者, 督导者, the figures, 状态, 协议. */
  async allPlanCells(): Promise<string[][]> {
    return Promise.all((await this.planRows().all()).map((r) => r.locator('td').allTextContents()))
  }

  /** The person page's row of a learning goal in 学习目标评估. */
  personGoal(text: string): Locator {
    return this.page.getByRole('table', { name: '学习目标评估' }).getByRole('row').filter({ hasText: text })
  }

  /** 工作台's 待督导 rows naming this supervisee. */
  dueRows(supervisee: string): Locator {
    return this.page.getByRole('table', { name: '待督导' }).locator('tbody tr').filter({ hasText: supervisee })
  }

  dueCard(): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.getByText(/^待督导（\d+ 项）$/) })
  }
}
