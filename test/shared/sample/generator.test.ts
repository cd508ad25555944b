import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { recordMeta } from '../../../src/shared/model/common'
import { DEFAULT_TOPICS } from '../../../src/shared/model/constants'
import { personInputSchema } from '../../../src/shared/model/person'
import { progressInputSchema, projectInputSchema } from '../../../src/shared/model/project'
import {
  followUpInputSchema,
  formatSessionCode,
  minutesBetween,
  sessionInputSchema,
  type FollowUp,
  type SupervisionSession,
} from '../../../src/shared/model/session'
import { completeQuartersBefore, isoAt } from '../../../src/shared/sample/calendar'
import { dayNumber } from '../../../src/shared/domain/dates'
import { generateSampleData, samplePeriods, type SampleData } from '../../../src/shared/sample/generator'
import { REAL_NAMES_IN_SEEDS } from '../../../src/shared/sample/names'
import { Rng } from '../../../src/shared/sample/prng'
// The form the app fills when a user opens a sample 督导记录 to edit it.
import { toSessionInput } from '@renderer/db/sessions'

const TODAY = '2025-07-15'
const data = generateSampleData()
const metaSchema = z.object(recordMeta)
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const UUID_V4_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function followUpsBySession(d: SampleData): Map<string, FollowUp[]> {
  const map = new Map<string, FollowUp[]>()
  for (const f of d.followUps) {
    const list = map.get(f.sessionId) ?? []
    list.push(f)
    map.set(f.sessionId, list)
  }
  return map
}

/** Every record of `d` passes its zod input schema unchanged (no trimming, no defaults filled). */
function expectValid(d: SampleData, today: string) {
  for (const p of d.persons) {
    const { id, createdAt, updatedAt, deletedAt, rev, ...input } = p
    expect(metaSchema.safeParse({ id, createdAt, updatedAt, deletedAt, rev }).success).toBe(true)
    const r = personInputSchema.safeParse(input)
    expect(r.error?.issues ?? [], p.name).toEqual([])
    expect(r.data).toEqual(input)
  }
  for (const p of d.projects) {
    const { id, createdAt, updatedAt, deletedAt, rev, ...input } = p
    expect(metaSchema.safeParse({ id, createdAt, updatedAt, deletedAt, rev }).success).toBe(true)
    const r = projectInputSchema.safeParse(input)
    expect(r.error?.issues ?? [], p.name).toEqual([])
    expect(r.data).toEqual(input)
  }
  for (const g of d.progress) {
    const { id, createdAt, updatedAt, deletedAt, rev, ...input } = g
    expect(metaSchema.safeParse({ id, createdAt, updatedAt, deletedAt, rev }).success).toBe(true)
    const r = progressInputSchema.safeParse(input)
    expect(r.error?.issues ?? [], `${g.projectId} ${g.period}`).toEqual([])
    expect(r.data).toEqual(input)
  }
  const schema = sessionInputSchema(today)
  const fus = followUpsBySession(d)
  for (const s of d.sessions) {
    const { id, createdAt, updatedAt, deletedAt, rev } = s
    expect(metaSchema.safeParse({ id, createdAt, updatedAt, deletedAt, rev }).success).toBe(true)
    const form = toSessionInput(s, fus.get(s.id) ?? [])
    const r = schema.safeParse(form)
    expect(r.error?.issues ?? [], s.code).toEqual([])
    expect(r.data).toEqual(form)
  }
  for (const f of d.followUps) {
    const { id, createdAt, updatedAt, deletedAt, rev, sessionId: _s, ...input } = f
    expect(metaSchema.safeParse({ id, createdAt, updatedAt, deletedAt, rev }).success).toBe(true)
    expect(followUpInputSchema.safeParse(input).success).toBe(true)
  }
}

function allIds(d: SampleData): string[] {
  return [...d.persons, ...d.projects, ...d.progress, ...d.sessions, ...d.followUps].map((r) => r.id)
}

