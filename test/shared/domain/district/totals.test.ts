import { describe, expect, it } from 'vitest'
import { districtTotals, latestRollups, meanTotalTenths, studioPeriodFigures } from '@shared/domain/district'
import { rollupDocumentSchema } from '@shared/rollup/document'
import { sampleRollups } from '../../../support/rollup-sample'
import { project, rollup } from './rollup-fixture'

const A = rollup('linquan', '林泉高级社会工作师工作室', '2026Q1', {
  sessions: { count: 12, minutes: 1080, byMode: [], byFunction: [], byMonth: [] },
  supervisees: { covered: 7, minutes: 1500, named: null },
  followUps: { total: 10, done: 6, open: 4, overdue: 2 },
  projects: [
    project('a1', '“共享儿女”服务项目', 924, '绿色'),
    project('a2', '中医理疗项目', 583, '红色', { dropReasons: [{ kind: 'overdueDrop', text: '有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }] }),
    project('a3', '助餐项目', null, null),
  ],
  plan: { agreements: 4, plannedTenths: 240, heldTowardPlanTenths: 200, completionTenths: 833, behind: 2 },
})
const B = rollup('fuding', '福鼎高级社会工作师工作室', '2026Q1', {
  sessions: { count: 5, minutes: 450, byMode: [], byFunction: [], byMonth: [] },
  supervisees: { covered: 3, minutes: 600, named: null },
  followUps: { total: 4, done: 4, open: 0, overdue: 0 },
  projects: [project('b1', '亲子共读项目', 851, '蓝色'), project('b2', '禁毒宣传项目', 655, '黄色'), project('b3', '陪诊项目', 702, '红色', { dropReasons: [{ kind: 'veto', text: '一票否决：安全事故，颜色为红色' }] })],
  plan: { agreements: 2, plannedTenths: 60, heldTowardPlanTenths: 60, completionTenths: 1000, behind: 0 },
})
const C = rollup('guji', '古街高级社会工作师工作室', '2025Q4', { sessions: { count: 99, minutes: 9999, byMode: [], byFunction: [], byMonth: [] } })

describe('one studio’s figures of a period', () => {
  it('reads the counts, colours and red projects with their reasons from the roll-up', () => {
    const f = studioPeriodFigures(A)
    expect(f.colours).toEqual({ 绿色: 1, 蓝色: 0, 黄色: 0, 红色: 1, 未评估: 1, total: 3 })
    expect(f.redProjects).toEqual([
      { studioCode: 'linquan', studioName: '林泉高级社会工作师工作室', projectId: 'a2', name: '中医理疗项目', community: '林泉社区', totalTenths: 583, reasons: ['有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色'] },
    ])
    expect([f.totalTenthsSum, f.finalTotals, meanTotalTenths(f)]).toEqual([1507, 2, 754])
  })

  it('counts a draft assessment as 未评估, whatever colour it would have', () => {
    const doc = rollup('x', 'X', '2026Q1', { projects: [project('p', 'P', 700, '黄色', { state: '草稿' })] })
    expect(studioPeriodFigures(doc).colours).toMatchObject({ 黄色: 0, 未评估: 1 })
    expect(studioPeriodFigures(doc).finalTotals).toBe(0)
  })
})

describe('the district’s totals of a period', () => {
  it('adds the studios of the period and leaves other periods out', () => {
    const t = districtTotals('2026Q1', [A, B, C].map(studioPeriodFigures))
    expect(t).toMatchObject({ studios: 2, sessions: 17, minutes: 1530, superviseesCovered: 10, superviseeMinutes: 2100 })
    expect(t.colours).toEqual({ 绿色: 1, 蓝色: 1, 黄色: 1, 红色: 2, 未评估: 1, total: 6 })
    expect(t.followUps).toEqual({ total: 14, done: 10, open: 4, overdue: 2 })
    // 260 / 300 held toward plan: 86.6%, from the summed parts, not the mean of 83.3% and 100%.
    expect(t.plan).toEqual({ studios: 2, agreements: 6, plannedTenths: 300, heldTowardPlanTenths: 260, completionTenths: 866, behind: 2 })
    expect(t.redProjects.map((r) => `${r.studioName}/${r.name}`)).toEqual(['福鼎高级社会工作师工作室/陪诊项目', '林泉高级社会工作师工作室/中医理疗项目'])
  })

  it('has no plan figures when no studio keeps a plan', () => {
    expect(districtTotals('2025Q4', [studioPeriodFigures(C)]).plan).toBeNull()
  })

  it('equals the sum of its studios’ roll-ups field by field (10 generated studios, 8 quarters)', () => {
    const docs = sampleRollups({ studios: 10, seed: 5 })
    for (const d of docs) rollupDocumentSchema.parse(d)
    const figures = docs.map(studioPeriodFigures)
    for (const period of new Set(docs.map((d) => d.period))) {
      const mine = docs.filter((d) => d.period === period)
      const t = districtTotals(period, figures)
      const sum = (pick: (d: (typeof docs)[number]) => number) => mine.reduce((s, d) => s + pick(d), 0)
      expect(t.studios).toBe(10)
      expect(t.sessions).toBe(sum((d) => d.sessions.count))
      expect(t.minutes).toBe(sum((d) => d.sessions.minutes))
      expect(t.superviseesCovered).toBe(sum((d) => d.supervisees.covered))
      expect(t.superviseeMinutes).toBe(sum((d) => d.supervisees.minutes))
      for (const k of ['total', 'done', 'open', 'overdue'] as const) expect(t.followUps[k]).toBe(sum((d) => d.followUps[k]))
      for (const c of ['绿色', '蓝色', '黄色', '红色'] as const) {
        expect(t.colours[c]).toBe(sum((d) => d.projects.filter((p) => p.state === '已定稿' && p.colour === c).length))
      }
      expect(t.colours.total).toBe(sum((d) => d.projects.length))
      expect(t.redProjects).toHaveLength(t.colours.红色)
      expect(t.plan?.plannedTenths ?? 0).toBe(sum((d) => d.plan?.plannedTenths ?? 0))
      expect(t.plan?.heldTowardPlanTenths ?? 0).toBe(sum((d) => d.plan?.heldTowardPlanTenths ?? 0))
    }
  })
})

describe('one document per studio and period', () => {
  it('keeps the one computed last, whatever order they arrive in', () => {
    const older = rollup('linquan', '林泉', '2026Q1', { generatedAt: '2026-04-01T00:00:00.000Z' })
    const newer = rollup('linquan', '林泉', '2026Q1', { generatedAt: '2026-04-09T00:00:00.000Z', supervisors: { count: 3 } })
    expect(latestRollups([newer, older])).toEqual([newer])
    expect(latestRollups([older, newer])).toEqual([newer])
  })
})

