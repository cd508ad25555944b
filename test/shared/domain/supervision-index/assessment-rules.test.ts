import { describe, expect, it } from 'vitest'
import type { AssessmentForm, Suggestion } from '@shared/model'
import {
  alignItems,
  assessedPeriods,
  assessmentErrors,
  assessmentKey,
  assessmentsThatCount,
  assessmentThatCounts,
  basisRequirement,
  defaultAssessmentPeriod,
  finalPeriods,
  finalisedGrading,
  frameworkIndicators,
  projectsToAssess,
  quarterToAssess,
  type AssessmentChoiceLike,
} from '@shared/domain/supervision-index/assessment-rules'
import { buildDefaultFramework } from '@shared/domain/supervision-index/default-framework'
import { gradeAssessment } from '@shared/domain/supervision-index/grading'

const fw = buildDefaultFramework()
const CODES = ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'D4', 'E1', 'E2', 'E3']
/** The worked example of docs/domain.md. */
const WORKED = [4, 3, 5, 4, 4, 5, 3, 4, 4, 5, 3, 2, 5, 4, 3]
const suggestion = (rating: number): Suggestion => ({ rating, value: null, figures: '' })

const form = (over: Partial<AssessmentForm> = {}): AssessmentForm => ({
  projectId: 'p1',
  frameworkId: 'fw1',
  period: '2025Q1',
  assessor: '周晓岚',
  assessDate: '2025-04-10',
  items: CODES.map((code, i) => ({ indicatorCode: code, rating: WORKED[i]!, basis: '', suggestion: null })),
  veto: null,
  achievements: '',
  problems: '',
  improvements: '',
  ...over,
})

describe('frameworkIndicators', () => {
  it('lists the indicators in order with their dimension', () => {
    const list = frameworkIndicators(fw)
    expect(list.map((i) => i.code)).toEqual(CODES)
    expect(list.map((i) => [i.code, i.dimensionCode, i.dimensionName, i.weight, i.dataSource]).slice(5, 8)).toEqual([
      ['C1', 'C', '服务实施', 10, 'C1'],
      ['C2', 'C', '服务实施', 5, 'C2'],
      ['C3', 'C', '服务实施', 10, 'C3'],
    ])
  })
})

describe('basisRequirement', () => {
  it('asks for 评分依据 where the rating differs from the suggestion, or is below 3 without one', () => {
    expect(basisRequirement({ rating: 2, suggestion: null })).toBe('评分低于 3 分，请填写评分依据')
    expect(basisRequirement({ rating: 4, suggestion: { rating: 3, value: 0.8, figures: '' } })).toBe('评分与建议评分（3 分）不同，请填写评分依据')
    expect(basisRequirement({ rating: 3, suggestion: { rating: 3, value: 0.8, figures: '' } })).toBeNull()
    expect(basisRequirement({ rating: null, suggestion: null })).toBeNull()
    expect(basisRequirement({ rating: 0, suggestion: suggestion(5) })).toBe('评分与建议评分（5 分）不同，请填写评分依据')
    expect(basisRequirement({ rating: 5, suggestion: null })).toBeNull()
  })
  it('needs none for a rating equal to the suggestion even below 3: the figures are the basis', () => {
    // The reported case: D2 suggested 0 未开展 (督导 0 次), rated 0.
    const d2 = { rating: 0, value: 0, figures: '督导 0 次，时数 0.0/6.0 小时（0.0%）' }
    expect(basisRequirement({ rating: 0, suggestion: d2 })).toBeNull()
    expect(basisRequirement({ rating: 2, suggestion: suggestion(2) })).toBeNull()
    expect(basisRequirement({ rating: 1, suggestion: suggestion(0) })).toBe('评分与建议评分（0 分）不同，请填写评分依据')
  })
})

