import { describe, expect, it } from 'vitest'
import {
  groupActivityByProject,
  progressRowsFor,
  projectSuggestions,
  suggestAll,
  suggestA1,
  suggestA2,
  suggestC1,
  suggestC2,
  suggestC3,
  suggestD2,
  suggestD3,
  suggestE1,
  suggestE2,
  suggestionOutcome,
  suggestRating,
  type ProgressLike,
  type SuggestionFollowUpLike,
  type SuggestionInput,
  type SuggestionSessionLike,
} from '@shared/domain/supervision-index/suggestions'
import { percentText, ratioRating, satisfactionRating } from '@shared/domain/ratio'

const row = (period: string, p: Partial<ProgressLike> = {}): ProgressLike => ({
  projectId: 'p1',
  period,
  activities: 0,
  serviceCount: 0,
  volunteers: 0,
  needsCollected: 0,
  needsResolved: 0,
  satisfaction: null,
  deletedAt: null,
  ...p,
})

const base = (p: Partial<SuggestionInput> = {}): SuggestionInput => ({
  projectId: 'p1',
  period: '2025Q1',
  targets: { activities: 60, serviceCount: 1600, volunteers: 50 },
  progress: [],
  sessions: [],
  followUps: [],
  ...p,
})

describe('ratio and satisfaction rules', () => {
  it('ratioRating boundaries, compared exactly', () => {
    expect(ratioRating(10, 10)).toBe(5)
    expect(ratioRating(11, 10)).toBe(5)
    expect(ratioRating(9, 10)).toBe(4) // exactly 90%
    expect(ratioRating(899, 1000)).toBe(3)
    expect(ratioRating(3, 4)).toBe(3) // exactly 75%
    expect(ratioRating(749, 1000)).toBe(2)
    expect(ratioRating(3, 5)).toBe(2) // exactly 60%
    expect(ratioRating(599, 1000)).toBe(1)
    expect(ratioRating(1, 1000)).toBe(1)
    expect(ratioRating(0, 10)).toBe(0)
    expect(ratioRating(5, 0)).toBeNull()
    // values that drift in floating point: 0.7 * 30 / 30 etc.
    expect(ratioRating(27, 30)).toBe(4)
    expect(ratioRating(63, 70)).toBe(4)
  })
  it('satisfactionRating boundaries', () => {
    expect(satisfactionRating(100)).toBe(5)
    expect(satisfactionRating(95)).toBe(5)
    expect(satisfactionRating(94.9)).toBe(4)
    expect(satisfactionRating(90)).toBe(4)
    expect(satisfactionRating(89.9)).toBe(3)
    expect(satisfactionRating(80)).toBe(3)
    expect(satisfactionRating(79.9)).toBe(2)
    expect(satisfactionRating(70)).toBe(2)
    expect(satisfactionRating(69.9)).toBe(1)
    expect(satisfactionRating(0.1)).toBe(1)
    expect(satisfactionRating(0)).toBe(0)
  })
  it('percentText truncates', () => {
    expect(percentText(9, 10)).toBe('90.0%')
    expect(percentText(8999, 10000)).toBe('89.9%')
    expect(percentText(2, 3)).toBe('66.6%')
    expect(percentText(1, 0)).toBe('—')
  })
})

