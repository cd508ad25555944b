import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { AppSession } from './support/browser'
import { storedRecord } from './support/stored'
import { withSampleApp } from './support/sample-data'
import { SessionFormPage } from './pages/session-form-page'
import { SessionsListPage } from './pages/sessions-list-page'

const storedSession = (page: Page, id: string) => storedRecord<{ location: string; advice: string; rev: number; code: string; deletedAt: string | null }>(page, 'sessions', id)

/** The newest sample record (a 草稿, editable) in tab `a`, and the same record in `more` new tabs of the profile. */
async function openNewestRecord(app: AppSession, more: number) {
  const a = new SessionFormPage(app.page)
  await a.goto('督导记录')
  await app.page.getByRole('link', { name: /^DD-\d{4}-\d{4}$/ }).first().click()
  await a.heading(/督导记录 DD-/).waitFor()
  const url = app.page.url()
  const id = url.split('/').pop()!
  const others: SessionFormPage[] = []
  for (let i = 0; i < more; i++) {
    const tab = new SessionFormPage(await app.context.newPage())
    await tab.page.goto(url)
    await tab.heading(/督导记录 DD-/).waitFor()
    // Loaded: the form shows the stored 地点.
    await expect.poll(() => tab.field('地点').inputValue()).not.toBe('')
    others.push(tab)
  }
  return { a, others, id }
}

describe('many writers: the same 督导记录 in several tabs', () => {
  const session = withSampleApp()

  it('two tabs save different fields: the second meets a conflict dialog, and after it both changes are saved; a third tab learns of it without reload', async () => {
    const app = session()
    const { a, others, id } = await openNewestRecord(app, 2)
    const [b, c] = others as [SessionFormPage, SessionFormPage]
    const before = await storedSession(app.page, id)
    expect(await b.field('地点').inputValue()).toBe(before.location)

    // Tab A changes 地点 and saves.
    await a.field('地点').fill('林泉社区党群服务中心三楼')
    await a.save()
    await a.toast(/已保存/).waitFor()

    // Tab C, untouched, is told at once, without reload.
    await c.page.getByText('此记录已在其他窗口修改').waitFor({ timeout: 2000 })

    // Tab B changed 督导意见与建议 meanwhile; its save is refused and shows what each side changed.
    await b.field('督导意见与建议').fill('先与居委会确认送餐名单，再排班。')
    await b.save()
    const dialog = b.dialog(/保存冲突/)
    await dialog.waitFor()
    await expect.poll(() => dialog.getByRole('row').count()).toBe(3) // header + two fields
    await dialog.getByRole('row', { name: /地点.*林泉社区党群服务中心三楼.*采用对方的（自动）/ }).waitFor()
    await dialog.getByRole('row', { name: /督导意见与建议.*先与居委会确认送餐名单.*保留我的（自动）/ }).waitFor()
    // Nothing was written by the refused save.
    expect((await storedSession(b.page, id)).advice).toBe(before.advice)
    await dialog.getByRole('button', { name: '保存合并结果' }).click()
    await b.toast(/已保存/).waitFor()

    const after = await storedSession(b.page, id)
    expect(after.location).toBe('林泉社区党群服务中心三楼')
    expect(after.advice).toBe('先与居委会确认送餐名单，再排班。')
    expect(after.rev).toBe(before.rev + 2)
    // The form shows both changes too.
    expect(await b.field('地点').inputValue()).toBe('林泉社区党群服务中心三楼')

    // Tab C takes both changes into its form from the notice.
    await c.page.getByRole('button', { name: '查看差异' }).click()
    const diff = c.dialog(/保存冲突/)
    await diff.getByRole('button', { name: '合并到表单' }).click()
    await expect.poll(() => c.field('地点').inputValue()).toBe('林泉社区党群服务中心三楼')
    expect(await c.field('督导意见与建议').inputValue()).toBe('先与居委会确认送餐名单，再排班。')
    expect(app.errors).toEqual([])
  })

  it('the same field changed in two tabs: a person picks a side, the other value is not written', async () => {
    const app = session()
    const { a, others, id } = await openNewestRecord(app, 1)
    const b = others[0]!

    await b.field('地点').fill('B 写的地点')
    await a.field('地点').fill('A 写的地点')
    await a.save()
    await a.toast(/已保存/).waitFor()
    await b.save()
    const dialog = b.dialog(/保存冲突/)
    await dialog.getByText('有 1 处两边都改过').waitFor()
    const ok = dialog.getByRole('button', { name: '保存合并结果' })
    expect(await ok.isDisabled()).toBe(true) // a side must be chosen first
    await dialog.getByRole('radiogroup', { name: '地点保留哪一边' }).getByText('采用对方的').click()
    await ok.click()
    await b.toast(/已保存/).waitFor()
    expect((await storedSession(b.page, id)).location).toBe('A 写的地点')
    expect(await b.field('地点').inputValue()).toBe('A 写的地点')
  })

  it('a record moved to the 回收站 in another tab: the page says so, and a save asks before bringing it back', async () => {
    const app = session()
    const { a, id } = await openNewestRecord(app, 0)
    const before = await storedSession(app.page, id)
    await a.field('地点').fill('改在街道社工站二楼')

    const list = new SessionsListPage(await app.context.newPage())
    // Straight to the list: on the record's own address the draft A's typing left would be offered first.
    await list.page.goto(app.page.url().replace(/\/sessions\/[^/]+$/, '/sessions'))
    await list.waitLoaded()
    await list.deleteRow(before.code)
    await list.toast(`${before.code} 已移入回收站`).waitFor()

    await a.page.getByText('此记录已在其他窗口移入回收站').waitFor()
    // 暂不保存: nothing written, the typing stays.
    await a.save()
    const ask = a.dialog('这条记录已在其他窗口移入回收站')
    await ask.getByRole('button', { name: '暂不保存' }).click()
    await a.toast(/尚未保存/).waitFor()
    expect(await storedSession(a.page, id)).toMatchObject({ location: before.location, deletedAt: expect.any(String) })
    expect(await a.field('地点').inputValue()).toBe('改在街道社工站二楼')

    // 恢复并保存: back from the 回收站 with the typing saved into it.
    await a.save()
    await a.dialog('这条记录已在其他窗口移入回收站').getByRole('button', { name: '恢复并保存' }).click()
    await a.toast(/已保存/).waitFor()
    expect(await storedSession(a.page, id)).toMatchObject({ location: '改在街道社工站二楼', deletedAt: null, rev: before.rev + 3 })
    await list.page.getByRole('link', { name: before.code }).first().waitFor()
    expect(app.errors).toEqual([])
  })
})