describe('assessmentErrors', () => {
  const today = '2025-07-15'
  it('has none for the worked example without suggestions', () => {
    expect(assessmentErrors(form(), fw, { today })).toEqual({ 'items.11.basis': '评分低于 3 分，请填写评分依据' })
    const withBasis = form()
    withBasis.items[11] = { ...withBasis.items[11]!, basis: '激励措施零散' }
    expect(assessmentErrors(withBasis, fw, { today, finalize: true })).toEqual({})
  })

  it('refuses an assessment date after today or missing', () => {
    const items = form().items.map((i) => ({ ...i, basis: 'x' }))
    expect(assessmentErrors(form({ items, assessDate: '2025-08-01' }), fw, { today })).toEqual({ assessDate: '评估日期不能晚于今天' })
    expect(assessmentErrors(form({ items, assessDate: '2025-07-15' }), fw, { today })).toEqual({})
    expect(assessmentErrors(form({ items, assessDate: '' }), fw, { today })).toEqual({ assessDate: '请填写评估日期' })
    expect(assessmentErrors(form({ items, assessDate: '2025-02-30' }), fw, { today })).toEqual({ assessDate: '请填写评估日期' })
  })

  it('asks for a 评分依据 where the rating differs from the suggestion, and blank bases do not count', () => {
    const f = form()
    f.items[7] = { ...f.items[7]!, suggestion: suggestion(3) }
    f.items[10] = { ...f.items[10]!, suggestion: suggestion(3) }
    f.items[11] = { ...f.items[11]!, basis: '   ' }
    expect(assessmentErrors(f, fw, { today })).toEqual({
      'items.7.basis': '评分与建议评分（3 分）不同，请填写评分依据',
      'items.11.basis': '评分低于 3 分，请填写评分依据',
    })
  })

  it('定稿 needs every indicator rated; a draft does not', () => {
    const f = form()
    f.items[11] = { ...f.items[11]!, basis: '激励措施零散' }
    f.items[14] = { ...f.items[14]!, rating: null }
    expect(assessmentErrors(f, fw, { today })).toEqual({})
    expect(assessmentErrors(f, fw, { today, finalize: true })).toEqual({ 'items.14.rating': '请为 E3 可持续与品牌 评分' })
  })

  it('names indicators whose item is missing or out of order', () => {
    const f = form()
    f.items[11] = { ...f.items[11]!, basis: '激励措施零散' }
    const swapped = { ...f, items: [f.items[1]!, f.items[0]!, ...f.items.slice(2, 14)] }
    expect(assessmentErrors(swapped, fw, { today })).toEqual({
      'items.0.rating': '指标 A1 的评分缺失',
      'items.1.rating': '指标 A2 的评分缺失',
      'items.14.rating': '指标 E3 的评分缺失',
    })
  })
})

describe('alignItems', () => {
  it('puts items in the framework order by code, empty where missing, unknown codes dropped', () => {
    const items = alignItems(fw, [
      { indicatorCode: 'E3', rating: 3, basis: '常态化' },
      { indicatorCode: 'A1', rating: 4 },
      { indicatorCode: 'Z9', rating: 1, basis: '不在框架中' },
      { rating: 5 },
    ])
    expect(items).toHaveLength(15)
    expect(items[0]).toEqual({ indicatorCode: 'A1', rating: 4, basis: '', suggestion: null })
    expect(items[1]).toEqual({ indicatorCode: 'A2', rating: null, basis: '', suggestion: null })
    expect(items[14]).toEqual({ indicatorCode: 'E3', rating: 3, basis: '常态化', suggestion: null })
    expect(items.map((i) => i.indicatorCode)).toEqual(CODES)
  })

  it('takes the suggestions by data source when given, else keeps the items\' own', () => {
    const old = { indicatorCode: 'C1', rating: 5, basis: '', suggestion: suggestion(2) }
    const a2 = { indicatorCode: 'A2', rating: 3, basis: '', suggestion: suggestion(1) }
    expect(alignItems(fw, [old, a2])[5]!.suggestion).toEqual(suggestion(2))
    const fresh = alignItems(fw, [old, a2], { C1: suggestion(4), C3: null })
    expect(fresh.map((i) => [i.indicatorCode, i.suggestion?.rating ?? null]).filter(([, r]) => r !== null)).toEqual([['C1', 4]])
    // An indicator without a data source never keeps a suggestion once suggestions are given.
    expect(fresh[1]).toEqual({ indicatorCode: 'A2', rating: 3, basis: '', suggestion: null })
  })
})