describe('C1 计划完成', () => {
  it('takes the smaller ratio against the target × m / 12 (brief example)', () => {
    // quarter targets: 60×3/12 = 15 activities, 1600×3/12 = 400 people
    const s = suggestC1(base({ progress: [row('2025Q1', { activities: 12, serviceCount: 300 })] }))
    expect(s).toEqual({ rating: 3, value: 0.75, figures: '活动场次 12/15（80.0%），服务人次 300/400（75.0%），取较小值 75.0%' })
  })
  it('sums flows over the quarters of a half-year', () => {
    const s = suggestC1(
      base({
        period: '2025H1',
        progress: [row('2025Q1', { activities: 14, serviceCount: 420 }), row('2025Q2', { activities: 13, serviceCount: 390 })],
      }),
    )
    // 27/30 = 90% ; 810/800 = 101.2%
    expect(s).toEqual({ rating: 4, value: 0.9, figures: '活动场次 27/30（90.0%），服务人次 810/800（101.2%），取较小值 90.0%' })
  })
  it.each([
    [15, 5], [16, 5], [14, 4], [13, 3], [12, 3], [11, 2], [10, 2], [9, 2], [8, 1], [1, 1], [0, 0],
  ])('activities %i of 15 → %i (service at target)', (activities, rating) => {
    const s = suggestC1(base({ progress: [row('2025Q1', { activities, serviceCount: 400 })] }))
    expect(s?.rating).toBe(rating)
  })
  it('hits the 90% boundary exactly with a fractional period target', () => {
    // annual 36 → quarter 9; 81/90 people
    const s = suggestC1(
      base({ targets: { activities: 36, serviceCount: 360, volunteers: 10 }, progress: [row('2025Q1', { activities: 9, serviceCount: 81 })] }),
    )
    expect(s?.rating).toBe(4)
    // annual 50 → quarter 12.5; 12.5 × 0.9 = 11.25 → 11 gives 88%: 3
    const t = suggestC1(base({ targets: { activities: 50, serviceCount: 0, volunteers: 1 }, progress: [row('2025Q1', { activities: 11 })] }))
    expect(t).toEqual({ rating: 3, value: 0.88, figures: '活动场次 11/12.5（88.0%）（服务人次未设年度目标，不计）' })
  })
  it('needs every quarter of the period and some target', () => {
    const half = base({ period: '2025H1', progress: [row('2025Q1', { activities: 30, serviceCount: 800 })] })
    expect(suggestC1(half)).toBeNull()
    expect(suggestionOutcome('C1', half).reason).toBe('缺少2025年第2季度的项目进展，无法计算计划完成率')
    expect(suggestC1(base())).toBeNull()
    expect(suggestionOutcome('C1', base()).reason).toBe('本期未填报项目进展')
    const noTargets = base({ targets: { activities: 0, serviceCount: 0, volunteers: 0 }, progress: [row('2025Q1', { activities: 3 })] })
    expect(suggestC1(noTargets)).toBeNull()
  })
  it('ignores other projects, other quarters, deleted rows, and takes the newest duplicate', () => {
    const s = suggestC1(
      base({
        progress: [
          row('2025Q1', { activities: 1, serviceCount: 1, updatedAt: '2025-04-01T00:00:00Z' }),
          row('2025Q1', { activities: 15, serviceCount: 400, updatedAt: '2025-04-03T00:00:00Z' }),
          row('2025Q1', { activities: 1, serviceCount: 1, updatedAt: '2025-04-02T00:00:00Z' }),
          row('2025Q1', { activities: 99, serviceCount: 999, deletedAt: '2025-04-05T00:00:00Z', updatedAt: '2025-04-05T00:00:00Z' }),
          row('2025Q1', { projectId: 'p2', activities: 99, serviceCount: 999 }),
          row('2025Q2', { activities: 99, serviceCount: 999 }),
        ],
      }),
    )
    expect(s?.rating).toBe(5)
    expect(s?.figures).toBe('活动场次 15/15（100.0%），服务人次 400/400（100.0%），取较小值 100.0%')
  })
})

describe('C3 社工引领志愿者', () => {
  it('compares the latest stock with the annual target as is', () => {
    const s = suggestC3(
      base({ period: '2025H1', progress: [row('2025Q1', { volunteers: 30 }), row('2025Q2', { volunteers: 45 })] }),
    )
    expect(s).toEqual({ rating: 4, value: 0.9, figures: '志愿者人数 45/50（90.0%，2025年第2季度数据）' })
  })
  it('uses the latest quarter that has a row', () => {
    const s = suggestC3(base({ period: '2025Y', progress: [row('2025Q2', { volunteers: 38 }), row('2025Q1', { volunteers: 50 })] }))
    expect(s).toEqual({ rating: 3, value: 0.76, figures: '志愿者人数 38/50（76.0%，2025年第2季度数据）' })
  })
  it.each([
    [50, 5], [60, 5], [45, 4], [44, 3], [38, 3], [37, 2], [30, 2], [29, 1], [0, 0],
  ])('%i of 50 → %i', (volunteers, rating) => {
    const s = suggestC3(base({ progress: [row('2025Q1', { volunteers })] }))
    expect(s?.rating).toBe(rating)
    expect(s?.figures).toBe(`志愿者人数 ${volunteers}/50（${percentText(volunteers, 50)}）`)
  })
  it('no data or no target → null', () => {
    expect(suggestC3(base())).toBeNull()
    expect(suggestC3(base({ targets: { activities: 1, serviceCount: 1, volunteers: 0 }, progress: [row('2025Q1', { volunteers: 5 })] }))).toBeNull()
  })
})