describe('sample data: determinism', () => {
  it('gives deep-equal output for the same options', () => {
    expect(generateSampleData()).toEqual(data)
    expect(generateSampleData({ seed: 1, today: TODAY, persons: 18, projects: 8, sessions: 90, quarters: 2 })).toEqual(data)
    expect(generateSampleData({ seed: 'studio' })).toEqual(generateSampleData({ seed: 'studio' }))
  })

  it('gives different output for a different seed', () => {
    const other = generateSampleData({ seed: 2 })
    expect(other).not.toEqual(data)
    expect(other.persons.map((p) => p.name)).not.toEqual(data.persons.map((p) => p.name))
    expect(other.sessions.map((s) => s.date)).not.toEqual(data.sessions.map((s) => s.date))
    expect(other.persons[0]?.id).not.toBe(data.persons[0]?.id)
  })

  it('reads neither Math.random nor the clock', () => {
    const random = Math.random
    const now = Date.now
    Math.random = () => {
      throw new Error('Math.random called')
    }
    Date.now = () => {
      throw new Error('Date.now called')
    }
    try {
      expect(generateSampleData()).toEqual(data)
    } finally {
      Math.random = random
      Date.now = now
    }
  })
})

describe('sample data: counts and validity', () => {
  it('has the default counts', () => {
    expect(data.persons).toHaveLength(18)
    expect(data.projects).toHaveLength(8)
    expect(data.sessions).toHaveLength(90)
    expect(data.progress).toHaveLength(16)
  })

  it('honours custom counts and quarters', () => {
    const d = generateSampleData({ seed: 3, persons: 40, projects: 12, sessions: 200, quarters: 3 })
    expect(d.persons).toHaveLength(40)
    expect(d.projects).toHaveLength(12)
    expect(d.sessions).toHaveLength(200)
    expect(d.progress).toHaveLength(36)
    expect(new Set(d.progress.map((g) => g.period))).toEqual(new Set(['2024Q4', '2025Q1', '2025Q2']))
    expectValid(d, TODAY)
  })

  it('passes the zod input schemas, unchanged by them', () => {
    expectValid(data, TODAY)
  })

  it('passes the schemas for other seeds and dates', () => {
    for (const [seed, today] of [
      [7, '2025-01-02'],
      [8, '2024-10-01'],
      [9, '2026-03-31'],
    ] as const) {
      expectValid(generateSampleData({ seed, today }), today)
    }
  })

  it('gives every record a unique UUID v4 id and soft-delete null', () => {
    const ids = allIds(data)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(UUID_V4_RE)
    for (const r of [...data.persons, ...data.projects, ...data.progress, ...data.sessions, ...data.followUps]) {
      expect(r.deletedAt).toBeNull()
    }
  })

  it('handles small and empty sets', () => {
    const tiny = generateSampleData({ persons: 2, projects: 0, sessions: 5, quarters: 1 })
    expect(tiny.persons.map((p) => p.role).sort()).toEqual(['社工', '督导者'].sort())
    expect(tiny.sessions).toHaveLength(5)
    expect(tiny.sessions.every((s) => s.projectIds.length === 0)).toBe(true)
    expectValid(tiny, TODAY)
    const none = generateSampleData({ persons: 0, projects: 3, sessions: 0 })
    expect(none.persons).toEqual([])
    expect(none.projects.every((p) => p.leaderId === null)).toBe(true)
    expect(none.sessions).toEqual([])
    expect(none.followUps).toEqual([])
    expectValid(none, TODAY)
  })

  it('rejects impossible options', () => {
    expect(() => generateSampleData({ persons: -1 })).toThrow('示例数据参数 persons 须为非负整数：-1')
    expect(() => generateSampleData({ sessions: 1.5 })).toThrow('示例数据参数 sessions 须为非负整数：1.5')
    expect(() => generateSampleData({ quarters: 0 })).toThrow('示例数据参数 quarters 须在 1 到 40 之间：0')
    expect(() => generateSampleData({ persons: 1, sessions: 3 })).toThrow('生成督导记录至少需要 2 名人员（督导者和被督导者）')
    expect(() => generateSampleData({ today: '2025-02-30' })).toThrow('日期不存在：2025-02-30')
  })
})

