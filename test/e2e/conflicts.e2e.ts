import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './support/browser'
import { DataPage } from './pages/data-page'
import { PersonsPage } from './pages/persons-page'

/**
 * 冲突处理 after 合并导入, two laptops simulated in one browser as merge.e2e.ts does: both start from
 * one backup; laptop B changes a person's 电话 and writes its backup; the database goes back to the
 * shared start ("laptop A"), which changes the same person's 电话 otherwise and its 备注, then merges
 * B's file. The 备注 merges without asking; the 电话 waits on 冲突处理 for a person.
 */
describe('冲突处理', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/settings')
  })
  afterEach(async () => {
    await app.close()
  })

  async function edit(persons: PersonsPage, name: string, fields: Record<string, string>) {
    await persons.open()
    await persons.page.getByRole('button', { name: `编辑 ${name}` }).click()
    const dialog = persons.dialog(`编辑人员：${name}`)
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value)
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  it('the same field changed on two laptops waits there with both values; the choice is written and the other kept in history', async () => {
    const data = new DataPage(app.page)
    const persons = new PersonsPage(app.page)
    await data.open()
    await data.loadSample()
    const start = await data.backupNow()
    await persons.open()
    const name = (await app.page.getByRole('table').getByRole('link').first().textContent())!.trim()

    // Laptop B.
    await edit(persons, name, { 电话: '13900000002' })
    await data.open()
    const fromB = await data.backupNow()

    // Laptop A.
    await data.becomeLaptopFrom(start.path)
    await edit(persons, name, { 电话: '13800000001', 备注: 'A 的备注' })

    await data.open()
    const merged = await data.mergeFile(fromB.path)
    await merged.result.getByRole('table', { name: '合并冲突' }).getByRole('row', { name: new RegExp(`${name}.*电话`) }).waitFor()
    await merged.result.getByRole('button', { name: '知道了' }).click()

    const nav = app.page.getByRole('navigation', { name: '主导航' })
    await nav.getByRole('menuitem', { name: /冲突处理\s*1/ }).waitFor()
    await data.goto('冲突处理')
    const card = app.page.getByLabel(`冲突：${name}`)
    await card.getByRole('row', { name: /电话.*13800000001.*13900000002/ }).waitFor()
    expect(await card.getByRole('row').count()).toBe(2) // header + 电话 only: 备注 merged without asking
    await card.getByRole('radiogroup', { name: '电话保留哪一边' }).getByText('本机').click()
    await card.getByRole('button', { name: '确认处理' }).click()
    await data.toast(/已处理/).waitFor()
    await app.page.getByText('没有待处理的冲突').waitFor()

    await expect.poll(() => nav.getByRole('menuitem', { name: /冲突处理\s*1/ }).count()).toBe(0)
    await nav.getByRole('menuitem', { name: /冲突处理/ }).waitFor()
    const stored = await app.page.evaluate(
      (name) =>
        new Promise<{ phone: string; note: string }>((resolve, reject) => {
          const req = indexedDB.open('supervision-studio')
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const all = req.result.transaction('persons').objectStore('persons').getAll()
            all.onsuccess = () => resolve((all.result as { name: string; phone: string; note: string }[]).find((p) => p.name === name)!)
          }
        }),
      name,
    )
    expect([stored.phone, stored.note]).toEqual(['13800000001', 'A 的备注'])
    expect(app.errors).toEqual([])
  })
})