describe('D2 人才保障', () => {
  const sess = (id: string, date: string, durationMinutes: number, projectIds = ['p1'], deletedAt: string | null = null): SuggestionSessionLike => ({
    id, date, durationMinutes, projectIds, deletedAt,
  })
  it('sums each linked session once against 2 h × months', () => {
    const sessions = [
      sess('a', '2025-01-10', 120),
      sess('b', '2025-02-10', 90, ['p1', 'p2']),
      sess('b', '2025-02-10', 90, ['p1', 'p2']), // same session listed twice
      sess('c', '2025-03-31', 114),
      sess('d', '2025-04-01', 300), // next quarter
      sess('e', '2025-02-11', 300, ['p2']), // other project
      sess('f', '2025-02-12', 300, ['p1'], '2025-02-13T00:00:00Z'), // deleted
    ]
    // 324 min of 360 = 90% exactly
    expect(suggestD2(base({ sessions }))).toEqual({ rating: 4, value: 0.9, figures: '督导 3 次，时数 5.4/6.0 小时（90.0%）' })
  })
  it.each([
    [360, 5], [359, 4], [324, 4], [323, 3], [270, 3], [269, 2], [216, 2], [215, 1], [1, 1],
  ])('%i minutes in a quarter → %i', (minutes, rating) => {
    expect(suggestD2(base({ sessions: [sess('a', '2025-02-01', minutes)] }))?.rating).toBe(rating)
  })
  it('no sessions is a real 0, not missing data', () => {
    expect(suggestD2(base())).toEqual({ rating: 0, value: 0, figures: '督导 0 次，时数 0.0/6.0 小时（0.0%）' })
  })
  it('uses the hoursPerMonth setting and the period length', () => {
    const sessions = [sess('a', '2025-01-10', 360), sess('b', '2025-05-10', 360)]
    // half-year at 1.5 h/month = 9 h = 540 min; 720/540 ≥ 100%
    expect(suggestD2(base({ period: '2025H1', sessions, hoursPerMonth: 1.5 }))).toEqual({
      rating: 5, value: 720 / 540, figures: '督导 2 次，时数 12.0/9.0 小时（133.3%）',
    })
    // year at 2 h/month = 24 h; 12/24 = 50%
    expect(suggestD2(base({ period: '2025Y', sessions }))?.rating).toBe(1)
    expect(suggestD2(base({ sessions, hoursPerMonth: 0 }))).toBeNull()
  })
})

