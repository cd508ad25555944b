import { describe, expect, it } from 'vitest'
import {
  activitySentence,
  comparisonSentence,
  dueSentence,
  followUpSentence,
  functionSentence,
  indexSentence,
  listAnd,
  modeSentence,
  overdueSentence,
  topicSentence,
} from '../../../../src/shared/reports/content/sentences'
import type { Bucket } from '../../../../src/shared/domain/statistics'

const bucket = (key: string, count: number, minutes = count * 60): Bucket => ({ key, count, minutes, hours: (minutes / 60).toFixed(1) })

describe('sentences for zero, all and some', () => {
  it('follow-ups due: none, none done, all done, one, some', () => {
    expect(dueSentence('本季度', 0, 0, '—')).toBe('本季度无到期的跟进事项')
    expect(dueSentence('本季度', 13, 0, '0.0%')).toBe('本季度到期的跟进事项 13 项，期末前均未完成')
    expect(dueSentence('本季度', 1, 0, '0.0%')).toBe('本季度到期的跟进事项 1 项，期末前未完成')
    expect(dueSentence('本期', 13, 13, '100.0%')).toBe('本期到期的跟进事项 13 项，均已在期末前完成')
    expect(dueSentence('本期', 1, 1, '100.0%')).toBe('本期到期的跟进事项 1 项，已在期末前完成')
    expect(dueSentence('本季度', 10, 9, '90.0%')).toBe('本季度到期的跟进事项 10 项，期末前完成 9 项，完成率 90.0%')
  })
  it('overdue: none, none long, all long, one long of one, some long', () => {
    const asOf = '2026年9月30日'
    expect(overdueSentence(asOf, 0, 0, 30)).toBe('截至2026年9月30日，没有逾期未完成的跟进事项')
    expect(overdueSentence(asOf, 4, 0, 30)).toBe('截至2026年9月30日，逾期未完成的跟进事项 4 项')
    expect(overdueSentence(asOf, 13, 13, 30)).toBe('截至2026年9月30日，逾期未完成的跟进事项 13 项，均已逾期超过 30 天')
    expect(overdueSentence(asOf, 1, 1, 30)).toBe('截至2026年9月30日，逾期未完成的跟进事项 1 项，已逾期超过 30 天')
    expect(overdueSentence(asOf, 11, 7, 30)).toBe('截至2026年9月30日，逾期未完成的跟进事项 11 项，其中逾期超过 30 天的 7 项')
  })
  it('the reported sentence no longer repeats 13 three times', () => {
    const s = followUpSentence({ lead: '本季度', due: 13, completed: 0, rateText: '0.0%', asOf: '2026年9月30日', overdue: 13, longOverdue: 13, days: 30 })
    expect(s).toBe('本季度到期的跟进事项 13 项，期末前均未完成；截至2026年9月30日，逾期未完成的跟进事项 13 项，均已逾期超过 30 天。')
    expect(s).not.toContain('其中')
  })
  it('modes: none, one (均为), several', () => {
    expect(modeSentence([bucket('个别督导', 0)])).toBeNull()
    expect(modeSentence([bucket('个别督导', 3, 270), bucket('团体督导', 0)])).toBe('督导方式均为个别督导。')
    expect(modeSentence([bucket('个别督导', 3, 270), bucket('团体督导', 1, 150)])).toBe('从督导方式看，个别督导 3 次（4.5 小时）、团体督导 1 次（2.5 小时）。')
    // The hours the table prints (apportioned to add up to the total), not each rounded alone: 105 min is 1.8 h alone.
    expect(modeSentence([{ ...bucket('个别督导', 1, 105), hours: '1.8' }, { ...bucket('团体督导', 1, 105), hours: '1.7' }])).toBe(
      '从督导方式看，个别督导 1 次（1.8 小时）、团体督导 1 次（1.7 小时）。',
    )
  })
  it('functions: none, one, several with and without sessions serving two', () => {
    expect(functionSentence([], 0)).toBeNull()
    expect(functionSentence([bucket('教育', 4), bucket('支持', 0)], 4)).toBe('督导功能均为教育功能。')
    expect(functionSentence([bucket('行政', 1), bucket('教育', 3)], 4)).toBe('从督导功能看，涉及行政功能 1 次、教育功能 3 次。')
    expect(functionSentence([bucket('行政', 2), bucket('教育', 3)], 4)).toBe('从督导功能看，涉及行政功能 2 次、教育功能 3 次（一次督导可兼具多项功能）。')
  })
  it('topics: none, one, two, three of more', () => {
    expect(topicSentence([])).toBeNull()
    expect(topicSentence([bucket('个案工作', 2)])).toBe('督导议题为“个案工作”（2 次）。')
    expect(topicSentence([bucket('个案工作', 2), bucket('需求评估', 1)])).toBe('督导议题中出现最多的是“个案工作”（2 次）和“需求评估”（1 次）。')
    expect(topicSentence([bucket('a', 3), bucket('b', 2), bucket('c', 1), bucket('d', 1)])).toBe('督导议题中出现最多的是“a”（3 次）、“b”（2 次）和“c”（1 次）。')
    expect(listAnd([])).toBe('')
  })
  it('activity: none, sessions without projects, with projects', () => {
    const s = { count: 0, minutes: 0, supervisees: 0, projects: 0, supervisors: 0 }
    expect(activitySentence('本季度', s)).toBe('本季度未开展督导。')
    expect(activitySentence('本季度', { ...s, count: 2, minutes: 150, supervisees: 3, supervisors: 1 })).toBe(
      '本季度共开展督导 2 次，累计 2.5 小时，覆盖被督导者 3 人，参与督导的督导者 1 人。',
    )
    expect(activitySentence('上半年', { count: 44, minutes: 4530, supervisees: 14, projects: 8, supervisors: 4 })).toBe(
      '上半年共开展督导 44 次，累计 75.5 小时，覆盖被督导者 14 人、服务项目 8 个，参与督导的督导者 4 人。',
    )
  })
  it('comparison: nothing before, both the same, up and down', () => {
    const now = { count: 3, minutes: 300, hoursTenths: 50 }
    expect(comparisonSentence('2025年第1季度', now, { count: 0, minutes: 0, hoursTenths: 0 })).toBeNull()
    expect(comparisonSentence('2025年第1季度', now, now)).toBe('与2025年第1季度（3 次、5.0 小时）相比，督导次数和时数均持平。')
    expect(comparisonSentence('2025年第1季度', now, { count: 4, minutes: 240, hoursTenths: 40 })).toBe(
      '与2025年第1季度（4 次、4.0 小时）相比，督导次数减少 1 次，督导时数增加 1.0 小时。',
    )
    expect(comparisonSentence('2025年第1季度', now, { count: 3, minutes: 330, hoursTenths: 55 })).toBe(
      '与2025年第1季度（3 次、5.5 小时）相比，督导次数持平，督导时数减少 0.5 小时。',
    )
  })
  it('index: none final, all final in one colour, some final, several colours with zeros left out', () => {
    const none = { 绿色: 0, 蓝色: 0, 黄色: 0, 红色: 0 }
    expect(indexSentence('本季度', 8, 0, none)).toBe('本季度尚无定稿的项目评估。')
    expect(indexSentence('本季度', 8, 8, { ...none, 绿色: 8 })).toBe('本季度参与社工督导指数评估的 8 个项目均已定稿，均为绿色（优秀）。')
    expect(indexSentence('本季度', 3, 1, { ...none, 红色: 1 })).toBe('本季度参与社工督导指数评估的项目 3 个，已定稿 1 个，为红色（预警）。')
    expect(indexSentence('本季度', 8, 7, { 绿色: 2, 蓝色: 0, 黄色: 1, 红色: 4 })).toBe(
      '本季度参与社工督导指数评估的项目 8 个，已定稿 7 个，其中绿色（优秀）2 个、黄色（合格）1 个、红色（预警）4 个。',
    )
  })
})