describe('sample data: persons', () => {
  it('has a realistic mix of roles and qualifications', () => {
    const byRole = (role: string) => data.persons.filter((p) => p.role === role)
    const supervisors = byRole('督导者')
    expect(supervisors.length).toBeGreaterThanOrEqual(3)
    expect(supervisors.length).toBeLessThanOrEqual(4)
    for (const p of supervisors) expect(['高级社会工作师', '社会工作师']).toContain(p.qualification)
    expect(supervisors.some((p) => p.qualification === '高级社会工作师')).toBe(true)
    for (const p of byRole('社工')) expect(['助理社会工作师', '社会工作师']).toContain(p.qualification)
    for (const p of byRole('志愿者骨干')) expect(p.qualification).toBe('无')
    expect(byRole('社工').length).toBeGreaterThan(byRole('社区工作者').length)
    expect(byRole('社区工作者').length).toBeGreaterThan(0)
    expect(byRole('志愿者骨干').length).toBeGreaterThan(0)
  })

  it('works in 社会工作服务中心 or the seed communities', () => {
    for (const p of data.persons) expect(p.org).toMatch(/社会工作服务中心|社会工作服务站|工作室|协会|社区|小区|志愿服务队|鼓队/)
    const orgs = new Set(data.persons.map((p) => p.org))
    expect([...orgs].some((o) => o.endsWith('社会工作服务中心'))).toBe(true)
    expect([...orgs].some((o) => /^(林泉|福鼎|古街|路东|双塔|新港山路)社区$/.test(o))).toBe(true)
  })

  it('has unique invented names, never those of the seed reports, even for 1,000 persons', () => {
    const big = generateSampleData({ seed: 5, persons: 1000, projects: 20, sessions: 0 })
    for (const d of [data, big]) {
      const names = d.persons.map((p) => p.name)
      expect(new Set(names).size).toBe(names.length)
      for (const n of names) {
        expect(n).toMatch(/^[\u4e00-\u9fff]{2,4}$/)
        expect(REAL_NAMES_IN_SEEDS.filter((real) => real.startsWith(n) || n.startsWith(real))).toEqual([])
      }
    }
  })

  it('leaves some phone numbers empty', () => {
    const big = generateSampleData({ seed: 5, persons: 200, sessions: 0 })
    expect(big.persons.some((p) => p.phone === '')).toBe(true)
    expect(big.persons.some((p) => /^1\d{10}$/.test(p.phone))).toBe(true)
  })
})

describe('sample data: projects and progress', () => {
  it('spans at least four seed communities with the seed projects', () => {
    const communities = new Set(data.projects.map((p) => p.community))
    expect(communities.size).toBeGreaterThanOrEqual(4)
    const names = data.projects.map((p) => p.name).join('、')
    for (const kind of ['共享儿女', '中医理疗', '助老送餐', '安心合伙人', '非洲鼓文化共融计划', '近邻圩日', '青少年心理辅导', '独居老人照护']) {
      expect(names).toContain(kind)
    }
  })

  it('has leaders who are 社工, targets in range, dates covering the quarters', () => {
    const { start, end } = samplePeriods(TODAY, 2)
    const roleOf = new Map(data.persons.map((p) => [p.id, p.role]))
    for (const p of data.projects) {
      expect(roleOf.get(p.leaderId ?? '')).toBe('社工')
      expect(p.targets.activities).toBeGreaterThanOrEqual(24)
      expect(p.targets.activities).toBeLessThanOrEqual(60)
      expect(p.targets.serviceCount).toBeGreaterThanOrEqual(600)
      expect(p.targets.serviceCount).toBeLessThanOrEqual(3000)
      expect(p.targets.volunteers).toBeGreaterThanOrEqual(20)
      expect(p.targets.volunteers).toBeLessThanOrEqual(80)
      expect(p.startDate <= start).toBe(true)
      expect(p.endDate >= end).toBe(true)
    }
    const many = generateSampleData({ seed: 4, persons: 300, projects: 200, sessions: 0 })
    const statuses = many.projects.map((p) => p.status)
    expect(statuses.filter((s) => s === '进行中').length).toBeGreaterThan(statuses.length / 2)
    expect(new Set(many.projects.map((p) => p.name)).size).toBe(200)
    expect(new Set(many.projects.map((p) => p.community)).size).toBeGreaterThanOrEqual(8)
  })

  it('covers the complete quarters before today with varied results', () => {
    expect(samplePeriods(TODAY, 2)).toEqual({ periods: ['2025Q1', '2025Q2'], start: '2025-01-01', end: '2025-06-30' })
    const projectById = new Map(data.projects.map((p) => [p.id, p]))
    const c1: number[] = []
    for (const g of data.progress) {
      expect(['2025Q1', '2025Q2']).toContain(g.period)
      expect(g.needsResolved).toBeLessThanOrEqual(g.needsCollected)
      expect(g.satisfaction).not.toBeNull()
      expect(g.satisfaction!).toBeGreaterThanOrEqual(65)
      expect(g.satisfaction!).toBeLessThanOrEqual(99)
      const t = projectById.get(g.projectId)!.targets
      c1.push(Math.min(g.activities / (t.activities / 4), g.serviceCount / (t.serviceCount / 4)))
    }
    // Some projects well above target, some far below: the colours will differ.
    expect(Math.max(...c1)).toBeGreaterThanOrEqual(1)
    expect(Math.min(...c1)).toBeLessThan(0.65)
    expect(c1.some((r) => r >= 0.75 && r < 1)).toBe(true)
    const sats = data.progress.map((g) => g.satisfaction!)
    expect(Math.max(...sats)).toBeGreaterThanOrEqual(95)
    expect(Math.min(...sats)).toBeLessThan(80)
  })
})