describe('D3 质量保障', () => {
  const sessions: SuggestionSessionLike[] = [
    { id: 's1', date: '2024-12-20', durationMinutes: 60, projectIds: ['p1'] },
    { id: 's2', date: '2025-02-10', durationMinutes: 60, projectIds: ['p1'] },
    { id: 's3', date: '2025-02-10', durationMinutes: 60, projectIds: ['p2'] },
    { id: 's4', date: '2025-02-11', durationMinutes: 60, projectIds: ['p1'], deletedAt: '2025-02-12T00:00:00Z' },
  ]
  const f = (sessionId: string, dueDate: string, status: SuggestionFollowUpLike['status'], completedDate: string | null = null): SuggestionFollowUpLike => ({
    sessionId, dueDate, status, completedDate,
  })
  it('counts follow-ups of the project sessions due in the period, done by its end', () => {
    const followUps = [
      f('s1', '2025-01-10', '已完成', '2025-01-09'), // from a December session, due in Q1: counts
      f('s2', '2025-03-01', '已完成', '2025-03-31'),
      f('s2', '2025-03-15', '已完成', '2025-04-02'), // completed after the period
      f('s2', '2025-03-20', '进行中'),
      f('s2', '2025-03-20', '已取消'), // excluded
      f('s2', '2025-04-20', '待办'), // due next quarter
      f('s3', '2025-03-01', '待办'), // other project
      f('s4', '2025-03-01', '待办'), // deleted session
    ]
    expect(suggestD3(base({ sessions, followUps }))).toEqual({
      rating: 1, value: 0.5, figures: '本期到期跟进事项 4 项，期末前完成 2 项（50.0%）',
    })
  })
  it('9 of 10 → 4, 10 of 10 → 5, 0 of 3 → 0', () => {
    const make = (done: number, total: number) =>
      Array.from({ length: total }, (_, i) => (i < done ? f('s2', '2025-03-01', '已完成', '2025-03-02') : f('s2', '2025-03-01', '待办')))
    expect(suggestD3(base({ sessions, followUps: make(9, 10) }))?.rating).toBe(4)
    expect(suggestD3(base({ sessions, followUps: make(10, 10) }))?.rating).toBe(5)
    expect(suggestD3(base({ sessions, followUps: make(3, 4) }))?.rating).toBe(3)
    expect(suggestD3(base({ sessions, followUps: make(3, 5) }))?.rating).toBe(2)
    expect(suggestD3(base({ sessions, followUps: make(0, 3) }))).toEqual({
      rating: 0, value: 0, figures: '本期到期跟进事项 3 项，期末前完成 0 项（0.0%）',
    })
  })
  it('none due → null', () => {
    const input = base({ sessions, followUps: [f('s2', '2025-03-20', '已取消'), f('s2', '2025-05-01', '待办')] })
    expect(suggestD3(input)).toBeNull()
    expect(suggestionOutcome('D3', input).reason).toBe('本期无到期的跟进事项')
  })
})

describe('E1 服务对象满意度', () => {
  it('uses the satisfaction % itself', () => {
    expect(suggestE1(base({ progress: [row('2025Q1', { satisfaction: 98.6 })] }))).toEqual({ rating: 5, value: 98.6, figures: '满意度 98.6%' })
  })
  it.each([
    [95, 5], [94.9, 4], [90, 4], [89.9, 3], [80, 3], [79.9, 2], [70, 2], [69.9, 1], [0, 0],
  ])("%s%% → %s", (satisfaction, rating) => {
    expect(suggestE1(base({ progress: [row('2025Q1', { satisfaction })] }))?.rating).toBe(rating)
  })
  it('takes the latest quarter with a value over a longer period', () => {
    const s = suggestE1(
      base({
        period: '2025Y',
        progress: [row('2025Q1', { satisfaction: 85 }), row('2025Q2', { satisfaction: 92 }), row('2025Q3', { satisfaction: null })],
      }),
    )
    expect(s).toEqual({ rating: 4, value: 92, figures: '满意度 92%（2025年第2季度）' })
  })
  it('no satisfaction entered → null', () => {
    const input = base({ progress: [row('2025Q1', { satisfaction: null })] })
    expect(suggestE1(input)).toBeNull()
    expect(suggestionOutcome('E1', input).reason).toBe('本期未填报满意度')
    expect(suggestE1(base())).toBeNull()
  })
})

describe('E2 诉求办结', () => {
  it('resolved ÷ collected over the period', () => {
    const s = suggestE2(
      base({
        period: '2025H1',
        progress: [row('2025Q1', { needsCollected: 60, needsResolved: 50 }), row('2025Q2', { needsCollected: 40, needsResolved: 35 })],
      }),
    )
    expect(s).toEqual({ rating: 3, value: 0.85, figures: '办结诉求 85/收集需求 100 条（85.0%）' })
  })
  it.each([
    [100, 5], [90, 4], [89, 3], [75, 3], [74, 2], [60, 2], [59, 1], [0, 0],
  ])('%i of 100 → %i', (needsResolved, rating) => {
    expect(suggestE2(base({ progress: [row('2025Q1', { needsCollected: 100, needsResolved })] }))?.rating).toBe(rating)
  })
  it('nothing collected → null', () => {
    const input = base({ progress: [row('2025Q1', { needsCollected: 0, needsResolved: 0 })] })
    expect(suggestE2(input)).toBeNull()
    expect(suggestionOutcome('E2', input).reason).toBe('本期未收集需求，无法计算办结率')
  })
})