describe('finalisedGrading', () => {
  it('stores 已定稿 with the total, colour, grade and drop reasons of the grading, and the moment', () => {
    // The worked example (79.6, 黄色) with one follow-up 40 days overdue: dropped to 红色.
    const grading = gradeAssessment(fw, form().items, { overdue: [{ dueDate: '2025-02-01', daysOverdue: 40 }], overdueDropDays: 30 })
    expect(finalisedGrading(grading, '2025-04-10T02:00:00.000Z')).toStrictEqual({
      status: '已定稿',
      totalTenths: 796,
      colour: '红色',
      grade: '预警',
      dropReasons: [{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }],
      finalizedAt: '2025-04-10T02:00:00.000Z',
    })
  })
})

describe('defaultAssessmentPeriod', () => {
  it('is the last complete quarter before today', () => {
    expect(defaultAssessmentPeriod('2025-07-15')).toBe('2025Q2')
    expect(defaultAssessmentPeriod('2025-07-01')).toBe('2025Q2')
    expect(defaultAssessmentPeriod('2025-06-30')).toBe('2025Q1')
    expect(defaultAssessmentPeriod('2025-01-01')).toBe('2024Q4')
  })
})

describe('quarterToAssess', () => {
  const project = (id: string, startDate = '2025-01-01', endDate = '2026-12-31') => ({ id, startDate, endDate, deletedAt: null })
  const a = (projectId: string, period: string, status: '草稿' | '已定稿' = '已定稿'): AssessmentChoiceLike => ({
    projectId, period, status, updatedAt: '2026-01-10T00:00:00.000Z', deletedAt: null,
  })
  const projects = [project('p1'), project('p2'), project('old', '2024-01-01', '2025-06-30')]
  it('is the latest finished quarter in which a project lacks a final assessment', () => {
    // Q3 done for both running projects: Q3 is complete, so Q4 (just finished on 2026-01-05) is next.
    const all = [a('p1', '2025Q3'), a('p2', '2025Q3')]
    expect(quarterToAssess('2026-01-05', projects, all)).toBe('2025Q4')
    // A draft does not count as assessed.
    expect(quarterToAssess('2026-01-05', projects, [...all, a('p1', '2025Q4'), a('p2', '2025Q4', '草稿')])).toBe('2025Q4')
  })
  it('for one project, that project\'s gap; when every quarter is assessed, the current quarter', () => {
    const done = [a('p1', '2025Q4'), a('p1', '2025Q3'), a('p2', '2025Q3')]
    expect(quarterToAssess('2026-01-05', projects, done)).toBe('2025Q4') // p2 lacks Q4
    expect(quarterToAssess('2026-01-05', projects, done, 'p2')).toBe('2025Q4')
    expect(quarterToAssess('2026-01-05', projects, done, 'p1')).toBe('2025Q2') // p1 lacks Q2
    const every = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((q) => a('p1', q))
    expect(quarterToAssess('2026-01-05', projects, every, 'p1')).toBe('2026Q1')
  })
  it('skips quarters a project did not run in and deleted projects', () => {
    // 'old' ended in 2025Q2: it does not make 2025Q3 or Q4 need assessing.
    const done = ['2025Q3', '2025Q4'].flatMap((q) => [a('p1', q), a('p2', q)])
    expect(quarterToAssess('2026-01-05', projects, done)).toBe('2025Q2')
    expect(projectsToAssess('2025Q2', projects, done).map((p) => p.id)).toEqual(['p1', 'p2', 'old'])
    const p1Done = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((q) => a('p1', q))
    expect(quarterToAssess('2026-01-05', [project('p1'), { ...project('gone'), deletedAt: '2025-12-01T00:00:00.000Z' }], p1Done)).toBe('2026Q1')
  })
})

