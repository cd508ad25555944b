/**
 * 区级汇总 on 报告导出 (issue 17) in the real app: the card's figures are the 工作室督导工作总结's,
 * the .sgrollup file carries them and no record text, and names go only for the period ticked.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { withNamedSampleStudio } from './support/sample-data'
import { ReportsPage } from './pages/reports-page'
import { rollupDocumentSchema } from '../../src/shared/rollup/document'
import { periodLabel } from '../../src/shared/domain/period'
import { hoursText } from '../../src/shared/domain/statistics'
import { asUser, couchOrigin } from '../support/couch'
import { provisionDistrict, provisionStudio } from '../support/provision-run'
import { SyncSettingsPage } from './pages/sync-settings-page'

describe('区级汇总', () => {
  const app = withNamedSampleStudio('林泉高级社工师工作室')
  const reports = () => new ReportsPage(app().page)

  it('exports the period’s figures as a .sgrollup file, with names only when ticked for that period', async () => {
    const { count, hours, supervisees } = await reports().openStudioSummary()
    await reports().rollupCard().waitFor()
    expect(await reports().rollupFigure('督导')).toBe(`${count} 次，${hours} 小时`)
    expect(await reports().rollupFigure('被督导者')).toBe(`${supervisees} 人`)

    const names = reports().rollupCard().getByRole('checkbox', { name: /向区级提供被督导者姓名/ })
    expect(await names.isChecked()).toBe(false)
    // No code yet on a laptop without sync: the file waits for it.
    await reports().rollupCard().getByRole('button', { name: /导出区级汇总文件/ }).click()
    await reports().rollupCard().getByText('请填写区级社会工作部提供的工作室代码').waitFor()
    await reports().rollupCard().getByLabel('工作室代码').fill('linquan')

    const plain = await reports().exportRollup()
    expect(plain.fileName).toMatch(/^区级汇总-林泉高级社工师工作室-\d{4}Q\d-\d{8}-\d{4}\.sgrollup$/)
    const doc = rollupDocumentSchema.parse(plain.json)
    expect(doc.studio).toEqual({ code: 'linquan', name: '林泉高级社工师工作室' })
    expect(doc.sessions.count).toBe(Number(count))
    expect(doc.supervisees).toMatchObject({ covered: Number(supervisees), named: null })
    expect(JSON.stringify(plain.json)).not.toMatch(/督导者引导|提前提交了近期服务记录/)

    await names.click()
    await expect.poll(() => names.isChecked()).toBe(true)
    const named = rollupDocumentSchema.parse((await reports().exportRollup()).json)
    expect(named.supervisees.named).toHaveLength(Number(supervisees))

    // The choice and the code are kept: after a reload the card shows both.
    await app().page.reload()
    await reports().chooseKind('工作室督导工作总结')
    await reports().rollupCard().waitFor()
    await expect.poll(() => reports().rollupCard().getByRole('checkbox', { name: /向区级提供被督导者姓名/ }).isChecked()).toBe(true)
    expect(await reports().rollupCard().getByLabel('工作室代码').inputValue()).toBe('linquan')
    expect(app().errors).toEqual([])
  })
})

describe('区级汇总 over sync', () => {
  const run = Date.now().toString(36)
  const code = `e2eroll${run}`
  const member = { name: `rgao-${run}`, password: 'pass-1234' }
  const district = { name: `rqu-${run}`, password: 'qu-pass-12' }
  beforeAll(async () => {
    await provisionStudio(code, '林泉高级社工师工作室', member)
    await provisionDistrict(district.name, district.password, [code])
  }, 120_000)
  const app = withNamedSampleStudio('林泉高级社工师工作室')

  it('a syncing laptop puts every finalised period on the studio’s rollup database, which the district reads', async () => {
    const settings = new SyncSettingsPage(app().page)
    await settings.open()
    await settings.fill({ serverUrl: couchOrigin(), studioCode: code, username: member.name, password: member.password })
    await settings.saveAndStart()

    const stored = async () => {
      const r = await asUser(district.name, district.password, 'GET', `/studio-${code}-rollup/_all_docs?include_docs=true&startkey=%22rollup%3A%22&endkey=%22rollup%3A%EF%BF%B0%22`)
      return r.status === 200 ? (r.body as { rows: { doc: unknown }[] }).rows.map((row) => rollupDocumentSchema.parse(row.doc)) : []
    }
    await expect.poll(async () => (await stored()).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2)

    const reports = new ReportsPage(app().page)
    await reports.open()
    await reports.chooseKind('工作室督导工作总结')
    await reports.rollupCard().waitFor()
    await reports.rollupCard().getByText(/已上报|均为最新/).waitFor({ timeout: 60_000 })
    const [count, hours] = /^(\d+) 次，([\d.]+) 小时$/.exec(await reports.rollupFigure('督导'))!.slice(1)
    const choice = (await reports.rollupCard().getByText(/向区级提供被督导者姓名/).textContent()) ?? ''
    const period = /（仅(.+)）/.exec(choice)?.[1] ?? ''
    const shown = (await stored()).find((d) => periodLabel(d.period) === period)
    expect(shown, `stored periods: ${(await stored()).map((d) => d.period).join(', ')}; shown ${period}`).toBeDefined()
    expect(shown!.sessions.count).toBe(Number(count))
    expect(hoursText(shown!.sessions.minutes)).toBe(hours)
    expect(shown!.supervisees.named).toBeNull()

    // Ticking the names for the period puts them on the server at once, for that period only.
    await reports.rollupCard().getByRole('checkbox', { name: /向区级提供被督导者姓名/ }).click()
    await expect.poll(async () => (await stored()).find((d) => d.period === shown!.period)?.supervisees.named?.length ?? 0, { timeout: 60_000 }).toBe(shown!.supervisees.covered)
    expect((await stored()).filter((d) => d.supervisees.named !== null).map((d) => d.period)).toEqual([shown!.period])
    // Not a record of the studio reaches the district: its ordinary database stays shut.
    expect([401, 403]).toContain((await asUser(district.name, district.password, 'GET', `/studio-${code}/_all_docs`)).status)
  })
})