describe('A1 需求调研 and A2 需求动态更新', () => {
  const sess = (id: string, date: string, topics: string[], projectIds = ['p1']): SuggestionSessionLike => ({
    id, code: `DD-2025-00${id}`, date, durationMinutes: 60, projectIds, topics,
  })
  const needsTalk = [
    sess('11', '2025-02-10', ['需求评估', '个案工作']),
    sess('12', '2025-03-05', ['小组工作']),
    sess('13', '2025-04-02', ['需求评估']), // next quarter
    sess('14', '2025-02-20', ['需求评估'], ['p2']), // other project
  ]
  it('A1: needs collected and a 需求评估 session → 4, naming both and the records', () => {
    const input = base({ progress: [row('2025Q1', { needsCollected: 12, needsResolved: 9 })], sessions: needsTalk })
    expect(suggestA1(input)).toEqual({ rating: 4, value: null, figures: '收集需求 12 条，议题含“需求评估”的督导 1 次' })
    expect(suggestionOutcome('A1', input).sources).toEqual({ quarters: ['2025Q1'], sessions: [{ id: '11', code: 'DD-2025-0011', date: '2025-02-10' }] })
  })
  it.each([
    [12, true, 4],
    [12, false, 3],
    [0, true, 2],
    [0, false, 1],
  ])('A1: %i needs, a 需求评估 session %s → %i', (needsCollected, talked, rating) => {
    const input = base({ progress: [row('2025Q1', { needsCollected })], sessions: talked ? needsTalk : [] })
    expect(suggestA1(input)?.rating).toBe(rating)
  })
  it('A1: sums the quarters that have rows and names the missing ones; no rows → none', () => {
    const input = base({ period: '2025H1', progress: [row('2025Q2', { needsCollected: 5 })], sessions: needsTalk })
    expect(suggestA1(input)).toEqual({ rating: 4, value: null, figures: '收集需求 5 条（2025年第1季度未填报项目进展），议题含“需求评估”的督导 2 次' })
    expect(suggestA1(base({ sessions: needsTalk }))).toBeNull()
    expect(suggestionOutcome('A1', base({ sessions: needsTalk })).reason).toBe('本期未填报项目进展')
  })
  it('A2: added and closed every quarter with a 需求评估 session → 4', () => {
    const input = base({
      period: '2025H1',
      progress: [row('2025Q1', { needsCollected: 5, needsResolved: 2 }), row('2025Q2', { needsCollected: 7, needsResolved: 6 })],
      sessions: needsTalk,
    })
    expect(suggestA2(input)).toEqual({
      rating: 4,
      value: null,
      figures: '有新增需求的季度 2/2、有办结的季度 2/2（新增需求 12 条、办结 8 条），议题含“需求评估”的督导 2 次',
    })
  })
  it.each([
    ['every quarter added and closed, no session', [[5, 2], [7, 6]], false, 3],
    ['every quarter added, one without closing', [[5, 0], [7, 6]], true, 3],
    ['added in one quarter of two', [[0, 0], [7, 6]], true, 2],
    ['added in none', [[0, 0], [0, 0]], true, 1],
  ] as const)('A2: %s → %i', (_what, quarters, talked, rating) => {
    const progress = quarters.map(([needsCollected, needsResolved], i) => row(`2025Q${i + 1}`, { needsCollected, needsResolved }))
    expect(suggestA2(base({ period: '2025H1', progress, sessions: talked ? needsTalk : [] }))?.rating).toBe(rating)
  })
  it('A2: a quarter without a row gives no suggestion', () => {
    const input = base({ period: '2025H1', progress: [row('2025Q1', { needsCollected: 5 })] })
    expect(suggestA2(input)).toBeNull()
    expect(suggestionOutcome('A2', input).reason).toBe('缺少2025年第2季度的项目进展，无法判断需求是否定期更新')
  })
})

