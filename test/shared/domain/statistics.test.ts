import { describe, expect, it } from 'vitest'
import { hoursTenths, hoursText, partHoursTexts, sessionStatistics, sessionsInPeriod, superviseeHours } from '@shared/domain/statistics'

type S = Parameters<typeof sessionStatistics>[0][number]
let n = 0
const session = (p: Partial<S> & { date: string; durationMinutes: number }): S => ({
  id: `s${++n}`,
  mode: '个别督导',
  functions: ['教育'],
  topics: [],
  supervisorIds: ['sup1'],
  superviseeIds: ['w1'],
  projectIds: [],
  deletedAt: null,
  ...p,
})

describe('hoursText', () => {
  it('turns minutes into hours with one decimal, half up', () => {
    expect(hoursText(3810)).toBe('63.5')
    expect(hoursText(90)).toBe('1.5')
    expect(hoursText(100)).toBe('1.7') // 1.666…
    expect(hoursText(0)).toBe('0.0')
    expect(hoursText(2)).toBe('0.0')
    expect(hoursText(3)).toBe('0.1') // 0.05 → 0.1
    expect(hoursText(480)).toBe('8.0')
    expect(hoursTenths(45)).toBe(8) // 0.75 → 0.8
  })
})

describe('sessionStatistics', () => {
  const sessions: S[] = [
    session({ id: 'a', date: '2025-01-08', durationMinutes: 90, mode: '个别督导', functions: ['教育', '支持'], topics: ['个案工作', '情绪支持'], supervisorIds: ['sup1'], superviseeIds: ['w1'], projectIds: ['p1'] }),
    session({ id: 'b', date: '2025-01-20', durationMinutes: 120, mode: '团体督导', functions: ['行政'], topics: ['项目管理', '个案工作'], supervisorIds: ['sup1', 'sup2'], superviseeIds: ['w1', 'w2', 'w3'], projectIds: ['p1', 'p2'] }),
    session({ id: 'c', date: '2025-02-14', durationMinutes: 60, mode: '线上督导', functions: ['教育'], topics: ['个案工作'], supervisorIds: ['sup2'], superviseeIds: ['w2'], projectIds: [] }),
    session({ id: 'd', date: '2025-03-31', durationMinutes: 45, mode: '个别督导', functions: ['支持'], topics: ['伦理困境'], supervisorIds: ['sup1'], superviseeIds: ['w3'], projectIds: ['p2'] }),
    // outside the period / deleted / duplicate
    session({ id: 'e', date: '2025-04-01', durationMinutes: 300 }),
    session({ id: 'f', date: '2024-12-31', durationMinutes: 300 }),
    session({ id: 'g', date: '2025-02-01', durationMinutes: 300, deletedAt: '2025-02-02T08:00:00Z' }),
  ]
  const withDuplicate = [...sessions, sessions[0]!]

  it('counts sessions and hours in the period once each', () => {
    expect(sessionsInPeriod(withDuplicate, '2025Q1').map((s) => s.id)).toEqual(['a', 'b', 'c', 'd'])
    const st = sessionStatistics(withDuplicate, '2025Q1')
    expect(st.count).toBe(4)
    expect(st.minutes).toBe(315)
    expect(st.hours).toBe('5.3') // 5.25 → 5.3
  })

  it('breaks down by mode, function, topic, people, project and month', () => {
    const st = sessionStatistics(sessions, '2025Q1')
    expect(st.byMode).toEqual([
      { key: '个别督导', count: 2, minutes: 135, hours: '2.3' },
      { key: '团体督导', count: 1, minutes: 120, hours: '2.0' },
      { key: '朋辈督导', count: 0, minutes: 0, hours: '0.0' },
      { key: '现场督导', count: 0, minutes: 0, hours: '0.0' },
      { key: '线上督导', count: 1, minutes: 60, hours: '1.0' },
    ])
    expect(st.byFunction).toEqual([
      { key: '行政', count: 1, minutes: 120, hours: '2.0' },
      { key: '教育', count: 2, minutes: 150, hours: '2.5' },
      { key: '支持', count: 2, minutes: 135, hours: '2.3' },
    ])
    expect(st.byTopic.map((b) => [b.key, b.count, b.minutes])).toEqual([
      ['个案工作', 3, 270],
      ['项目管理', 1, 120],
      ['情绪支持', 1, 90],
      ['伦理困境', 1, 45],
    ])
    expect(st.bySupervisor.map((b) => [b.key, b.count, b.minutes, b.hours])).toEqual([
      ['sup1', 3, 255, '4.3'],
      ['sup2', 2, 180, '3.0'],
    ])
    expect(st.bySupervisee.map((b) => [b.key, b.count, b.minutes, b.hours])).toEqual([
      ['w1', 2, 210, '3.5'],
      ['w2', 2, 180, '3.0'],
      ['w3', 2, 165, '2.8'],
    ])
    expect(st.byProject.map((b) => [b.key, b.count, b.minutes])).toEqual([
      ['p1', 2, 210],
      ['p2', 2, 165],
    ])
    expect(st.byMonth).toEqual([
      { key: '2025-01', count: 2, minutes: 210, hours: '3.5' },
      { key: '2025-02', count: 1, minutes: 60, hours: '1.0' },
      { key: '2025-03', count: 1, minutes: 45, hours: '0.8' },
    ])
  })

  it('gives a summary for an empty period', () => {
    const st = sessionStatistics(sessions, '2023Y')
    expect(st.count).toBe(0)
    expect(st.hours).toBe('0.0')
    expect(st.byMonth).toHaveLength(12)
    expect(st.byTopic).toEqual([])
  })

  it('adds up to the summary sentence of docs/domain.md (42 次, 63.5 小时)', () => {
    const many: S[] = []
    for (let i = 0; i < 42; i++) {
      const month = String((i % 3) + 1).padStart(2, '0')
      many.push(session({ date: `2025-${month}-10`, durationMinutes: i < 15 ? 120 : i < 41 ? 75 : 60 }))
    }
    // 15×120 + 26×75 + 60 = 1800 + 1950 + 60 = 3810 minutes
    const st = sessionStatistics(many, '2025Q1')
    expect(st.count).toBe(42)
    expect(st.minutes).toBe(3810)
    expect(st.hours).toBe('63.5')
  })
})

