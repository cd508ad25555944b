/**
 * 区级汇总 on 报告导出 (issue 17) in the real app: the card's figures are the 工作室督导工作总结's,
 * the .sgrollup file carries them and no record text, and names go only for the period ticked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppSession } from './support/browser'
import { openNamedSampleStudio } from './support/sample-data'
import { ReportsPage } from './pages/reports-page'
import { rollupDocumentSchema } from '../../src/shared/rollup/document'

describe('区级汇总', () => {
  let app: AppSession
  let reports: ReportsPage

  beforeAll(async () => {
    app = await openNamedSampleStudio('林泉高级社工师工作室')
    reports = new ReportsPage(app.page)
  })

  afterAll(async () => {
    await app?.close()
  })

  it('exports the period’s figures as a .sgrollup file, with names only when ticked for that period', async () => {
    await reports.open()
    await reports.chooseKind('工作室督导工作总结')
    await reports.previewTitle().waitFor()
    const count = (await reports.figure('督导次数')).replace(' 次', '')
    const hours = (await reports.figure('督导时数')).replace(' 小时', '')
    const supervisees = (await reports.figure('被督导者')).replace(' 人', '')
    await reports.rollupCard().waitFor()
    expect(await reports.rollupFigure('督导')).toBe(`${count} 次，${hours} 小时`)
    expect(await reports.rollupFigure('被督导者')).toBe(`${supervisees} 人`)

    const names = reports.rollupCard().getByRole('checkbox', { name: /向区级提供被督导者姓名/ })
    expect(await names.isChecked()).toBe(false)
    // No code yet on a laptop without sync: the file waits for it.
    await reports.rollupCard().getByRole('button', { name: /导出区级汇总文件/ }).click()
    await reports.rollupCard().getByText('请填写区级社会工作部提供的工作室代码').waitFor()
    await reports.rollupCard().getByLabel('工作室代码').fill('linquan')

    const plain = await reports.exportRollup()
    expect(plain.fileName).toMatch(/^区级汇总-林泉高级社工师工作室-\d{4}Q\d-\d{8}-\d{4}\.sgrollup$/)
    const doc = rollupDocumentSchema.parse(plain.json)
    expect(doc.studio).toEqual({ code: 'linquan', name: '林泉高级社工师工作室' })
    expect(doc.sessions.count).toBe(Number(count))
    expect(doc.supervisees).toMatchObject({ covered: Number(supervisees), named: null })
    expect(JSON.stringify(plain.json)).not.toMatch(/督导者引导|提前提交了近期服务记录/)

    await names.click()
    await expect.poll(() => names.isChecked()).toBe(true)
    const named = rollupDocumentSchema.parse((await reports.exportRollup()).json)
    expect(named.supervisees.named).toHaveLength(Number(supervisees))

    // The choice and the code are kept: after a reload the card shows both.
    await app.page.reload()
    await reports.chooseKind('工作室督导工作总结')
    await reports.rollupCard().waitFor()
    await expect.poll(() => reports.rollupCard().getByRole('checkbox', { name: /向区级提供被督导者姓名/ }).isChecked()).toBe(true)
    expect(await reports.rollupCard().getByLabel('工作室代码').inputValue()).toBe('linquan')
    expect(app.errors).toEqual([])
  })
})