describe('sample data: sessions', () => {
  const roleOf = new Map(data.persons.map((p) => [p.id, p.role]))
  const projectIds = new Set(data.projects.map((p) => p.id))

  it('never puts one person on both sides, supervisors are 督导者 and supervisees are not', () => {
    for (const s of data.sessions) {
      expect(s.supervisorIds.filter((id) => s.superviseeIds.includes(id))).toEqual([])
      for (const id of s.supervisorIds) expect(roleOf.get(id)).toBe('督导者')
      for (const id of s.superviseeIds) expect(['社工', '社区工作者', '志愿者骨干']).toContain(roleOf.get(id))
      expect(new Set(s.superviseeIds).size).toBe(s.superviseeIds.length)
    }
    const individual = data.sessions.filter((s) => s.mode === '个别督导')
    expect(individual.length).toBeGreaterThan(0)
    for (const s of individual) expect(s.superviseeIds).toHaveLength(1)
  })

  it('falls on weekdays in office hours within the quarters', () => {
    for (const s of data.sessions) {
      expect(s.date >= '2025-01-01' && s.date <= '2025-06-30').toBe(true)
      const w = new Date(`${s.date}T00:00:00Z`).getUTCDay()
      expect(w).not.toBe(0)
      expect(w).not.toBe(6)
      expect(s.startTime >= '09:00').toBe(true)
      expect(s.endTime <= '17:30').toBe(true)
      expect(s.durationMinutes).toBe(minutesBetween(s.startTime, s.endTime))
      expect(s.durationMinutes).toBeGreaterThanOrEqual(60)
      expect(s.durationMinutes).toBeLessThanOrEqual(180)
    }
  })

  it('has unique, well-formed codes numbered per year in date order', () => {
    const codes = data.sessions.map((s) => s.code)
    expect(new Set(codes).size).toBe(codes.length)
    const multiYear = generateSampleData({ seed: 6, sessions: 300, quarters: 6 })
    for (const d of [data, multiYear]) {
      const seqs = new Map<number, number>()
      let prev = ''
      for (const s of d.sessions) {
        expect(s.code).toMatch(/^DD-\d{4}-\d{4}$/)
        expect(s.code).toBe(formatSessionCode(s.year, s.seq))
        expect(s.year).toBe(Number(s.date.slice(0, 4)))
        const expected = (seqs.get(s.year) ?? 0) + 1
        expect(s.seq).toBe(expected)
        seqs.set(s.year, expected)
        const key = `${s.date} ${s.startTime}`
        expect(key >= prev).toBe(true)
        prev = key
      }
      expect(new Set(d.sessions.map((s) => s.code)).size).toBe(d.sessions.length)
    }
    expect(new Set(multiYear.sessions.map((s) => s.year)).size).toBe(2)
  })

  it('links mostly one or two projects and uses the default topics', () => {
    const counts = [0, 0, 0]
    for (const s of data.sessions) {
      counts[s.projectIds.length] = (counts[s.projectIds.length] ?? 0) + 1
      for (const id of s.projectIds) expect(projectIds.has(id)).toBe(true)
      expect(s.topics.length).toBeGreaterThanOrEqual(1)
      expect(s.topics.length).toBeLessThanOrEqual(3)
      for (const t of s.topics) expect(DEFAULT_TOPICS).toContain(t)
      expect(new Set(s.topics).size).toBe(s.topics.length)
    }
    expect(counts[1]! + counts[2]!).toBeGreaterThan(counts[0]!)
    expect(counts[0]).toBeGreaterThan(0)
  })

  it('mixes modes, functions and kinds, with fitting locations', () => {
    const modes = new Set(data.sessions.map((s) => s.mode))
    expect(modes.size).toBe(5)
    expect(new Set(data.sessions.map((s) => s.kind)).size).toBe(2)
    for (const s of data.sessions) {
      if (s.mode === '线上督导') expect(s.location).toMatch(/^线上（/)
      else expect(s.location).toMatch(/社区|小区|工作室/)
      expect(s.functions.length).toBeGreaterThanOrEqual(1)
    }
  })

  it('has realistic Chinese text built from the session', () => {
    for (const s of data.sessions) {
      for (const text of [s.questions, s.process, s.advice, s.supervisorReflection]) {
        expect(text.length).toBeGreaterThan(15)
        expect(text).not.toMatch(/undefined|null|\$\{|NaN|lorem/i)
      }
      expect(s.process).toMatch(/督导/)
    }
    expect(data.sessions.some((s) => s.superviseeReflection.length > 0)).toBe(true)
    expect(data.sessions.some((s) => s.superviseeReflection === '')).toBe(true)
    const texts = data.sessions.map((s) => s.questions + s.process)
    expect(new Set(texts).size).toBeGreaterThan(data.sessions.length * 0.9)
    expect(texts.some((t) => /林泉社区|古街社区|路东社区|双塔社区|新港山路社区|福鼎社区|庠柄小区/.test(t))).toBe(true)
  })

  it('has feedback, risk, sensitivity and next dates in realistic proportions', () => {
    const big = generateSampleData({ seed: 12, persons: 60, projects: 20, sessions: 2000, quarters: 4 })
    const n = big.sessions.length
    const share = (pred: (s: SupervisionSession) => boolean) => big.sessions.filter(pred).length / n
    expect(share((s) => s.riskLevel === '无')).toBeGreaterThan(0.8)
    expect(share((s) => s.riskLevel === '关注')).toBeGreaterThan(0.05)
    expect(share((s) => s.riskLevel === '严重')).toBeGreaterThan(0)
    expect(share((s) => s.riskLevel === '严重')).toBeLessThan(0.04)
    expect(share((s) => s.sensitive === 1)).toBeGreaterThan(0.02)
    expect(share((s) => s.sensitive === 1)).toBeLessThan(0.09)
    for (const s of big.sessions) expect(s.riskNote.length > 0).toBe(s.riskLevel !== '无')
    for (const s of big.sessions.filter((s) => s.riskLevel === '严重')) expect(s.topics).toContain('危机干预')
    const scored = big.sessions.filter((s) => s.feedbackScore !== null)
    expect(new Set(scored.map((s) => s.feedbackScore))).toEqual(new Set([3, 4, 5]))
    const withNext = big.sessions.filter((s) => s.nextDate !== null)
    expect(withNext.length).toBeGreaterThan(0)
    for (const s of withNext) {
      const gap = dayNumber(s.nextDate!) - dayNumber(s.date)
      expect(gap).toBeGreaterThanOrEqual(14)
      expect(gap).toBeLessThanOrEqual(30)
    }
    expect(share((s) => s.feedbackScore === null)).toBeGreaterThan(0)
    expect(share((s) => s.nextDate === null)).toBeGreaterThan(0)
  })

  it('is mostly 已定稿, the newest few 草稿', () => {
    const drafts = data.sessions.filter((s) => s.status === '草稿')
    expect(drafts.length).toBeGreaterThanOrEqual(1)
    expect(drafts.length).toBeLessThanOrEqual(6)
    const firstDraft = data.sessions.findIndex((s) => s.status === '草稿')
    expect(data.sessions.slice(firstDraft).every((s) => s.status === '草稿')).toBe(true)
    for (const s of data.sessions) {
      if (s.status === '已定稿') {
        expect(s.finalizedAt).toMatch(ISO_RE)
        expect(s.finalizedAt! >= s.createdAt).toBe(true)
        expect(s.updatedAt).toBe(s.finalizedAt)
      } else {
        expect(s.finalizedAt).toBeNull()
        expect(s.confirmation).toBeNull()
      }
    }
    const draftIds = new Set(drafts.map((s) => s.id))
    const draftFollowUps = data.followUps.filter((f) => draftIds.has(f.sessionId))
    expect(draftFollowUps.length).toBeGreaterThan(0)
    for (const f of draftFollowUps) expect(f.status).not.toBe('已完成')
  })

  it('has timestamps derived from the dates, never after today', () => {
    const endOfToday = isoAt(dayNumber(TODAY), 24 * 60 - 1)
    for (const r of [...data.persons, ...data.projects, ...data.progress, ...data.sessions, ...data.followUps]) {
      expect(r.createdAt).toMatch(ISO_RE)
      expect(r.updatedAt).toMatch(ISO_RE)
      expect(r.createdAt <= r.updatedAt).toBe(true)
      expect(r.updatedAt <= endOfToday).toBe(true)
    }
    for (const s of data.sessions) {
      // Beijing time: created on the session's day, after it ended.
      expect(s.createdAt >= isoAt(dayNumber(s.date), minutesBetween('00:00', s.endTime))).toBe(true)
    }
    const personsCreated = Math.max(...data.persons.map((p) => Date.parse(p.createdAt)))
    expect(personsCreated).toBeLessThan(Date.parse('2025-01-01'))
  })
})

describe('sample data: follow-ups', () => {
  const sessionById = new Map(data.sessions.map((s) => [s.id, s]))
  const open = (f: FollowUp) => f.status === '待办' || f.status === '进行中'

  it('belong to a session, are owned by its supervisees, due 1–6 weeks later', () => {
    const perSession = followUpsBySession(data)
    for (const list of perSession.values()) {
      expect(list.length).toBeLessThanOrEqual(3)
      expect(new Set(list.map((f) => f.content)).size).toBe(list.length)
    }
    expect(data.sessions.some((s) => !perSession.has(s.id))).toBe(true)
    for (const f of data.followUps) {
      const s = sessionById.get(f.sessionId)!
      expect(s).toBeDefined()
      expect(s.superviseeIds).toContain(f.ownerId)
      const gap = dayNumber(f.dueDate) - dayNumber(s.date)
      expect(gap).toBeGreaterThanOrEqual(7)
      expect(gap).toBeLessThanOrEqual(42)
      expect(f.createdAt).toBe(s.createdAt)
    }
  })

  it('have statuses consistent with today', () => {
    for (const f of data.followUps) {
      if (f.status === '已完成') {
        expect(f.completedDate).not.toBeNull()
        expect(f.completedDate! <= TODAY).toBe(true)
        expect(f.completedDate! > sessionById.get(f.sessionId)!.date).toBe(true)
        expect(f.completionNote.length).toBeGreaterThan(0)
      } else {
        expect(f.completedDate).toBeNull()
      }
    }
    const cancelled = data.followUps.filter((f) => f.status === '已取消')
    expect(cancelled.length).toBeGreaterThan(0)
    for (const f of cancelled) expect(f.completionNote.length).toBeGreaterThan(0)
  })

  it('include done, cancelled, not yet due, overdue and overdue more than 30 days', () => {
    for (const d of [data, generateSampleData({ seed: 2 }), generateSampleData({ seed: 3, sessions: 30 })]) {
      const todayDay = dayNumber(TODAY)
      const overdueDays = (f: FollowUp) => todayDay - dayNumber(f.dueDate)
      expect(d.followUps.some((f) => f.status === '已完成')).toBe(true)
      expect(d.followUps.some((f) => f.status === '已取消')).toBe(true)
      expect(d.followUps.some((f) => open(f) && f.dueDate >= TODAY)).toBe(true)
      expect(d.followUps.some((f) => open(f) && f.dueDate < TODAY)).toBe(true)
      expect(d.followUps.some((f) => open(f) && overdueDays(f) > 30)).toBe(true)
      expect(d.followUps.some((f) => open(f) && overdueDays(f) > 0 && overdueDays(f) <= 30)).toBe(true)
    }
    const done = data.followUps.filter((f) => f.status === '已完成').length
    expect(done).toBeGreaterThan(data.followUps.length / 2)
  })
})

describe('sample data: scale', () => {
  it('generates 1,000 persons, 200 projects and 20,000 sessions over 8 quarters', () => {
    const t0 = performance.now()
    const big = generateSampleData({ seed: 11, persons: 1000, projects: 200, sessions: 20_000, quarters: 8 })
    const ms = performance.now() - t0
    console.info(`generateSampleData 20,000 sessions: ${ms.toFixed(0)} ms, ${big.followUps.length} follow-ups`)
    expect(big.persons).toHaveLength(1000)
    expect(big.projects).toHaveLength(200)
    expect(big.progress).toHaveLength(1600)
    expect(big.sessions).toHaveLength(20_000)
    const { start, end } = samplePeriods(TODAY, 8)
    expect(start).toBe('2023-07-01')
    expect(end).toBe('2025-06-30')
    for (const s of big.sessions) expect(s.date >= start && s.date <= end).toBe(true)
    expect(new Set(big.sessions.map((s) => s.code)).size).toBe(20_000)
    expect(new Set(big.persons.map((p) => p.name)).size).toBe(1000)
    const ids = allIds(big)
    expect(new Set(ids).size).toBe(ids.length)
    const linkedProjects = new Set(big.sessions.flatMap((s) => s.projectIds))
    expect(linkedProjects.size).toBe(200)
  })
})

describe('sample helpers', () => {
  it('finds the complete quarters before today', () => {
    expect(completeQuartersBefore('2025-07-15', 2).map((q) => q.code)).toEqual(['2025Q1', '2025Q2'])
    expect(completeQuartersBefore('2025-01-02', 2).map((q) => q.code)).toEqual(['2024Q3', '2024Q4'])
    expect(completeQuartersBefore('2025-07-15', 8).map((q) => q.code)).toEqual([
      '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2',
    ])
    const [q] = completeQuartersBefore('2024-04-01', 1)
    expect(q!.code).toBe('2024Q1')
    expect(q!.end - q!.start + 1).toBe(91)
  })

  it('writes Beijing wall-clock times as UTC instants', () => {
    const day = dayNumber('2025-03-01')
    expect(isoAt(day, 9 * 60 + 5)).toBe('2025-03-01T01:05:00.000Z')
    expect(isoAt(day, 3 * 60)).toBe('2025-02-28T19:00:00.000Z')
    expect(isoAt(day, 24 * 60 + 30)).toBe('2025-03-01T16:30:00.000Z')
    for (const minutes of [0, 479, 480, 1439, 2000]) {
      expect(isoAt(day, minutes)).toBe(new Date((day * 1440 + minutes - 480) * 60_000).toISOString())
    }
  })

  it('draws the same numbers for the same seed and stream, and v4 UUIDs', () => {
    const a = new Rng(42, 'x')
    const b = new Rng(42, 'x')
    const c = new Rng(42, 'y')
    const seqA = Array.from({ length: 20 }, () => a.uint32())
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA)
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA)
    const r = new Rng(1)
    const ids = Array.from({ length: 2000 }, () => r.uuid())
    for (const id of ids) expect(id).toMatch(UUID_V4_RE)
    expect(new Set(ids).size).toBe(ids.length)
    for (let i = 0; i < 1000; i++) {
      const x = r.int(3, 5)
      expect(x === 3 || x === 4 || x === 5).toBe(true)
    }
  })
})
