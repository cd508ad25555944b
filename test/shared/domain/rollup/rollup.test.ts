import { describe, expect, it } from 'vitest'
import { computeRollup, sameRollup, type RollupInput } from '@shared/domain/rollup/rollup'
import { buildDashboard } from '@shared/domain/dashboard'
import { sessionStatistics } from '@shared/domain/statistics'
import { rollupDocumentSchema } from '@shared/rollup/document'
import type { SupervisionAgreement } from '@shared/model'
import { assessments, followUps, frameworks, PERIOD, persons, projects, sessions, TODAY } from '../../reports/content/fixture'

// The small studio of the report tests (fixture.ts shows its arithmetic), 2025Q2, today 2025-07-15.
const agreement: SupervisionAgreement = {
  id: 'ag1',
  createdAt: '2025-01-05T08:00:00.000Z',
  updatedAt: '2025-01-05T08:00:00.000Z',
  deletedAt: null,
  rev: 1,
  title: '谢国铭个别督导协议',
  supervisorIds: ['sup1'],
  superviseeIds: ['pa'],
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  frequencies: [{ mode: '个别督导', count: 1, per: '月' }],
  plannedHours: null,
  hoursPer: '季度',
  goals: [],
  responsibilities: '',
  confidentiality: '',
  note: '',
  status: '生效',
  terminatedOn: null,
  supervisorConfirmation: null,
  superviseeConfirmation: null,
}

const input = (over: Partial<RollupInput> = {}): RollupInput => ({
  studio: { code: 'linquan', name: '林泉高级社工师工作室' },
  period: PERIOD,
  today: TODAY,
  generatedAt: '2025-07-15T09:00:00.000Z',
  superviseeNames: false,
  persons,
  projects,
  sessions,
  followUps,
  assessments,
  agreements: [],
  ...over,
})

describe('computeRollup', () => {
  const doc = computeRollup(input())

  it('is a valid roll-up of the studio and period', () => {
    expect(rollupDocumentSchema.parse(doc)).toEqual(doc)
    expect(doc).toMatchObject({ _id: 'rollup:linquan:2025Q2', type: 'rollup', schemaVersion: 1, period: '2025Q2', studio: { code: 'linquan', name: '林泉高级社工师工作室' } })
  })

  it('counts the sessions of the period by 方式, 功能, month and 议题 (S1 90, S2 150, S3 60; S4 is Q1, S5 deleted)', () => {
    expect(doc.sessions).toEqual({
      count: 3,
      minutes: 300,
      byMode: [
        { key: '个别督导', count: 1, minutes: 90 },
        { key: '团体督导', count: 1, minutes: 150 },
        { key: '朋辈督导', count: 0, minutes: 0 },
        { key: '现场督导', count: 1, minutes: 60 },
        { key: '线上督导', count: 0, minutes: 0 },
      ],
      byFunction: [
        { key: '行政', count: 2, minutes: 210 },
        { key: '教育', count: 2, minutes: 240 },
        { key: '支持', count: 1, minutes: 90 },
      ],
      byMonth: [
        { key: '2025-04', count: 1, minutes: 90 },
        { key: '2025-05', count: 1, minutes: 150 },
        { key: '2025-06', count: 1, minutes: 60 },
      ],
    })
    expect(doc.topics).toEqual([
      { key: '个案工作', count: 2, minutes: 240 },
      { key: '志愿者管理', count: 1, minutes: 150 },
      { key: '情绪支持', count: 1, minutes: 90 },
      { key: '项目管理', count: 1, minutes: 60 },
    ])
    expect(doc.supervisors).toEqual({ count: 2 })
  })

  it('counts supervisees and their hours (谢国铭 240, 李若鹏 210) without names unless opted in', () => {
    expect(doc.supervisees).toEqual({ covered: 2, minutes: 450, named: null })
    expect(computeRollup(input({ superviseeNames: true })).supervisees.named).toEqual([
      { name: '谢国铭', count: 2, minutes: 240 },
      { name: '李若鹏', count: 2, minutes: 210 },
    ])
  })

  it('counts follow-ups due in the period and those overdue at its end (F2, F3 open on 06-30, F4)', () => {
    expect(doc.followUps).toEqual({ total: 4, done: 1, open: 3, overdue: 3 })
    // A running period is judged today: on 2025-06-05 F2 and F4 are overdue, F3 is not yet due.
    expect(computeRollup(input({ today: '2025-06-05' })).followUps.overdue).toBe(2)
  })

  it('lists every project of the period with its total, colour, change and drop reasons, as the dashboard ranks them', () => {
    expect(doc.assessments).toEqual({ projects: 3, finalised: 2, drafts: 0 })
    expect(doc.projects).toEqual([
      { id: 'p2', name: '林泉社区“共享儿女”服务项目', community: '林泉社区', state: '已定稿', totalTenths: 1000, colour: '绿色', changeTenths: null, dropReasons: [] },
      {
        id: 'p1',
        name: '古街社区助老送餐服务项目',
        community: '古街社区',
        state: '已定稿',
        totalTenths: 796,
        colour: '红色',
        changeTenths: -4,
        dropReasons: [{ kind: 'overdueDrop', text: '有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }],
      },
      { id: 'p3', name: '福鼎社区中医理疗项目', community: '福鼎社区', state: '未评估', totalTenths: null, colour: null, changeTenths: null, dropReasons: [] },
    ])
  })

  it('sums the 督导协议: 1 个别督导 a month for 谢国铭 → 3 planned in Q2, 1 held (S2 is 团体督导) → 33.3%, behind', () => {
    expect(doc.plan).toBeNull()
    expect(computeRollup(input({ agreements: [agreement] })).plan).toEqual({ agreements: 1, plannedTenths: 30, heldTowardPlanTenths: 10, completionTenths: 333, behind: 1 })
    expect(computeRollup(input({ agreements: [{ ...agreement, deletedAt: '2025-02-01T00:00:00.000Z' }] })).plan).toBeNull()
  })

  it('equals the studio’s own statistics and dashboard for the same period', () => {
    const stats = sessionStatistics(sessions.filter((s) => !s.deletedAt), PERIOD)
    const board = buildDashboard({ projects, assessments, frameworks, period: PERIOD })
    expect(doc.sessions.count).toBe(stats.count)
    expect(doc.sessions.minutes).toBe(stats.minutes)
    expect(doc.projects.map((p) => [p.id, p.totalTenths, p.colour])).toEqual(board.rows.map((r) => [r.projectId, r.totalTenths, r.colour]))
    expect(doc.assessments.finalised).toBe(board.assessedCount)
  })
})

describe('sameRollup', () => {
  it('ignores when it was computed and the server revision, nothing else', () => {
    const a = computeRollup(input())
    expect(sameRollup(a, { ...computeRollup(input({ generatedAt: '2025-08-01T00:00:00.000Z' })), _rev: '3-abc' })).toBe(true)
    expect(sameRollup(a, computeRollup(input({ superviseeNames: true })))).toBe(false)
    expect(sameRollup(a, computeRollup(input({ sessions: sessions.slice(1) })))).toBe(false)
  })
})
