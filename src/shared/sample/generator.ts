/**
 * 示例数据: a pure, deterministic generator of realistic records for the app's "载入示例数据",
 * for tests and for benchmarks. Everything comes from `seed` and `today`; no clock and no
 * Math.random are read, so the same options always give deep-equal output.
 *
 * Periods: progress and sessions cover the `quarters` most recent complete quarters before the
 * quarter containing `today` (today 2025-07-15, quarters 2 → 2025Q1 and 2025Q2).
 */
import type { ServiceField } from '../model/constants'
import type { Person } from '../model/person'
import type { Project, ProjectProgress } from '../model/project'
import type { FollowUp, SupervisionSession } from '../model/session'
import type { SupervisionAgreement } from '../model/agreement'
import { buildAgreements } from './agreements'
import { dayNumber, fromDayNumber } from '../domain/dates'
import { completeQuartersBefore, type QuarterInfo } from './calendar'
import { buildPersons } from './persons'
import { buildProgress } from './progress'
import { buildProjects, planProjects } from './projects'
import { Rng } from './prng'
import { buildSessions } from './sessions'

export interface SampleOptions {
  seed?: number | string
  /** 'YYYY-MM-DD'; no record is dated after it. */
  today?: string
  persons?: number
  projects?: number
  sessions?: number
  /** Complete quarters before today's quarter that progress and sessions cover (1–40). */
  quarters?: number
}

export interface SampleData {
  persons: Person[]
  projects: Project[]
  progress: ProjectProgress[]
  sessions: SupervisionSession[]
  followUps: FollowUp[]
  /** 督导协议 of most supervisees, some behind plan (agreements.ts). */
  agreements: SupervisionAgreement[]
}

export const SAMPLE_DEFAULTS = {
  seed: 1,
  today: '2025-07-15',
  persons: 18,
  projects: 8,
  sessions: 90,
  quarters: 2,
} as const

/** The quarters a sample covers, oldest first, as period codes (2025Q1) and an inclusive range. */
export function samplePeriods(today: string, quarters: number): { periods: string[]; start: string; end: string } {
  const qs = completeQuartersBefore(today, quarters)
  return {
    periods: qs.map((q) => q.code),
    start: fromDayNumber((qs[0] as QuarterInfo).start),
    end: fromDayNumber((qs[qs.length - 1] as QuarterInfo).end),
  }
}

function nonNegativeInt(value: number | undefined, fallback: number, label: string): number {
  const n = value ?? fallback
  if (!Number.isInteger(n) || n < 0) throw new Error(`示例数据参数 ${label} 须为非负整数：${String(value)}`)
  return n
}

export function generateSampleData(options: SampleOptions = {}): SampleData {
  const seed = options.seed ?? SAMPLE_DEFAULTS.seed
  const today = options.today ?? SAMPLE_DEFAULTS.today
  const nPersons = nonNegativeInt(options.persons, SAMPLE_DEFAULTS.persons, 'persons')
  const nProjects = nonNegativeInt(options.projects, SAMPLE_DEFAULTS.projects, 'projects')
  const nSessions = nonNegativeInt(options.sessions, SAMPLE_DEFAULTS.sessions, 'sessions')
  const nQuarters = nonNegativeInt(options.quarters, SAMPLE_DEFAULTS.quarters, 'quarters')
  if (nQuarters < 1 || nQuarters > 40) throw new Error(`示例数据参数 quarters 须在 1 到 40 之间：${nQuarters}`)
  if (nSessions > 0 && nPersons < 2) throw new Error('生成督导记录至少需要 2 名人员（督导者和被督导者）')
  const todayDay = dayNumber(today)

  const quarters = completeQuartersBefore(today, nQuarters)
  const rangeStart = (quarters[0] as QuarterInfo).start
  const rangeEnd = (quarters[quarters.length - 1] as QuarterInfo).end

  // Projects decide which communities the people work in.
  const kinds = planProjects(new Rng(seed, 'project-kinds'), nProjects)
  const usedCommunities: number[] = []
  const fieldsByCommunity = new Map<number, ServiceField[]>()
  for (const k of kinds) {
    if (!usedCommunities.includes(k.community)) usedCommunities.push(k.community)
    const list = fieldsByCommunity.get(k.community) ?? []
    list.push(k.field)
    fieldsByCommunity.set(k.community, list)
  }
  if (usedCommunities.length === 0) for (let i = 0; i < 7; i++) usedCommunities.push(i)

  const people = buildPersons(new Rng(seed, 'persons'), nPersons, usedCommunities, fieldsByCommunity, rangeStart, rangeEnd)
  const projects = buildProjects(new Rng(seed, 'projects'), kinds, people, rangeStart, rangeEnd)
  const progress = buildProgress(new Rng(seed, 'progress'), projects, quarters, todayDay)

  const { sessions, followUps } = buildSessions(new Rng(seed, 'sessions'), nSessions, people, projects, rangeStart, rangeEnd, todayDay)

  const persons = people.map((p) => p.person)
  const agreements = buildAgreements(new Rng(seed, 'agreements'), persons, sessions, rangeStart, nQuarters, today)

  return {
    persons,
    projects: projects.map((p) => p.project),
    progress,
    sessions,
    followUps,
    agreements,
  }
}
