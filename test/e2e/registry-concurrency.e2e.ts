/**
 * A 新增/编辑 dialog whose record another tab moved to the 回收站 meanwhile: its save asks before
 * bringing the record back, as the record pages do, instead of writing into a record no list shows.
 */
import { describe, expect, it } from 'vitest'
import type { AppSession } from './support/browser'
import { storedRecord } from './support/stored'
import { withSampleApp } from './support/sample-data'
import { PersonsPage } from './pages/persons-page'

/** Tab A of the sample studio: the `n`th person's 编辑 dialog open with 所在机构或社区 typed, not saved. */
async function editOrgOfNth(app: AppSession, n: number) {
  const a = new PersonsPage(app.page)
  await a.open()
  const link = a.page.getByRole('table').getByRole('link').nth(n)
  const name = (await link.textContent())!.trim()
  const id = (await link.getAttribute('href'))!.split('/').pop()!
  await a.page.getByRole('button', { name: `编辑 ${name}` }).click()
  const dialog = a.dialog(`编辑人员：${name}`)
  await dialog.getByLabel('所在机构或社区', { exact: true }).fill('林泉街道社工站')
  return { app, a, name, id, dialog }
}

describe('many writers: a person edited in one tab and deleted in another', () => {
  const session = withSampleApp()

  it('the edit dialog asks; 恢复并保存 brings the person back with the edit', async () => {
    const { app, a, name, id, dialog } = await editOrgOfNth(session(), 0)

    const b = new PersonsPage(await app.context.newPage())
    await b.page.goto(app.page.url())
    await b.open()
    await b.delete(name)
    await b.toast(`${name} 已移入回收站`).waitFor()

    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    await a.dialog('这条记录已在其他窗口移入回收站').getByRole('button', { name: '恢复并保存' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await storedRecord(a.page, 'persons', id)).toMatchObject({ name, org: '林泉街道社工站', deletedAt: null })
    await b.row(name).waitFor()
    expect(app.errors).toEqual([])
  })

  it('edited in both tabs: the conflict dialog lists the two changed fields, not the record\'s bookkeeping', async () => {
    const { app, a, name, id, dialog } = await editOrgOfNth(session(), 1)

    const b = new PersonsPage(await app.context.newPage())
    await b.page.goto(app.page.url())
    await b.edit(name, { 电话: '13800001111' })

    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    const conflict = a.dialog(/保存冲突/)
    await conflict.getByText('两边改的是不同的内容').waitFor()
    // An 编辑 dialog keeps no draft: the typing is in the form alone, and the dialog says no more.
    await conflict.getByText('您填写的内容仍在表单中，未选择前不会保存。', { exact: false }).waitFor()
    expect(await conflict.getByRole('row').allTextContents()).toEqual([
      expect.stringMatching(/^字段/),
      expect.stringMatching(/^电话13800001111/),
      expect.stringMatching(/^所在机构或社区.*林泉街道社工站/),
    ])
    await conflict.getByRole('button', { name: '保存合并结果' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await storedRecord(a.page, 'persons', id)).toMatchObject({ phone: '13800001111', org: '林泉街道社工站' })
    expect(app.errors).toEqual([])
  })
})
