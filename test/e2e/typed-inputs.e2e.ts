import { afterEach, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { countRows, openApp, type AppSession } from './support/browser'
import { AppPage } from './pages/app-page'
import { SessionFormPage } from './pages/session-form-page'
import { ProjectsPage } from './pages/projects-page'
import { FollowUpsPage } from './pages/follow-ups-page'
import { AssessmentPage, FrameworksPage } from './pages/index-pages'
import { loadSampleData } from './support/sample-data'

/**
 * Types into a field as a person does, leaves it with Tab, and checks the typed text stayed —
 * never replaced by the old value or today — and the field says why it cannot be used.
 */
async function typeImpossible(shell: AppPage, scope: Locator, label: string, typed: string, message: string) {
  const field = scope.getByLabel(label, { exact: true })
  await field.click()
  await field.press('Control+a')
  await field.pressSequentially(typed, { delay: 5 })
  await field.press('Tab')
  expect(await field.inputValue(), label).toBe(typed)
  await shell.fieldError(scope, message).waitFor()
  expect(await field.getAttribute('aria-invalid'), label).toBe('true')
}

describe('输入不会被猜测或替换', () => {
  let app: AppSession
  afterEach(async () => {
    await app.close()
  })

  it('督导记录: impossible dates and times stay, are named, and block 保存 and 定稿', async () => {
    app = await openApp('#/sessions')
    const form = new SessionFormPage(app.page)
    const page = app.page
    await form.openNew()
    const main = page.locator('main')
    await typeImpossible(form, main, '日期', '2025-02-30', '日期无效：2025年2月没有30日')
    await typeImpossible(form, main, '开始时间', '25:00', '时间无效：没有25点（小时为 0–23）')
    await typeImpossible(form, main, '结束时间', '9:75', '时间无效：没有75分（分钟为 0–59）')
    await typeImpossible(form, main, '下次督导日期', '2025-13-01', '日期无效：没有13月（月份为 1–12）')
    await page.getByRole('button', { name: '添加跟进事项' }).click()
    await typeImpossible(form, main, '跟进事项1期限', '2025/4/31', '日期无效：2025年4月没有31日')

    await form.save()
    await form.toast('请先修正标红的内容，记录尚未保存').waitFor()
    await form.error('日期无效：2025年2月没有30日').waitFor()
    expect(await form.field('日期').inputValue()).toBe('2025-02-30')
    await page.keyboard.press('Control+Enter')
    await form.toast('请先修正标红的内容，记录尚未定稿').waitFor()
    expect(await countRows(page, 'sessions')).toBe(0)

    // A date typed the way studios write it is read, and shown as the app writes dates.
    const date = form.field('日期')
    await date.fill('2025年3月8日')
    await date.press('Tab')
    expect(await date.inputValue()).toBe('2025-03-08')
    await expect.poll(() => form.error('日期无效：2025年2月没有30日').count()).toBe(0)
    expect(app.errors).toEqual([])
  })

  it('a long text shows its live count and is never cut; over the limit it is not saved', async () => {
    app = await openApp('#/sessions')
    const form = new SessionFormPage(app.page)
    const page = app.page
    await form.openNew()
    const process = form.field('督导过程')
    await process.fill('过'.repeat(1234))
    await page.getByText('1,234/20,000').waitFor()
    await process.fill('过'.repeat(20_001)) // a paste over the limit
    expect((await process.inputValue()).length).toBe(20_001)
    const count = page.getByText('20,001/20,000')
    await count.waitFor()
    expect(await count.evaluate((el) => el.closest('.ant-input-out-of-range, [class*="out-of-range"]') !== null)).toBe(true)
    await form.save()
    await form.error('督导过程不能超过 20,000 字（现为 20,001 字）').waitFor()
    expect(await countRows(page, 'sessions')).toBe(0)
  })

  it('服务项目: impossible dates and a number that is not one stay, and nothing is written', async () => {
    app = await openApp('#/projects')
    const projects = new ProjectsPage(app.page)
    await projects.heading('服务项目').waitFor()
    const dialog = await projects.fillNew({ name: '古街社区助老送餐服务项目', community: '古街社区', startDate: '2025-01-01', endDate: '2025-12-31' })
    await typeImpossible(projects, dialog, '开始日期', '2025-02-29', '日期无效：2025年2月没有29日')
    await typeImpossible(projects, dialog, '结束日期', '明年年底', '日期无效：“明年年底”不是日期，请按 年-月-日 填写（如 2025-03-08）')
    await typeImpossible(projects, dialog, '目标活动场次', '12a', '数字无效：“12a”不是数字')
    await projects.save()
    await projects.fieldError(dialog, '日期无效：2025年2月没有29日').waitFor()
    expect(await dialog.isVisible()).toBe(true)
    expect(await countRows(app.page, 'projects')).toBe(0)

    // Fixed, with a figure typed with a thousands separator: saved as the number it is.
    await projects.fillDate(dialog, '开始日期', '2025-03-01')
    await projects.fillDate(dialog, '结束日期', '2025-12-31')
    await projects.fillNumber(dialog, '目标活动场次', '36')
    await projects.fillNumber(dialog, '目标服务人次', '1,200')
    await projects.save()
    await dialog.waitFor({ state: 'hidden' })
    const targets = await app.page.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('supervision-studio')
          req.onsuccess = () => {
            const all = req.result.transaction('projects').objectStore('projects').getAll()
            all.onsuccess = () => resolve(all.result[0].targets)
          }
        }),
    )
    expect(targets).toEqual({ activities: 36, serviceCount: 1200, volunteers: 0 })
  })

  it('项目评估: an impossible 评估日期 stays, is named, and nothing is written', async () => {
    app = await openApp('#/settings')
    await loadSampleData(app.page)
    const page = app.page
    const form = new AssessmentPage(page)
    await form.openNew()
    await page.getByLabel('服务项目', { exact: true }).click()
    await page.locator('.ant-select-item-option:visible').first().click()
    await page.getByLabel('评估人', { exact: true }).fill('周晓岚')
    const main = page.locator('main')
    await typeImpossible(form, main, '评估日期', '2025-02-30', '日期无效：2025年2月没有30日')
    const before = await countRows(page, 'assessments')
    await form.save()
    await form.fieldError(main, '日期无效：2025年2月没有30日').waitFor()
    expect(await page.getByLabel('评估日期', { exact: true }).inputValue()).toBe('2025-02-30')
    expect(await countRows(page, 'assessments')).toBe(before)

    // The 改进建议 shows its live count, and over the limit the assessment is not saved.
    const improvements = page.getByLabel('改进建议', { exact: true })
    await improvements.fill('改'.repeat(5001))
    await main.getByText('5,001/5,000').waitFor()
    // A date as studios write it is read and shown as the app writes dates.
    const date = page.getByLabel('评估日期', { exact: true })
    await date.fill('2025年3月8日')
    await date.press('Tab')
    expect(await date.inputValue()).toBe('2025-03-08')
    await form.save()
    await form.fieldError(main, '改进建议不能超过 5,000 字（现为 5,001 字）').waitFor()
    expect(await countRows(page, 'assessments')).toBe(before)
    expect(app.errors).toEqual([])
  })

  it('项目进展, 跟进事项状态 and 指数框架: numbers and dates as typed, refused with their reason', async () => {
    app = await openApp('#/settings')
    await loadSampleData(app.page)
    const page = app.page
    const shell = new AppPage(page)

    // 项目进展: a fraction of an activity, a percentage that is not a number.
    const projects = new ProjectsPage(page)
    await projects.open()
    await page.locator('.ant-table-tbody').getByRole('link').first().click()
    await page.getByRole('button', { name: /^编辑.+进展$/ }).first().click()
    const progress = page.getByRole('dialog', { name: /进展$/ })
    await typeImpossible(shell, progress, '满意度（%）', '九十五', '数字无效：“九十五”不是数字')
    await progress.getByLabel('实际活动场次').fill('1.5')
    const before = await countRows(page, 'progress')
    await progress.getByRole('button', { name: /保\s*存/ }).click()
    await shell.fieldError(progress, '实际活动场次须为非负整数').waitFor()
    await shell.fieldError(progress, '数字无效：“九十五”不是数字').waitFor()
    expect(await progress.getByLabel('实际活动场次').inputValue()).toBe('1.5')
    expect(await countRows(page, 'progress')).toBe(before)
    await progress.getByRole('button', { name: /取\s*消/ }).click()

    // 跟进事项 → 已完成 with a 完成日期 that does not exist.
    const followUps = new FollowUpsPage(page)
    await followUps.open()
    await followUps.due('已逾期')
    await followUps.rows().first().getByRole('button', { name: /^更改状态/ }).click()
    const status = followUps.dialog('更改跟进事项状态')
    await status.getByText('已完成', { exact: true }).click()
    await typeImpossible(shell, status, '完成日期', '2025-02-30', '日期无效：2025年2月没有30日')
    await status.getByRole('button', { name: /保\s*存/ }).click()
    await shell.fieldError(status, '日期无效：2025年2月没有30日').waitFor()
    expect(await status.isVisible()).toBe(true)
    await status.getByRole('button', { name: /取\s*消/ }).click()

    // 指数框架: a weight and a threshold that are not numbers.
    const frameworks = new FrameworksPage(page)
    await frameworks.open()
    await frameworks.copyAsNewVersion()
    const editor = page.locator('main')
    await typeImpossible(shell, editor, '指标 A1 权重', '8分', '数字无效：“8分”不是数字')
    await typeImpossible(shell, editor, '绿色（优秀）不低于', '9O', '数字无效：“9O”不是数字')
    const frameworksBefore = await countRows(page, 'frameworks')
    await frameworks.save()
    await shell.fieldError(editor, '数字无效：“8分”不是数字').waitFor()
    expect(await countRows(page, 'frameworks')).toBe(frameworksBefore)
    expect(app.errors).toEqual([])
  })
})
