/**
 * The same 督导协议 in two tabs: a save over a newer stored version meets the 冲突 dialog the
 * 督导记录 pages use (field by field, 保留我的 / 采用对方的), never a bare error message.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { storedRecord } from './support/stored'
import { withSampleApp } from './support/sample-data'
import { PlansPage } from './pages/plans-page'

const storedAgreement = (page: Page, id: string) => storedRecord<{ note: string; plannedHours: number | null; rev: number }>(page, 'agreements', id)

describe('many writers: the same 督导协议 in two tabs', () => {
  const session = withSampleApp()

  it('the second save meets the conflict dialog: the field both changed is chosen, the other merged, both kept', async () => {
    const app = session()
    const a = new PlansPage(app.page)
    const url = await a.openFirstAgreement()
    const id = url.split('/').pop()!
    const b = new PlansPage(await app.context.newPage())
    await b.page.goto(url)
    await b.loaded()
    const before = await storedAgreement(app.page, id)

    // Tab B changes 计划时数 and 备注; tab A changes 备注 and saves first.
    const hours = before.plannedHours === 7.5 ? '6.5' : '7.5'
    await b.fillNumber(b.page, '计划时数（小时）', hours)
    await b.field('备注').fill('B：第二季度起改为每两周一次')
    await a.field('备注').fill('A：督导时间改在周三下午')
    await a.save()

    // B is told at once, without reload; its save is refused and shows each side's change.
    await b.page.getByText('此记录已在其他窗口修改').waitFor()
    await b.page.getByRole('button', { name: '保存（Ctrl+S）' }).click()
    const dialog = b.dialog(/保存冲突/)
    await dialog.waitFor()
    await dialog.getByText('有 1 处两边都改过').waitFor()
    await expect.poll(() => dialog.getByRole('row').count()).toBe(3) // header + two fields
    await dialog.getByRole('row', { name: new RegExp(`计划时数.*${hours}.*保留我的（自动）`) }).waitFor()
    // Nothing was written by the refused save.
    expect(await storedAgreement(b.page, id)).toMatchObject({ note: 'A：督导时间改在周三下午', plannedHours: before.plannedHours, rev: before.rev + 1 })
    const ok = dialog.getByRole('button', { name: '保存合并结果' })
    expect(await ok.isDisabled()).toBe(true) // a side must be chosen first
    await dialog.getByRole('radiogroup', { name: '备注保留哪一边' }).getByText('采用对方的').click()
    await ok.click()
    await b.toast('已保存督导协议').waitFor()

    expect(await storedAgreement(b.page, id)).toMatchObject({ note: 'A：督导时间改在周三下午', plannedHours: Number(hours), rev: before.rev + 2 })
    expect(await b.field('备注').inputValue()).toBe('A：督导时间改在周三下午')
    expect(app.errors).toEqual([])
  })
})
