import { describe, expect, it } from 'vitest'
import { dueSupervision, type DueSessionLike } from '@shared/domain/plans/due'
import type { PlanAgreementLike } from '@shared/domain/plans/plan-vs-done'
import { planAgreement, planSession } from './plan-records'

// No hours planned: what is due comes from the 方式 alone.
const agreement = (p: Partial<PlanAgreementLike> = {}) => planAgreement({ plannedHours: null, ...p })
const s = (id: string, date: string, p: Partial<DueSessionLike> = {}): DueSessionLike => ({ ...planSession(id, date), nextDate: null, ...p })

const sessions = [
  s('d1', '2025-04-20', { nextDate: '2025-05-10' }),
  // Its 下次督导日期 was followed by d1 (P1 met again): not due any more.
  s('d2', '2025-03-25', { mode: '团体督导', superviseeIds: ['P1', 'P2'], nextDate: '2025-04-25' }),
  s('d4', '2025-01-20', { superviseeIds: ['P4'] }),
  // Deleted and future sessions count for nothing.
  s('d5', '2025-05-01', { superviseeIds: ['P2'], deletedAt: '2025-05-02T00:00:00.000Z' }),
]
const everyone = new Set(['S', 'P1', 'P2', 'P4'])
const today = '2025-05-06'

describe('dueSupervision', () => {
  it('lists next dates, agreements behind their frequency and long gaps, overdue first', () => {
    const due = dueSupervision({ agreements: [agreement()], sessions, today, noSessionDays: 90, liveParticipantIds: everyone })
    expect(due.map((d) => [d.window, d.kind, d.dueDate, d.superviseeIds.join(','), d.mode, d.daysLate])).toEqual([
      ['已逾期', '低于约定频率', '2025-01-31', 'P2', '个别督导', 95],
      ['已逾期', '久未督导', '2025-04-20', 'P4', '个别督导', 16],
      ['本周', '低于约定频率', '2025-05-09', 'P1', '团体督导', 0],
      ['本周', '低于约定频率', '2025-05-09', 'P2', '团体督导', 0],
      ['本周', '下次督导日期', '2025-05-10', 'P1', '个别督导', 0],
      ['本月', '低于约定频率', '2025-05-20', 'P1', '个别督导', 0],
    ])
    expect(due[0]!.detail).toBe('协议约定个别督导每月 1 次，协议 2025-01-01 起尚无记录')
    expect(due[1]!.detail).toBe('上次督导 2025-01-20，超过 90 天未督导')
  })

  it('asks nothing of a draft, an ended agreement or people in the 回收站', () => {
    const none = (a: PlanAgreementLike) =>
      dueSupervision({ agreements: [a], sessions: [], today, noSessionDays: 90, liveParticipantIds: everyone })
    expect(none(agreement({ status: '草稿' }))).toEqual([])
    expect(none(agreement({ endDate: '2025-04-30' }))).toEqual([])
    expect(none(agreement({ status: '已终止', terminatedOn: '2025-03-01' }))).toEqual([])
    const gone = dueSupervision({ agreements: [], sessions, today, noSessionDays: 90, liveParticipantIds: new Set(['S', 'P1']) })
    expect(gone.map((d) => d.key)).toEqual(['next:d1'])
  })

  it('takes the gap from the setting, and from the agreement’s start for someone never supervised', () => {
    const due = dueSupervision({ agreements: [agreement({ frequencies: [], plannedHours: 6 })], sessions: [], today, noSessionDays: 120, liveParticipantIds: everyone })
    expect(due.map((d) => [d.key, d.dueDate, d.daysLate])).toEqual([
      ['gap:P1', '2025-05-01', 5],
      ['gap:P2', '2025-05-01', 5],
    ])
  })
})
