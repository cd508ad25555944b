import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { HomePage } from './pages/home-page'
import { SessionFormPage } from './pages/session-form-page'
import { DataPage } from './pages/data-page'

describe('第一次使用', () => {
  let app: AppSession
  let home: HomePage
  beforeEach(async () => {
    app = await openApp('#/home')
    home = new HomePage(app.page)
    await home.heading('工作台').waitFor()
  })
  afterEach(async () => {
    await app.close()
  })

  it('an empty studio gets a checklist whose four steps are done in place, then it goes away', async () => {
    const page = app.page
    await home.checklist().waitFor()
    for (const title of ['工作室信息', '人员', '服务项目', '第一条督导记录']) expect(await home.stepDone(title), title).toBe(false)
    expect(await page.getByRole('button', { name: '载入示例数据' }).count()).toBe(1)
    // Nothing to lose yet: no backup reminder on an empty database.
    expect(await home.backupReminder().count()).toBe(0)

    // 1. 工作室信息, in a dialog; Enter saves.
    await home.step('工作室信息').getByRole('button', { name: '填写工作室信息' }).click()
    await home.dialog('工作室信息').getByLabel('工作室名称').fill('林泉高级社工师工作室')
    await page.keyboard.press('Enter')
    await home.waitDone('工作室信息')
    await home.step('工作室信息').getByText('已填写：林泉高级社工师工作室').waitFor()

    // 2. 人员: one person is not yet enough for a record.
    await home.step('人员').getByRole('button', { name: '新增人员' }).click()
    const person = home.dialog('新增人员')
    await person.getByLabel('姓名').fill('周晓岚')
    await home.choose(person, '角色', '督导者')
    await person.getByRole('button', { name: /保\s*存/ }).click()
    await home.step('人员').getByText(/已有 1 人/).waitFor()
    expect(await home.stepDone('人员')).toBe(false)

    // 4. the first record, adding the missing person and project from the form's pickers.
    await home.step('第一条督导记录').getByRole('button', { name: '新建督导记录' }).click()
    const form = new SessionFormPage(page)
    await form.heading('新建督导记录').waitFor()
    await form.choose(page, '督导者', '周晓岚', 'zxl')
    await form.field('被督导者').click()
    await page.keyboard.type('张晓明')
    await page.getByRole('button', { name: '新增人员“张晓明”（回车）' }).waitFor()
    await page.keyboard.press('Enter') // nothing matches: Enter adds
    const added = home.dialog('新增人员')
    expect(await added.getByLabel('姓名').inputValue()).toBe('张晓明')
    await page.keyboard.press('Enter') // Enter saves the dialog, and only the dialog
    await added.waitFor({ state: 'hidden' })
    await page.locator('.ant-select-selection-item').filter({ hasText: '张晓明' }).waitFor()
    expect(await countRows(page, 'sessions')).toBe(0)

    await form.field('关联项目').click()
    await page.getByText('还没有服务项目').waitFor()
    await page.getByRole('button', { name: '新增项目（回车）' }).click()
    const project = home.dialog('新增服务项目')
    await project.getByLabel('项目名称').fill('“共享儿女”独居老人关爱服务')
    await project.getByLabel('社区', { exact: true }).fill('林泉社区')
    await home.fillDate(project, '开始日期', '2025-01-01')
    await home.fillDate(project, '结束日期', '2099-12-31')
    await project.getByRole('button', { name: /保\s*存/ }).click()
    await project.waitFor({ state: 'hidden' })
    await page.locator('.ant-select-selection-item').filter({ hasText: '“共享儿女”独居老人关爱服务' }).waitFor()

    await form.field('开始时间').fill('9:30')
    await form.field('结束时间').fill('11:00')
    await form.field('行政').check()
    await form.save()
    await page.getByRole('heading', { name: /督导记录 DD-\d{4}-0001/ }).waitFor()
    expect(await countRows(page, 'persons')).toBe(2)
    expect(await countRows(page, 'projects')).toBe(1)

    // Every step done: the 工作台 shows its figures without the checklist.
    await home.open()
    await home.figure('督导次数').getByText(/^1\s*次$/).waitFor()
    expect(await home.checklist().count()).toBe(0)
    expect(app.errors).toEqual([])
  })

  it('a studio whose database comes back empty is told so and sent to the backups, not offered a fresh start', async () => {
    const page = app.page
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await home.toast(/已载入示例数据/).waitFor({ timeout: 30000 })
    await home.checklist().waitFor({ state: 'detached' })
    const [sessions, persons] = [await countRows(page, 'sessions'), await countRows(page, 'persons')]
    expect(sessions).toBeGreaterThan(0)
    // The browser drops the database, as Chromium does with one it finds damaged; nothing else changes.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('supervision-studio')
          req.onsuccess = () => resolve()
          req.onerror = () => reject(req.error)
        }),
    )
    await page.reload()
    const notice = home.vanishedNotice()
    await notice.waitFor()
    await notice.getByText(`本机有 ${sessions} 条督导记录、${persons} 位人员`, { exact: false }).waitFor()
    expect(await home.checklist().count()).toBe(0)
    expect(await page.getByRole('button', { name: '载入示例数据' }).count()).toBe(0)
    await notice.getByRole('button', { name: '去备份与恢复' }).click()
    await home.heading('设置').waitFor()
    // Emptied on purpose: said once, then the new studio's 开始使用 as usual.
    await home.open()
    await home.vanishedNotice().getByRole('button', { name: '是有意清空的，不再提示' }).click()
    await home.checklist().waitFor()
    expect(await home.vanishedNotice().count()).toBe(0)
    await page.reload()
    await home.checklist().waitFor()
    expect(await home.vanishedNotice().count()).toBe(0)
    expect(app.errors).toEqual([])
  })

  it('载入示例数据 from the checklist; the backup reminder then backs up in place, once per screen, and can wait three days', async () => {
    const page = app.page
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await home.toast(/已载入示例数据/).waitFor({ timeout: 30000 })
    await home.checklist().waitFor({ state: 'detached' })

    // The reminder, on 设置 too, shows once.
    const reminder = home.backupReminder()
    await reminder.waitFor()
    const data = new DataPage(page)
    await data.open()
    expect(await home.backupReminder().count()).toBe(1)
    expect(await page.getByText('还没有备份过数据').count()).toBe(1)

    // 立即备份 in the reminder downloads the backup; the reminder goes.
    const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: '立即备份' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.sgbak$/)
    await reminder.waitFor({ state: 'detached' })

    // When the last backup is old again it asks again; 3 天后再提醒 puts it away, across a reload too.
    await page.evaluate(() => {
      const req = indexedDB.open('supervision-studio')
      return new Promise<void>((resolve, reject) => {
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite')
          const store = tx.objectStore('settings')
          const get = store.get('preferences')
          get.onsuccess = () => {
            store.put({ ...get.result, value: { ...get.result.value, lastBackupAt: '2020-01-01T00:00:00.000Z' } })
          }
          tx.oncomplete = () => {
            req.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      })
    })
    await page.reload()
    await reminder.waitFor()
    await reminder.getByRole('button', { name: '3 天后再提醒' }).click()
    await reminder.waitFor({ state: 'detached' })
    await page.reload()
    await data.heading('设置').waitFor()
    await page.waitForTimeout(500)
    expect(await home.backupReminder().count()).toBe(0)
  })

  it('报告导出 says the font is chosen in 设置, and 设置 has the choice', async () => {
    const page = app.page
    const data = new DataPage(page)
    await data.open()
    const fonts = page.getByRole('radiogroup', { name: '报告字体' })
    await fonts.getByText(/^公文字体/).click()
    await home.toast(/报告字体已改为/).waitFor()
    await home.goto('报告导出')
    await page.getByText('字体：公文字体（在设置 → 报告字体中更改）').waitFor()
    await page.getByRole('link', { name: '设置 → 报告字体' }).click()
    await fonts.waitFor()
  })
})