describe('which assessment counts for a project and period', () => {
  let n = 0
  const a = (over: Partial<AssessmentChoiceLike> = {}) => ({
    id: `a${++n}`,
    projectId: 'p1',
    period: '2025Q1',
    status: '已定稿' as const,
    updatedAt: '2025-04-10T00:00:00.000Z',
    deletedAt: null,
    ...over,
  })

  it('is the final one before a draft, then the one edited last, deleted ones never', () => {
    const final = a({ updatedAt: '2025-04-01T00:00:00.000Z' })
    const laterDraft = a({ status: '草稿', updatedAt: '2025-05-01T00:00:00.000Z' })
    const deletedFinal = a({ updatedAt: '2025-06-01T00:00:00.000Z', deletedAt: '2025-06-01T00:00:00.000Z' })
    expect(assessmentThatCounts([laterDraft, final, deletedFinal], 'p1', '2025Q1')).toBe(final)
    const olderDraft = a({ status: '草稿', updatedAt: '2025-03-01T00:00:00.000Z' })
    expect(assessmentThatCounts([olderDraft, laterDraft], 'p1', '2025Q1')).toBe(laterDraft)
    const laterFinal = a({ updatedAt: '2025-04-02T00:00:00.000Z' })
    expect(assessmentThatCounts([final, laterFinal], 'p1', '2025Q1')).toBe(laterFinal)
    expect(assessmentThatCounts([deletedFinal], 'p1', '2025Q1')).toBeNull()
  })

  it('keeps the first of two edited at the same time', () => {
    const first = a()
    const second = a()
    expect(assessmentThatCounts([first, second], 'p1', '2025Q1')).toBe(first)
    expect(assessmentThatCounts([second, first], 'p1', '2025Q1')).toBe(second)
  })

  it('looks only at the project and period asked for', () => {
    const other = [a({ projectId: 'p2' }), a({ period: '2025Q2' })]
    expect(assessmentThatCounts(other, 'p1', '2025Q1')).toBeNull()
    expect(assessmentThatCounts(other, 'p2', '2025Q1')).toBe(other[0])
  })

  it('gives every project and period its one, keyed by project and period', () => {
    const rows = [a({ status: '草稿' }), a({ projectId: 'p2' }), a({ period: '2025Q2', updatedAt: '2025-07-01T00:00:00.000Z' }), a()]
    const map = assessmentsThatCount(rows)
    expect([...map.keys()]).toEqual(['p1|2025Q1', 'p2|2025Q1', 'p1|2025Q2'])
    expect(map.get(assessmentKey('p1', '2025Q1'))).toBe(rows[3])
    expect(map.get(assessmentKey('p1', '2025Q2'))).toBe(rows[2])
  })
})

describe('assessedPeriods', () => {
  it('lists distinct periods with live assessments, newest end first, a quarter before the year ending with it', () => {
    const rows = [
      { period: '2025Q3', deletedAt: null },
      { period: '2025Y', deletedAt: null },
      { period: '2025Q4', deletedAt: null },
      { period: '2026Q1', deletedAt: null },
      { period: '2026Q2', deletedAt: '2026-07-01T00:00:00.000Z' },
      { period: '2025Q3', deletedAt: null },
      { period: 'junk', deletedAt: null },
    ]
    expect(assessedPeriods(rows)).toEqual(['2026Q1', '2025Q4', '2025Y', '2025Q3'])
  })
})

describe('finalPeriods', () => {
  it('lists distinct periods with a live final assessment, newest first; drafts and deleted ones do not count', () => {
    const rows = [
      { period: '2025Q3', status: '已定稿', deletedAt: null },
      { period: '2025Y', status: '已定稿', deletedAt: null },
      { period: '2025Q4', status: '已定稿', deletedAt: null },
      { period: '2025Q4', status: '草稿', deletedAt: null },
      { period: '2026Q1', status: '草稿', deletedAt: null },
      { period: '2026Q2', status: '已定稿', deletedAt: '2026-07-01T00:00:00.000Z' },
    ]
    expect(finalPeriods(rows)).toEqual(['2025Q4', '2025Y', '2025Q3'])
    expect(finalPeriods(rows.filter((r) => r.status === '草稿'))).toEqual([])
  })
})
