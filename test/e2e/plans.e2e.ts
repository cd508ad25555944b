/**
 * 督导计划 in the real app: an agreement, two sessions, the plan-vs-done figures on the person
 * page and the 待督导 list on 工作台 before and after, and the 督导协议书 and the archive exported.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './support/browser'
import { PersonsPage } from './pages/persons-page'
import { PlansPage } from './pages/plans-page'
import { SessionFormPage } from './pages/session-form-page'
import { readDocx } from './pages/reports-page'
import { addDays } from '../../src/shared/domain/dates'
import { periodLabel, periodOf, periodRange, previousPeriod } from '../../src/shared/domain/period'
import { formatDateInText } from '../../src/shared/text/format'

async function todayOf(app: AppSession) {
  return app.page.evaluate(() => {
    const d = new Date()
    const p = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  })
}

describe('督导计划', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/persons')
    const persons = new PersonsPage(app.page)
    await persons.heading('人员').waitFor()
    for (const p of [
      { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' },
      { name: '张晓明', role: '社工', qualification: '社会工作师' },
    ])
      await (await persons.create(p)).waitFor({ state: 'hidden' })
  })
  afterEach(async () => {
    await app.close()
  })

  it('an agreement and two sessions: plan vs done on the person page, 待督导 on 工作台, the agreement and the archive in Word', async () => {
    const page = app.page
    const plans = new PlansPage(page)
    const today = await todayOf(app)
    const quarter = periodOf(today, 'Q')
    const lastQuarter = previousPeriod(quarter)
    // From the start of last quarter: 个别督导 每月 1 次 (the form's default) was due 30 days later, long ago.
    const start = periodRange(lastQuarter).start
    await plans.openNewAgreement()
    await plans.fillAgreement({ supervisor: '周晓岚', supervisee: '张晓明', startDate: start, endDate: `${Number(today.slice(0, 4)) + 1}-12-31`, plannedHours: '3', status: '生效' })
    await page.getByRole('button', { name: '添加学习目标' }).click()
    await page.getByLabel('学习目标 1', { exact: true }).fill('能独立完成个案需求评估')
    await plans.save()

    // The 中期评估: a comment without a rating is stopped at the rating, then saved with one.
    // The agreement's own 已保存 toast must be gone, or the wait below could take it for the evaluation's.
    await plans.toast('已保存督导协议').waitFor({ state: 'detached' })
    await plans.rateGoal('中期', 1, { comment: '能运用需求评估框架，资料收集尚欠系统' })
    await page.getByRole('button', { name: '保存（Ctrl+S）' }).click()
    await plans.fieldError(plans.evaluation('中期'), '请为该目标评分（1–5 分）').waitFor()
    await plans.rateGoal('中期', 1, { rating: '3 分 · 部分达成', selfRating: '4 分 · 基本达成' })
    await page.getByRole('button', { name: '保存（Ctrl+S）' }).click()
    await plans.toast('已保存督导协议').waitFor()
    await page.reload()
    await page.locator('section[data-record-id][aria-busy="false"]').waitFor()
    await plans.evaluation('中期').getByText('3 分 · 部分达成', { exact: true }).waitFor()
    await plans.evaluation('中期').getByText('4 分 · 基本达成', { exact: true }).waitFor()
    expect(await plans.evaluation('中期').getByLabel('中期评估 目标1 评语', { exact: true }).inputValue()).toBe('能运用需求评估框架，资料收集尚欠系统')
    // The agreement was in force: the evaluation is kept in its 修改历史, worded as people read it.
    const history = page.getByRole('table', { name: '修改历史' })
    await history.waitFor()
    expect(await history.locator('tbody tr').count()).toBe(1)
    expect(await history.locator('tbody li').allTextContents()).toEqual([`督导评估：（空） → 中期评估（${today}，评分 3）`])

    // The studio's 久未督导 setting, on 督导计划执行: 30 days instead of 90.
    await plans.goto('督导计划')
    await plans.fillNumber(page, '久未督导天数', '30')
    await page.getByLabel('久未督导天数', { exact: true }).press('Enter')
    await plans.toast('已设置：超过 30 天没有督导记录的被督导者列入工作台“待督导”').waitFor()

    // 工作台: 张晓明 is behind the agreed frequency, and not met for over 30 days.
    await plans.goto('工作台')
    const due = plans.dueRows('张晓明')
    await due.first().waitFor()
    expect(await due.filter({ hasText: '低于约定频率' }).textContent()).toContain(`协议约定个别督导每月 1 次，协议 ${start} 起尚无记录`)
    expect(await due.filter({ hasText: '久未督导' }).textContent()).toContain(`协议 ${start} 起尚无督导记录，超过 30 天未督导`)
    await page.getByText('久未督导：超过 30 天没有督导记录（天数可在“督导计划”页修改）').waitFor()

    // The first session from the due list: the record opens prefilled with both people and 个别督导.
    await due.filter({ hasText: '低于约定频率' }).getByRole('link', { name: '为张晓明新建督导记录' }).click()
    const form = new SessionFormPage(page)
    await form.heading('新建督导记录').waitFor()
    await page.locator('section[data-record-id="new"][aria-busy="false"]').waitFor()
    const chosen = async (label: string) => (await page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) }).locator('.ant-select-selection-item').allTextContents()).join('、')
    expect([await chosen('督导者'), await chosen('被督导者')]).toEqual(['周晓岚', '张晓明'])
    const lastQuarterDay = addDays(start, 10)
    await form.fillDate(page, '日期', lastQuarterDay)
    await form.field('开始时间').fill('09:00')
    await form.field('结束时间').fill('10:00')
    await form.field('教育').check()
    await form.save()
    await page.getByRole('heading', { name: /DD-\d{4}-0001/ }).waitFor()

    // The second, today, started from the first.
    await page.getByRole('button', { name: '以此为模板新建' }).click()
    await form.heading('新建督导记录').waitFor()
    await page.locator('section[data-record-id="new"][aria-busy="false"]').waitFor()
    expect(await form.field('日期').inputValue()).toBe(today)
    await form.field('开始时间').fill('14:00')
    await form.field('结束时间').fill('15:00')
    await form.field('教育').check()
    // Beside the form: the last meeting, and the agreement's goal, marked as worked on.
    const panel = page.getByRole('complementary', { name: '本次督导参考' })
    await panel.getByRole('link', { name: /DD-\d{4}-0001/ }).waitFor()
    await panel.getByRole('checkbox', { name: '能独立完成个案需求评估' }).check()
    await form.save()
    await page.getByRole('heading', { name: /DD-\d{4}-0002/ }).waitFor()
    await page.reload()
    await page.getByRole('heading', { name: /DD-\d{4}-0002/ }).waitFor()
    await page.locator('section[data-record-id][aria-busy="false"]').waitFor()
    expect(await panel.getByRole('checkbox', { name: '能独立完成个案需求评估' }).isChecked()).toBe(true)

    // 工作台: with a 个别督导 today the next one is a month away, not this week.
    await plans.goto('工作台')
    await plans.dueCard().waitFor()
    await page.getByText(/^待督导（\d+ 项）$/).waitFor()
    expect(await plans.dueRows('张晓明').count()).toBe(0)

    // The person page: one 个别督导 of three planned in each quarter, one hour of three.
    await plans.goto('人员')
    await page.getByRole('link', { name: '张晓明', exact: true }).click()
    await plans.heading('张晓明').waitFor()
    const last = plans.personQuarter(periodLabel(lastQuarter))
    await last.waitFor()
    expect((await last.locator('td').allTextContents()).slice(1)).toEqual(['个别督导 1/3 次', '1.0/3.0 小时', '33.3%', '低于计划'])
    expect((await plans.personQuarter(periodLabel(quarter)).locator('td').allTextContents()).slice(1, 4)).toEqual(['个别督导 1/3 次', '1.0/3.0 小时', '33.3%'])
    // The goal with its latest rating (the 中期 one, no 期末 yet) and its way from 中期 to 期末.
    await page.getByText(`学习目标评估：中期评估 ${today}，平均 3.0 分`).waitFor()
    const goalRow = plans.personGoal('能独立完成个案需求评估')
    expect(await goalRow.locator('td').allTextContents()).toEqual(['1. 能独立完成个案需求评估', '3 分 · 部分达成（中期）', '4 分', '3 → 未评'])

    // The archive of this year gains the agreement and its plan vs done.
    const [archiveDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /导出督导档案/ }).click()])
    const archive = await readDocx(archiveDownload)
    expect(archive.text).toContain('督导协议与计划执行')
    expect(archive.text).toContain('学习目标：1. 能独立完成个案需求评估。')
    expect(archive.text).toContain(`${periodLabel(quarter)}个别督导 1/3 次1.0/3.0 小时33.3%`)
    expect(archive.text).toContain(`中期评估于${formatDateInText(today)}进行，评估学习目标 1 项，督导者平均评分 3.0 分，被督导者平均自评 4.0 分。`)
    expect(archive.text).toMatch(/学习目标评估（1–5 分）[\s\S]*1\. 能独立完成个案需求评估\s*3（部分达成）\s*自评 4\s*未评\s*—\s*中期：能运用需求评估框架，资料收集尚欠系统/)

    // The 督导协议书 from the agreement's page.
    await page.getByRole('table', { name: '计划与完成' }).waitFor()
    await page.getByRole('link', { name: '督导协议', exact: true }).click()
    await page.getByRole('heading', { name: '督导协议', exact: true }).waitFor()
    const [agreementDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /导出协议书/ }).click()])
    const agreement = await readDocx(agreementDownload)
    expect(agreement.fileName).toBe(`督导协议书_张晓明_${start}.docx`)
    expect(agreement.text).toContain('督导协议书')
    expect(agreement.text).toContain('周晓岚（高级社会工作师）')
    expect(agreement.text).toContain('协议期内，双方按个别督导每月 1 次开展督导，计划督导时数每季度 3 小时。')
    expect(agreement.text).toContain('1. 能独立完成个案需求评估')
    expect(agreement.text).toContain('学习目标评估')
    expect(agreement.text).toContain('3（部分达成）')
    expect(app.errors).toEqual([])
  })
})
