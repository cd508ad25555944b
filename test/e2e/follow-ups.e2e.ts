import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { FollowUpsPage } from './pages/follow-ups-page'
import { withSampleApp } from './support/sample-data'

describe('跟进事项', () => {
  const app = withSampleApp()

  it('marks overdue items; completing one takes it off the overdue filter', async () => {
    const page = new FollowUpsPage(app().page)
    await page.open()
    await page.due('已逾期')
    await page.rows().first().waitFor()
    const overdue = await page.count()
    expect(overdue).toBeGreaterThan(0)
    // every row of the overdue filter carries the red mark
    const tags = await page.rows().locator('.ant-tag').filter({ hasText: /^逾期 \d+ 天$/ }).count()
    expect(tags).toBe(Math.min(overdue, 50))

    const first = page.rows().first()
    const id = (await first.getAttribute('data-row-key'))!
    const code = (await first.getByRole('link').textContent())!.trim()
    expect(code).toMatch(/^DD-\d{4}-\d{4}$/)
    await page.changeStatus(id, '已完成', '已电话回访，服务对象情况稳定')
    expect(await page.countChangedFrom(overdue)).toBe(overdue - 1)
    expect(await page.rowById(id).count()).toBe(0)

    await page.due('全部期限')
    await page.status('已完成')
    await page.search(code)
    const done = page.rowById(id)
    await done.waitFor()
    expect(await done.locator('.ant-tag').allTextContents()).toEqual(['已完成'])
    expect(await done.textContent()).toContain('已电话回访，服务对象情况稳定')
    expect(await done.textContent()).not.toContain('逾期')
    // 完成日期 defaulted to today
    const today = await app().page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    expect(await done.textContent()).toContain(today)

    // each row links to its session
    expect((await done.getByRole('link').textContent())!.trim()).toBe(code)
    await done.getByRole('link').click()
    await app().page.waitForURL((u) => /^#\/sessions\/[0-9a-f-]{36}$/.test(u.hash))
    // …whose 修改历史 shows the status change, with the completion note.
    const history = app().page.getByRole('table', { name: '修改历史' })
    await history.getByText('跟进事项修改').waitFor()
    expect(await history.textContent()).toContain('已电话回访，服务对象情况稳定')
    expect(await history.textContent()).toMatch(/状态：\S+ → 已完成/)
    expect(app().errors).toEqual([])
  })

  it('已完成 without a 完成日期 is refused at the field and nothing is written', async () => {
    const page = new FollowUpsPage(app().page)
    await page.open()
    await page.due('已逾期')
    const first = page.rows().first()
    await first.waitFor()
    const id = (await first.getAttribute('data-row-key'))!
    const before = await statusOf(app().page, id)
    await first.getByRole('button', { name: /^更改状态/ }).click()
    const dialog = page.dialog('更改跟进事项状态')
    await dialog.getByText('已完成', { exact: true }).click()
    // the date defaults to today: clear it
    expect(await dialog.getByLabel('完成日期').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await dialog.getByLabel('完成日期').fill('')
    expect(await dialog.getByLabel('完成日期').inputValue()).toBe('')
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    await page.fieldError(dialog, '请填写完成日期').waitFor()
    expect(await dialog.isVisible()).toBe(true)
    expect(await statusOf(app().page, id)).toEqual(before)
    expect(before.status).not.toBe('已完成')
  })
})

/** A follow-up's status and completion date straight from IndexedDB. */
async function statusOf(page: Page, id: string): Promise<{ status: string; completedDate: string | null }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('supervision-studio')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const get = db.transaction('followUps', 'readonly').objectStore('followUps').get(id)
          get.onsuccess = () => {
            resolve({ status: get.result.status, completedDate: get.result.completedDate })
            db.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
    id,
  )
}
