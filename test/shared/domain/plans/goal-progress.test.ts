import { describe, expect, it } from 'vitest'
import { changeText, evaluationSummaries, goalProgress, latestRating, progressionText } from '@shared/domain/plans/goal-progress'
import type { GoalEvaluation } from '@shared/model'

const goals = [
  { id: 'g1', text: '能独立完成个案需求评估' },
  { id: 'g2', text: '掌握小组工作的带领技巧' },
  { id: 'g3', text: '能撰写规范的个案记录' },
]
const mid: GoalEvaluation = {
  kind: '中期',
  date: '2025-06-30',
  by: '周晓岚',
  items: [
    { goalId: 'g1', rating: 2, comment: '需求评估框架尚不熟练', selfRating: 3 },
    { goalId: 'g2', rating: 3, comment: '', selfRating: null },
  ],
}
const end: GoalEvaluation = {
  kind: '期末',
  date: '2025-12-20',
  by: '周晓岚',
  items: [
    { goalId: 'g1', rating: 4, comment: '能独立完成', selfRating: 4 },
    { goalId: 'g2', rating: 2, comment: '带领时控场不足', selfRating: 3 },
    { goalId: 'g3', rating: 5, comment: '', selfRating: null },
  ],
}

describe('goalProgress', () => {
  it('pairs each goal with its 中期 and 期末 rating and the change, in the goals\' order, whatever order the evaluations are stored in', () => {
    expect(goalProgress({ goals, evaluations: [end, mid] })).toEqual([
      { goalId: 'g1', text: '能独立完成个案需求评估', mid: mid.items[0], end: end.items[0], change: 2 },
      { goalId: 'g2', text: '掌握小组工作的带领技巧', mid: mid.items[1], end: end.items[1], change: -1 },
      { goalId: 'g3', text: '能撰写规范的个案记录', mid: null, end: end.items[2], change: null },
    ])
  })

  it('an agreement saved before evaluations existed: every goal unrated', () => {
    expect(goalProgress({ goals: goals.slice(0, 1) })).toEqual([{ goalId: 'g1', text: '能独立完成个案需求评估', mid: null, end: null, change: null }])
  })

  it('only the 中期 held: no change yet', () => {
    expect(goalProgress({ goals, evaluations: [mid] }).map((r) => [r.mid?.rating ?? null, r.end, r.change])).toEqual([
      [2, null, null],
      [3, null, null],
      [null, null, null],
    ])
  })
})

describe('evaluationSummaries', () => {
  it('中期 first, with goals rated and mean ratings in tenths rounded half up', () => {
    expect(evaluationSummaries({ goals, evaluations: [end, mid] })).toEqual([
      { kind: '中期', date: '2025-06-30', by: '周晓岚', rated: 2, meanTenths: 25, selfMeanTenths: 30 },
      // (4+2+5)/3 = 3.666… → 37; self (4+3)/2 = 3.5 → 35
      { kind: '期末', date: '2025-12-20', by: '周晓岚', rated: 3, meanTenths: 37, selfMeanTenths: 35 },
    ])
  })

  it('ratings of a goal since removed from the agreement do not count', () => {
    expect(evaluationSummaries({ goals: goals.slice(1), evaluations: [mid] })).toEqual([{ kind: '中期', date: '2025-06-30', by: '周晓岚', rated: 1, meanTenths: 30, selfMeanTenths: null }])
  })

  it('no evaluations: nothing', () => {
    expect(evaluationSummaries({ goals })).toEqual([])
  })
})

describe('changeText', () => {
  it('signs the change, a real minus for a fall', () => {
    expect([2, 0, -1, null].map(changeText)).toEqual(['+2', '0', '−1', '—'])
  })
})

describe('latestRating and progressionText', () => {
  it('the 期末 rating once given, else the 中期 one; the way from 中期 to 期末 with its change', () => {
    const [g1, g2, g3] = goalProgress({ goals: [...goals, { id: 'g4', text: '未评估的目标' }], evaluations: [mid, end] })
    const g4 = goalProgress({ goals: [{ id: 'g4', text: '未评估的目标' }], evaluations: [mid, end] })[0]!
    expect([g1, g2, g3, g4].map((p) => latestRating(p!))).toEqual([
      { kind: '期末', item: end.items[0] },
      { kind: '期末', item: end.items[1] },
      { kind: '期末', item: end.items[2] },
      null,
    ])
    expect([g1, g2, g3, g4].map((p) => progressionText(p!))).toEqual(['2 → 4（+2）', '3 → 2（−1）', '未评 → 5', '—'])
    const midOnly = goalProgress({ goals, evaluations: [mid] })
    expect(midOnly.map((p) => latestRating(p)?.kind ?? null)).toEqual(['中期', '中期', null])
    expect(midOnly.map(progressionText)).toEqual(['2 → 未评', '3 → 未评', '—'])
  })
})