describe('superviseeHours', () => {
  const sessions: S[] = [
    session({ id: 'a', date: '2025-04-03', durationMinutes: 90, superviseeIds: ['w1', 'w2'] }),
    session({ id: 'b', date: '2025-05-03', durationMinutes: 50, superviseeIds: ['w2'] }),
    session({ id: 'c', date: '2025-07-03', durationMinutes: 60, superviseeIds: ['w1'] }),
  ]
  it('gives each supervisee the full duration of every session attended', () => {
    expect(superviseeHours(sessions, '2025Q2')).toEqual([
      { personId: 'w2', count: 2, minutes: 140, hours: '2.3' },
      { personId: 'w1', count: 1, minutes: 90, hours: '1.5' },
    ])
    expect(superviseeHours(sessions, '2025H2')).toEqual([{ personId: 'w1', count: 1, minutes: 60, hours: '1.0' }])
  })
  it('lists the requested people in order, zeros included', () => {
    expect(superviseeHours(sessions, '2025Y', ['w3', 'w1'])).toEqual([
      { personId: 'w3', count: 0, minutes: 0, hours: '0.0' },
      { personId: 'w1', count: 2, minutes: 150, hours: '2.5' },
    ])
  })
})

describe('hours of the parts of a whole', () => {
  it('add up to the whole: three months of 105 minutes are 1.8 + 1.8 + 1.7 = 5.3, not 5.4 under a 合计 of 5.3', () => {
    expect(hoursText(315)).toBe('5.3')
    expect([105, 105, 105].map(hoursText)).toEqual(['1.8', '1.8', '1.8'])
    expect(partHoursTexts([105, 105, 105])).toEqual(['1.8', '1.8', '1.7'])
    expect(partHoursTexts([90, 0, 60])).toEqual(['1.5', '0.0', '1.0'])
    expect(partHoursTexts([])).toEqual([])
  })
  it('sessionStatistics gives months and 方式 such hours; topics, which overlap, keep their own rounding', () => {
    const list = [
      session({ date: '2025-01-10', durationMinutes: 105, mode: '个别督导', topics: ['个案工作'] }),
      session({ date: '2025-02-10', durationMinutes: 105, mode: '团体督导', topics: ['个案工作'] }),
      session({ date: '2025-03-10', durationMinutes: 105, mode: '线上督导', topics: ['个案工作'] }),
    ]
    const stats = sessionStatistics(list, '2025Q1')
    expect(stats.hours).toBe('5.3')
    expect(stats.byMonth.map((b) => b.hours)).toEqual(['1.8', '1.8', '1.7'])
    expect(stats.byMode.filter((b) => b.count > 0).map((b) => b.hours)).toEqual(['1.8', '1.8', '1.7'])
    expect(stats.byTopic[0]!.hours).toBe('5.3')
  })
})