describe('C2 过程规范', () => {
  const sess = (id: string, date: string, status: '草稿' | '已定稿', confirmed: boolean, projectIds = ['p1']): SuggestionSessionLike => ({
    id, code: `DD-2025-00${id}`, date, durationMinutes: 60, projectIds, status, confirmation: confirmed ? { name: '某某', at: `${date}T10:00:00.000Z` } : null,
  })
  it('the share of the period sessions finalised and confirmed, the open ones linked first', () => {
    const sessions = [
      sess('21', '2025-01-10', '已定稿', true),
      sess('22', '2025-02-10', '已定稿', false), // not confirmed
      sess('23', '2025-02-15', '草稿', true), // not final
      sess('24', '2025-03-01', '已定稿', true),
      sess('25', '2025-04-01', '草稿', false), // next quarter
      sess('26', '2025-02-01', '草稿', false, ['p2']), // other project
    ]
    const input = base({ sessions })
    expect(suggestC2(input)).toEqual({ rating: 1, value: 0.5, figures: '督导记录 4 条，已定稿并经被督导者确认 2 条（50.0%）' })
    expect(suggestionOutcome('C2', input).sources.sessions.map((x) => x.code)).toEqual(['DD-2025-0022', 'DD-2025-0023', 'DD-2025-0021', 'DD-2025-0024'])
  })
  it.each([
    [10, 10, 5],
    [9, 10, 4],
    [3, 4, 3],
    [3, 5, 2],
    [0, 3, 0],
  ])('%i of %i kept → %i', (kept, total, rating) => {
    const sessions = Array.from({ length: total }, (_, i) => sess(String(30 + i), '2025-02-01', i < kept ? '已定稿' : '草稿', i < kept))
    expect(suggestC2(base({ sessions }))?.rating).toBe(rating)
  })
  it('no session in the period → none', () => {
    expect(suggestC2(base())).toBeNull()
    expect(suggestionOutcome('C2', base()).reason).toBe('本期无与项目关联的督导记录')
  })
})

describe('sources of the record-backed suggestions', () => {
  it('D2 names the period sessions, D3 the sessions its follow-ups were agreed in', () => {
    const sessions: SuggestionSessionLike[] = [
      { id: 'x', code: 'DD-2024-0090', date: '2024-12-20', durationMinutes: 60, projectIds: ['p1'] },
      { id: 'y', code: 'DD-2025-0003', date: '2025-02-10', durationMinutes: 90, projectIds: ['p1'] },
    ]
    const followUps: SuggestionFollowUpLike[] = [{ sessionId: 'x', dueDate: '2025-01-10', status: '待办', completedDate: null }]
    const input = base({ sessions, followUps })
    expect(suggestionOutcome('D2', input).sources.sessions).toEqual([{ id: 'y', code: 'DD-2025-0003', date: '2025-02-10' }])
    expect(suggestionOutcome('D3', input).sources.sessions).toEqual([{ id: 'x', code: 'DD-2024-0090', date: '2024-12-20' }])
  })
})

