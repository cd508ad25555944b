import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './support/browser'
import { FollowUpsPage } from './pages/follow-ups-page'
import { loadSampleData } from './support/sample-data'

describe('跟进事项', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/settings')
    await loadSampleData(app.page)
  })
  afterEach(async () => {
    await app.close()
  })

  it('marks overdue items; completing one takes it off the overdue filter', async () => {
    const page = new FollowUpsPage(app.page)
    await page.open()
    await page.due('已逾期')
    await page.rows().first().waitFor()
    const overdue = await page.count()
    expect(overdue).toBeGreaterThan(0)
    // every row of the overdue filter carries the red mark
    const tags = await page.rows().locator('.ant-tag').filter({ hasText: /^逾期 \d+ 天$/ }).count()
    expect(tags).toBe(Math.min(overdue, 50))

    const first = page.rows().first()
    const content = (await first.locator('td').first().textContent())!.trim()
    await page.changeStatus(content, '已完成', '已电话回访，服务对象情况稳定')
    expect(await page.countChangedFrom(overdue)).toBe(overdue - 1)
    expect(await page.row(content).count()).toBe(0)

    await page.due('全部期限')
    await page.status('已完成')
    const done = page.row(content)
    await done.waitFor()
    expect(await done.locator('.ant-tag').allTextContents()).toEqual(['已完成'])
    expect(await done.textContent()).toContain('已电话回访，服务对象情况稳定')
    expect(await done.textContent()).not.toContain('逾期')

    // each row links to its session
    const code = (await done.getByRole('link').textContent())!.trim()
    expect(code).toMatch(/^DD-\d{4}-\d{4}$/)
    await done.getByRole('link').click()
    await app.page.waitForURL((u) => /^#\/sessions\/[0-9a-f-]{36}$/.test(u.hash))
    expect(app.errors).toEqual([])
  })
})
