/**
 * 督导计划执行 with the sample data: another period from the 周期 box (kept in the address), one
 * supervisor's rows, and 只看低于计划 leaving exactly the rows that were behind.
 */
import { describe, expect, it } from 'vitest'
import { withSampleApp } from './support/sample-data'
import { PlansPage } from './pages/plans-page'
import { periodLabel, periodOf, previousPeriod } from '../../src/shared/domain/period'

describe('督导计划执行', () => {
  const session = withSampleApp()

  it('shows another period, one supervisor’s rows, and only those below plan', async () => {
    const app = session()
    const page = app.page
    const plans = new PlansPage(page)
    await plans.goto('督导计划')
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
    const last = previousPeriod(periodOf(today, 'Q'))
    await plans.choose(page, '周期', periodLabel(last))
    await page.getByText(`${periodLabel(last)} · 计划与完成`).waitFor()
    expect(new URL(page.url()).hash).toContain(`period=${last}`)

    await plans.planRows().first().waitFor()
    const all = await plans.allPlanCells()
    expect(all.length).toBeLessThanOrEqual(20) // one page: every row is read here
    const behindOnly = page.getByRole('checkbox', { name: '只看低于计划' })
    const onlyBehind = async (rows: string[][]) => {
      await behindOnly.check()
      const behind = rows.filter((r) => r.at(-2) === '低于计划').map((r) => r[0])
      if (behind.length === 0) await page.getByText('没有符合条件的记录').waitFor()
      else await expect.poll(async () => (await plans.allPlanCells()).map((r) => r[0])).toEqual(behind)
      await behindOnly.uncheck()
      await expect.poll(async () => (await plans.allPlanCells()).length).toBe(rows.length)
    }
    await onlyBehind(all)

    // The supervisor with rows of both kinds (else the most rows): the filters together.
    const bySupervisor = new Map<string, string[][]>()
    for (const r of all) {
      const first = r[1]!.split('、')[0]!
      bySupervisor.set(first, [...(bySupervisor.get(first) ?? []), r])
    }
    const kinds = (rows: string[][]) => new Set(rows.map((r) => r.at(-2))).size
    const [supervisor, mine] = [...bySupervisor].sort(([, x], [, y]) => kinds(y) - kinds(x) || y.length - x.length)[0]!
    await plans.choose(page, '督导者', supervisor)
    // Rows of agreements with several supervisors count for each of them.
    const theirs = all.filter((r) => r[1]!.split('、').includes(supervisor))
    expect(theirs.length).toBeGreaterThanOrEqual(mine.length)
    await expect.poll(async () => (await plans.allPlanCells()).map((r) => r[0])).toEqual(theirs.map((r) => r[0]))
    expect(await page.getByText(/^按计划完成率：/).textContent()).toContain(supervisor)
    await onlyBehind(theirs)
    expect(app.errors).toEqual([])
  })
})