describe('suggestAll', () => {
  it('gives all six with reasons for the missing ones', () => {
    const input = base({
      progress: [row('2025Q1', { activities: 15, serviceCount: 400, volunteers: 50, satisfaction: null, needsCollected: 0 })],
    })
    const r = suggestAll(input)
    expect(Object.keys(r.suggestions)).toEqual(['A1', 'A2', 'C1', 'C2', 'C3', 'D2', 'D3', 'E1', 'E2'])
    expect(r.suggestions.A1).toEqual({ rating: 1, value: null, figures: '收集需求 0 条，议题含“需求评估”的督导 0 次' })
    expect(r.suggestions.A2).toEqual({ rating: 1, value: null, figures: '新增需求 0 条、办结 0 条，议题含“需求评估”的督导 0 次' })
    expect(r.suggestions.C2).toBeNull()
    expect(r.suggestions.C1?.rating).toBe(5)
    expect(r.suggestions.C3?.rating).toBe(5)
    expect(r.suggestions.D2?.rating).toBe(0)
    expect(r.suggestions.D3).toBeNull()
    expect(r.suggestions.E1).toBeNull()
    expect(r.suggestions.E2).toBeNull()
    expect(r.reasons).toEqual({ C2: '本期无与项目关联的督导记录', D3: '本期无到期的跟进事项', E1: '本期未填报满意度', E2: '本期未收集需求，无法计算办结率' })
    expect(r.sources.C1).toEqual({ quarters: ['2025Q1'], sessions: [] })
    expect(suggestRating('C1', input)).toEqual(r.suggestions.C1)
  })
  it('gives no suggestion at all without data (except D2, where no sessions is a real 0)', () => {
    const r = suggestAll(base())
    expect(r.suggestions).toEqual({
      A1: null,
      A2: null,
      C1: null,
      C2: null,
      C3: null,
      D2: { rating: 0, value: 0, figures: '督导 0 次，时数 0.0/6.0 小时（0.0%）' },
      D3: null,
      E1: null,
      E2: null,
    })
  })
  it('progressRowsFor returns one row per quarter in order', () => {
    const rows = progressRowsFor([row('2025Q2'), row('2025Q1'), row('2024Q4')], 'p1', '2025H1')
    expect(rows.map((r) => r.period)).toEqual(['2025Q1', '2025Q2'])
  })
})

describe('groupActivityByProject', () => {
  it('puts a session in each linked project once, with its live follow-ups', () => {
    const sessions = [
      { id: 's1', date: '2025-01-10', durationMinutes: 60, projectIds: ['p1', 'p2', 'p1'], deletedAt: null },
      { id: 's2', date: '2025-01-11', durationMinutes: 90, projectIds: ['p2'], deletedAt: null },
      { id: 's3', date: '2025-01-12', durationMinutes: 30, projectIds: ['p1'], deletedAt: '2025-02-01T00:00:00.000Z' },
    ]
    const fu = (id: string, sessionId: string, deletedAt: string | null = null) => ({ id, sessionId, dueDate: '2025-02-01', status: '待办' as const, completedDate: null, deletedAt })
    const g = groupActivityByProject(sessions, [fu('f1', 's1'), fu('f2', 's2'), fu('f3', 's1', '2025-02-01T00:00:00.000Z'), fu('f4', 's3')])
    expect([...g.keys()]).toEqual(['p1', 'p2'])
    expect(g.get('p1')!.sessions.map((s) => s.id)).toEqual(['s1'])
    expect(g.get('p1')!.followUps.map((f) => (f as { id: string }).id)).toEqual(['f1'])
    expect(g.get('p2')!.sessions.map((s) => s.id)).toEqual(['s1', 's2'])
    expect(g.get('p2')!.followUps.map((f) => (f as { id: string }).id)).toEqual(['f1', 'f2'])
  })
})

describe('projectSuggestions', () => {
  it('gives exactly what suggestAll gives, for every project and period of a sample', async () => {
    const { generateSampleData } = await import('@shared/sample/generator')
    const data = generateSampleData({ seed: 5, today: '2025-07-15', projects: 12, sessions: 400, quarters: 4 })
    const groups = groupActivityByProject(data.sessions, data.followUps)
    const periods = ['2024Q3', '2024Q4', '2025Q1', '2025Q2', '2024H2', '2025H1', '2024Y']
    let compared = 0
    for (const p of data.projects) {
      const g = groups.get(p.id) ?? { sessions: [], followUps: [] }
      for (const period of periods) {
        const fast = projectSuggestions({ projectId: p.id, targets: p.targets, progress: data.progress, sessions: g.sessions, followUps: g.followUps }, period, 2)
        const slow = suggestAll({ projectId: p.id, period, targets: p.targets, progress: data.progress, sessions: data.sessions, followUps: data.followUps, hoursPerMonth: 2 })
        expect(fast).toEqual(slow)
        compared++
      }
    }
    expect(compared).toBe(84)
  })
})
