import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, readRows, type AppSession } from './support/browser'
import { ProjectsPage } from './pages/projects-page'
import { AssessmentPage, DashboardPage, FrameworksPage } from './pages/index-pages'

interface FrameworkRow {
  id: string
  version: number
  frozen: 0 | 1
  lineageId: string
  dimensions: { indicators: { code: string; weight: number }[] }[]
}
interface AssessmentRow {
  id: string
  status: string
  totalTenths: number | null
  colour: string | null
  frameworkId: string
}

/** The worked example of docs/domain.md: 79.6 → 黄色 合格. */
const WORKED: [string, number][] = [
  ['A1', 4], ['A2', 3], ['B1', 5], ['B2', 4], ['B3', 4], ['C1', 5], ['C2', 3], ['C3', 4],
  ['D1', 4], ['D2', 5], ['D3', 3], ['D4', 2], ['E1', 5], ['E2', 4], ['E3', 3],
]
const YEAR = new Date().getFullYear() - 1
const PROJECT = '林泉社区“共享儿女”关爱服务'

describe('社工督导指数: frameworks, assessments, dashboard', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/projects')
  })
  afterEach(async () => {
    await app.close()
  })

  it('assesses a project end to end, shows its colour on the dashboard, and a frozen framework edit makes v2', async () => {
    const projects = new ProjectsPage(app.page)
    await projects.open()
    const dialog = await projects.fillNew({
      name: PROJECT,
      community: '林泉社区',
      field: '养老',
      startDate: `${YEAR}-01-01`,
      endDate: `${YEAR}-12-31`,
      targets: { activities: '36', serviceCount: '1200', volunteers: '40' },
    })
    await projects.save(dialog)
    await dialog.waitFor({ state: 'hidden' })

    const form = new AssessmentPage(app.page)
    await form.openNew()
    await form.choose(app.page, '服务项目', PROJECT)
    await form.choose(app.page, '评估周期', `${YEAR}年第1季度`)
    await form.page.getByLabel('评估人', { exact: true }).fill('周晓岚')
    // The data behind D2: no session linked this quarter → suggested 0.
    await form.indicator('D2').getByText('建议评分：0 未开展').waitFor()
    await form.indicator('D2').getByText('督导 0 次，时数 0.0/6.0 小时（0.0%）').waitFor()
    await form.indicator('C1').getByText('暂无建议评分：本期未填报项目进展').waitFor()
    for (const [code, rating] of WORKED) await form.rate(code, rating)
    await expect.poll(() => form.total()).toBe('79.6')
    await form.summary().getByText('黄色 合格').waitFor()

    // 评分依据 is required where the rating is below 3 or differs from the suggestion.
    await form.save()
    await form.basisError('D2', '评分与建议评分（0 分）不同，请填写评分依据').waitFor()
    await form.basisError('D4', '评分低于 3 分，请填写评分依据').waitFor()
    expect(await countRows(app.page, 'assessments')).toBe(0)
    await form.basis('D2', '督导记录尚未录入系统，纸质记录显示本季度督导 4 次共 7 小时')
    await form.basis('D4', '仅有口头表扬，积分兑换尚未落实')
    const keptForm = await form.holdNewForm()
    await form.save()
    await form.toast('评估已保存（草稿）').waitFor()
    await app.page.waitForURL(/#\/assessments\/[0-9a-f-]{36}$/)
    // The page shows the saved draft as it is; it does not reload it (a reload still in flight
    // when 定稿 is clicked used to put the draft back on screen over the final version).
    expect(await keptForm()).toBe(true)
    expect(await countRows(app.page, 'assessments')).toBe(1)

    await form.finalize()
    await form.toast('已定稿：79.6 分，黄色（合格）').waitFor()
    await form.summary().getByText('总分（已定稿）').waitFor()
    const [final] = await readRows<AssessmentRow>(app.page, 'assessments')
    expect([final!.status, final!.totalTenths, final!.colour]).toEqual(['已定稿', 796, '黄色'])
    const v1 = (await readRows<FrameworkRow>(app.page, 'frameworks'))[0]!
    expect(v1.frozen).toBe(1)

    const dashboard = new DashboardPage(app.page)
    await dashboard.open()
    const card = dashboard.card(PROJECT)
    await card.waitFor()
    expect(await card.getAttribute('data-colour')).toBe('黄色')
    expect(await card.getByLabel('总分').textContent()).toContain('79.6')
    await card.getByText('黄色 合格').waitFor()
    expect(await dashboard.tile('黄色').getAttribute('aria-label')).toBe('黄色 合格 1 个')
    // The only project is shown in the panel: its radar and the dimension scores of the worked example.
    await dashboard.detail(PROJECT).locator('.chart-radar-series').waitFor()
    expect(await dashboard.dimensionRows(PROJECT)).toEqual([
      ['A 需求评估', '10.6/15.0', '70.7%'],
      ['B 项目设计', '13.0/15.0', '86.7%'],
      ['C 服务实施', '21.0/25.0', '84.0%'],
      ['D 保障机制', '14.0/20.0', '70.0%'],
      ['E 服务成效', '21.0/25.0', '84.0%'],
    ])
    // The trend says its figures to a screen reader (from the project's first quarter on).
    const trend = await dashboard.detail(PROJECT).getByRole('img', { name: /^总分趋势/ }).getAttribute('aria-label')
    expect(trend).toBe(`总分趋势：${YEAR}年第1季度 79.6 分，黄色`)
    // The period menu marks the quarters without an assessment (read after the cards are drawn).
    await app.page.getByLabel('评估周期', { exact: true }).click()
    await app.page.locator('.ant-select-item-option', { hasText: `${YEAR}年第2季度（无评估）` }).waitFor()
    expect(await app.page.locator('.ant-select-item-option', { hasText: `${YEAR}年第1季度` }).textContent()).toBe(`${YEAR}年第1季度`)
    await app.page.keyboard.press('Escape')
    // Click through to the assessment.
    await card.getByRole('link', { name: '打开评估' }).click()
    await form.summary().getByText('总分（已定稿）').waitFor()

    // Editing the frozen framework makes v2; the v1 assessment keeps its total.
    const frameworks = new FrameworksPage(app.page)
    await frameworks.open()
    await app.page.getByText('已冻结', { exact: true }).first().waitFor()
    await frameworks.edit()
    await app.page.getByText(/已冻结：保存后将生成同一框架的新版本/).waitFor()
    await frameworks.setWeight('A1', '10')
    await frameworks.setWeight('A2', '5')
    expect(await frameworks.weightsTotal().textContent()).toBe('100')
    await frameworks.save()
    await frameworks.toast('已保存为新版本 v2，原版本及其评估保持不变').waitFor()
    await app.page.locator('.fw-detail h2', { hasText: 'v2' }).waitFor()

    const all = await readRows<FrameworkRow>(app.page, 'frameworks')
    expect(all.map((f) => f.version).sort()).toEqual([1, 2])
    const after1 = all.find((f) => f.version === 1)!
    const v2 = all.find((f) => f.version === 2)!
    expect(v2.lineageId).toBe(v1.lineageId)
    expect(v2.frozen).toBe(0)
    expect(after1.dimensions[0]!.indicators.map((i) => i.weight)).toEqual([8, 7])
    expect(v2.dimensions[0]!.indicators.map((i) => i.weight)).toEqual([10, 5])
    const [still] = await readRows<AssessmentRow>(app.page, 'assessments')
    expect([still!.totalTenths, still!.colour, still!.frameworkId]).toEqual([796, '黄色', v1.id])

    await dashboard.open()
    expect(await dashboard.card(PROJECT).getByLabel('总分').textContent()).toContain('79.6')
    await dashboard.card(PROJECT).getByRole('link', { name: '打开评估' }).click()
    await expect.poll(() => form.total()).toBe('79.6')
    await app.page.getByRole('link', { name: /v1$/ }).waitFor()
    expect(app.errors).toEqual([])
  }, 240_000)

  it('an open dashboard reads again when another window adds a project', async () => {
    const wide = { community: '林泉社区', startDate: `${YEAR}-01-01`, endDate: `${YEAR + 3}-12-31` }
    const projects = new ProjectsPage(app.page)
    await projects.open()
    await projects.save(await projects.fillNew({ name: PROJECT, ...wide }))
    await projects.dialog('新增服务项目').waitFor({ state: 'hidden' })
    const dashboard = new DashboardPage(app.page)
    await dashboard.open()
    await dashboard.card(PROJECT).waitFor()
    expect(await app.page.locator('article.db-card').count()).toBe(1)

    // A second window of the same studio (the web build in another tab) adds a project.
    const other = new ProjectsPage(await app.context.newPage())
    await other.page.goto(`${app.baseUrl}/#/projects`)
    await other.save(await other.fillNew({ name: '古街社区助老送餐服务项目', ...wide }))
    await other.toast('已添加项目 古街社区助老送餐服务项目').waitFor()

    // The first window's dashboard shows it without being reopened, as 未评估.
    await dashboard.card('古街社区助老送餐服务项目').waitFor()
    expect(await dashboard.card('古街社区助老送餐服务项目').getAttribute('aria-label')).toBe('古街社区助老送餐服务项目 未评估')
    expect(await app.page.locator('article.db-card').count()).toBe(2)

    // A card is chosen from the keyboard as with a click: Enter or Space shows it in the side panel.
    const added = dashboard.card('古街社区助老送餐服务项目')
    await added.focus()
    await app.page.keyboard.press('Enter')
    await dashboard.detail('古街社区助老送餐服务项目').waitFor()
    expect(await added.getAttribute('aria-current')).toBe('true')
    await dashboard.card(PROJECT).focus()
    await app.page.keyboard.press(' ')
    await dashboard.detail(PROJECT).waitFor()
    expect(await added.getAttribute('aria-current')).toBeNull()
    expect(app.errors).toEqual([])
  })

  it('refuses a framework whose weights total 99, with the message, and writes nothing', async () => {
    const frameworks = new FrameworksPage(app.page)
    await frameworks.open()
    await app.page.getByText('参考模板', { exact: true }).first().waitFor()
    await frameworks.copyAsNewVersion()
    await frameworks.setWeight('A1', '7')
    expect(await frameworks.weightsTotal().textContent()).toBe('99')
    await frameworks.save()
    await app.page.getByRole('region', { name: '修改指数框架' }).getByRole('alert').filter({ hasText: '权重合计须为 100，当前为 99' }).waitFor()
    await frameworks.heading('修改指数框架').waitFor()
    const all = await readRows<FrameworkRow>(app.page, 'frameworks')
    expect(all).toHaveLength(2)
    for (const f of all) expect(f.dimensions[0]!.indicators[0]!.weight).toBe(8)
    expect(app.errors).toEqual([])
  })

  it('keeps an unsaved assessment as a draft and offers it back', async () => {
    const form = new AssessmentPage(app.page)
    await form.openNew()
    await form.rate('A1', 4)
    await form.basis('A1', '走访记录完整')
    await expect.poll(() => form.total()).toBe('6.4')
    await app.page.waitForTimeout(1500)
    await app.page.reload()
    await form.heading('新建项目评估').waitFor()
    const ask = app.page.locator('.ant-modal-confirm').filter({ hasText: '发现未保存的草稿，是否恢复？' })
    await ask.getByRole('button', { name: '恢复草稿' }).click()
    await app.page.getByLabel('A1 评分依据', { exact: true }).and(app.page.locator('textarea')).waitFor()
    expect(await app.page.getByLabel('A1 评分依据', { exact: true }).inputValue()).toBe('走访记录完整')
    await expect.poll(() => form.total()).toBe('6.4')
    expect(await countRows(app.page, 'assessments')).toBe(0)
    expect(app.errors).toEqual([])
  })
})
