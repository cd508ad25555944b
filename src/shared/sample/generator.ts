/**
 * 示例数据: a pure, deterministic generator of realistic records for the app's "载入示例数据",
 * for tests and for benchmarks. Everything comes from `seed` and `today`; no clock and no
 * Math.random are read, so the same options always give deep-equal output.
 *
 * Periods: progress and sessions cover the `quarters` most recent complete quarters before the
 * quarter containing `today` (today 2025-07-15, quarters 2 → 2025Q1 and 2025Q2).
 */
import type {
  FollowUpStatus,
  FundingSource,
  ProjectStatus,
  Qualification,
  RiskLevel,
  Role,
  ServiceField,
  SessionFunction,
  SessionMode,
  SupervisionKind,
} from '../model/constants'
import type { Person } from '../model/person'
import type { Project, ProjectProgress } from '../model/project'
import { formatSessionCode, type FollowUp, type SupervisionSession } from '../model/session'
import { dayNumber, fromDayNumber, timeOfDay } from '../domain/dates'
import { completeQuartersBefore, isWeekend, isoAt, monthStartShift, nextWorkday, type QuarterInfo } from './calendar'
import { NameMaker } from './names'
import {
  PROJECT_THEMES,
  SAMPLE_COMMUNITIES,
  SAMPLE_STUDIO,
  SEED_PROJECTS,
  STUDIO_ROOM,
  type ProjectKind,
} from './places'
import { Rng } from './prng'
import {
  CANCEL_NOTES,
  ONLINE_REASONS,
  RISK_NOTES,
  TOPIC_WEIGHTS,
  composeSessionTexts,
  followUpChoices,
  onlineLocation,
  type TextContext,
  type Topic,
} from './texts'

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

// ---------------------------------------------------------------------------------------------
// Performance tiers: how well a project does, so that projects later fall into all four colours.

interface TierProfile {
  act: readonly [number, number]
  svc: readonly [number, number]
  vol: readonly [number, number]
  resolve: readonly [number, number]
  sat: readonly [number, number]
  /** Relative weight of the project when sessions pick projects (D2 hours). */
  link: number
  /** Probability that a follow-up past its due date was done (D3). */
  completeP: number
  /** Whether follow-ups may stay open more than 30 days past due (the colour drop). */
  allowOld: boolean
}

const TIERS: readonly TierProfile[] = [
  { act: [1.02, 1.35], svc: [1.0, 1.4], vol: [0.98, 1.3], resolve: [0.9, 1.0], sat: [95, 99], link: 4, completeP: 0.97, allowOld: false },
  { act: [0.9, 1.06], svc: [0.92, 1.12], vol: [0.85, 1.0], resolve: [0.8, 0.92], sat: [89, 95.5], link: 3, completeP: 0.9, allowOld: false },
  { act: [0.68, 0.9], svc: [0.7, 0.92], vol: [0.62, 0.85], resolve: [0.64, 0.82], sat: [78, 89], link: 2, completeP: 0.75, allowOld: true },
  { act: [0.3, 0.62], svc: [0.32, 0.66], vol: [0.35, 0.6], resolve: [0.35, 0.6], sat: [65, 78], link: 1, completeP: 0.55, allowOld: true },
]
/** Sessions linked to no project. */
const UNLINKED: TierProfile = { ...(TIERS[2] as TierProfile), completeP: 0.8 }

const PROGRESS_NOTES: readonly (readonly string[])[] = [
  ['本季度各项活动按计划推进，志愿者队伍稳定', '服务对象满意度持续较高，居民主动报名参与', '新增两个服务点，服务覆盖面扩大'],
  ['活动基本按计划开展，个别活动因天气顺延', '志愿者培训已完成，服务质量稳步提升'],
  ['部分活动因场地调整延期，下季度补齐', '志愿者出勤不稳定，正在调整排班'],
  ['项目社工岗位空缺一个月，活动场次明显不足', '受场地改造影响，多项活动暂停', '需求收集较多但办结较慢，需加强资源链接'],
]

// ---------------------------------------------------------------------------------------------

function nonNegativeInt(value: number | undefined, fallback: number, label: string): number {
  const n = value ?? fallback
  if (!Number.isInteger(n) || n < 0) throw new Error(`示例数据参数 ${label} 须为非负整数：${String(value)}`)
  return n
}

const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '182', '186', '187', '188', '189', '199']

function digits(rng: Rng, k: number): string {
  let s = ''
  for (let i = 0; i < k; i++) s += String(rng.int(0, 9))
  return s
}

function phoneNumber(rng: Rng, areaCode: string): string {
  const r = rng.next()
  if (r < 0.15) return ''
  if (r < 0.2) return `${areaCode}-${rng.int(2, 8)}${digits(rng, 7)}`
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8)
}

/** A time of day in office hours, minutes after midnight. */
function officeMinute(rng: Rng): number {
  return rng.int(8 * 60 + 30, 17 * 60 + 30)
}

const CHINESE_ORDINALS = ['', '', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function phaseSuffix(round: number): string {
  if (round === 0) return ''
  const n = round + 1
  return n < CHINESE_ORDINALS.length ? `（${CHINESE_ORDINALS[n] as string}期）` : `（第${n}期）`
}

/** The project kinds: the eight of the seeds first, then community × theme combinations. */
function planProjects(rng: Rng, n: number): ProjectKind[] {
  const out = SEED_PROJECTS.slice(0, Math.min(n, SEED_PROJECTS.length))
  if (n <= out.length) return out
  const combos: [number, number][] = []
  for (let ci = 0; ci < SAMPLE_COMMUNITIES.length; ci++) {
    for (let ti = 0; ti < PROJECT_THEMES.length; ti++) combos.push([ci, ti])
  }
  rng.shuffle(combos)
  for (let round = 0; out.length < n; round++) {
    for (const [ci, ti] of combos) {
      if (out.length >= n) break
      const community = SAMPLE_COMMUNITIES[ci]!
      const theme = PROJECT_THEMES[ti]!
      out.push({
        name: `${community.name}${theme.label}项目${phaseSuffix(round)}`,
        community: ci,
        field: theme.field,
        beneficiaries: theme.beneficiaries,
        short: theme.label,
        target: theme.target,
        activity: theme.activity,
      })
    }
  }
  return out
}

interface PersonInfo {
  person: Person
  /** Community index; -1 for supervisors. */
  community: number
  /** A supervisor from outside (协会专家库): sessions are 外部督导. */
  external: boolean
}

function buildPersons(
  rng: Rng,
  n: number,
  usedCommunities: readonly number[],
  fieldsByCommunity: ReadonlyMap<number, ServiceField[]>,
  rangeStart: number,
  rangeEnd: number,
): PersonInfo[] {
  const names = new NameMaker(rng)
  let nSup = n <= 1 ? n : n < 6 ? 1 : n <= 40 ? rng.int(3, 4) : Math.round(n * 0.04)
  if (n >= 2) nSup = Math.min(nSup, n - 1)
  const rest = n - nSup
  const nSw = rest > 0 ? Math.max(1, Math.round(rest * 0.55)) : 0
  const nCw = Math.min(rest - nSw, Math.round(rest * 0.25))
  const roles: Role[] = []
  for (let i = 0; i < nSup; i++) roles.push('督导者')
  for (let i = 0; i < nSw; i++) roles.push('社工')
  for (let i = 0; i < nCw; i++) roles.push('社区工作者')
  while (roles.length < n) roles.push('志愿者骨干')

  const m = usedCommunities.length
  const offsets: Record<Role, number> = {
    督导者: 0,
    社工: rng.int(0, m - 1),
    社区工作者: rng.int(0, m - 1),
    志愿者骨干: rng.int(0, m - 1),
  }
  const seenOfRole: Record<Role, number> = { 督导者: 0, 社工: 0, 社区工作者: 0, 志愿者骨干: 0 }
  const out: PersonInfo[] = []

  for (let i = 0; i < n; i++) {
    const role = roles[i] as Role
    const k = seenOfRole[role]++
    let community = -1
    let external = false
    let org: string
    let qualification: Qualification
    let field: ServiceField | null
    let note = ''
    if (role === '督导者') {
      qualification = k === 0 || rng.chance(0.55) ? '高级社会工作师' : '社会工作师'
      const r = rng.next()
      if (k === 0 || r < 0.6) org = SAMPLE_STUDIO
      else if (r < 0.8) {
        org = '西海岸新区社会工作协会督导专家库'
        external = true
      } else org = SAMPLE_COMMUNITIES[rng.pick(usedCommunities)]!.centre
      field = rng.chance(0.4) ? null : rng.pick<ServiceField>(['社区治理', '养老', '青少年', '志愿服务', '儿童'])
      const years = rng.int(8, 22)
      const focus = rng.pick(['养老服务', '社区治理', '青少年服务', '个案管理', '志愿者管理'])
      note = k === 0 ? `工作室领衔人，从事社会工作${years}年，擅长${focus}督导` : `从事社会工作${years}年，擅长${focus}督导`
    } else {
      community = usedCommunities[(offsets[role] + k) % m] as number
      const place = SAMPLE_COMMUNITIES[community]!
      const fields = fieldsByCommunity.get(community) ?? ['社区治理']
      if (role === '社工') {
        org = place.centre
        qualification = rng.chance(0.6) ? '助理社会工作师' : '社会工作师'
        field = rng.pick(fields)
        const r = rng.next()
        if (r < 0.15) note = `${rng.int(2019, 2024)}年取得${qualification}证书`
        else if (r < 0.3) note = `驻${place.name}社工，负责日常服务`
        else if (r < 0.38) note = '兼任机构项目主管'
      } else if (role === '社区工作者') {
        org = place.orgLabel
        qualification = rng.weighted<Qualification>([
          ['无', 40],
          ['助理社会工作师', 45],
          ['社会工作师', 15],
        ])
        field = rng.chance(0.5) ? '社区治理' : rng.pick(fields)
        if (rng.chance(0.4)) note = rng.pick(['社区网格员', '社区党委委员', '居委会委员', '负责社区志愿服务站日常管理'])
      } else {
        org = rng.chance(0.6) ? place.orgLabel : place.team
        qualification = '无'
        field = rng.chance(0.6) ? '志愿服务' : null
        if (rng.chance(0.5)) note = rng.pick([`${place.team}队长`, '退休教师，负责新志愿者带教', '在职党员志愿者', '“时间银行”积分管理员'])
      }
    }
    const createdDay = rangeStart - 365 - rng.int(0, 120)
    const createdMin = officeMinute(rng)
    const updatedDay = rng.chance(0.3) ? Math.min(rangeEnd, createdDay + rng.int(1, 300)) : createdDay
    const createdAt = isoAt(createdDay, createdMin)
    const person: Person = {
      id: rng.uuid(),
      name: names.next(),
      role,
      org,
      qualification,
      field,
      phone: phoneNumber(rng, community >= 0 ? SAMPLE_COMMUNITIES[community]!.areaCode : '0532'),
      note,
      createdAt,
      updatedAt: updatedDay === createdDay ? createdAt : isoAt(updatedDay, officeMinute(rng)),
      deletedAt: null,
      rev: 1,
    }
    out.push({ person, community, external })
  }
  return out
}

interface ProjectInfo {
  project: Project
  kind: ProjectKind
  tier: number
}

function buildProjects(
  rng: Rng,
  kinds: readonly ProjectKind[],
  people: readonly PersonInfo[],
  rangeStart: number,
  rangeEnd: number,
): ProjectInfo[] {
  const socialWorkers = people.filter((p) => p.person.role === '社工')
  const swByCommunity = new Map<number, PersonInfo[]>()
  for (const p of socialWorkers) {
    const list = swByCommunity.get(p.community) ?? []
    list.push(p)
    swByCommunity.set(p.community, list)
  }
  const tiers = kinds.map((_, i) => i % TIERS.length)
  rng.shuffle(tiers)

  return kinds.map((kind, i) => {
    const place = SAMPLE_COMMUNITIES[kind.community]!
    const startDay = monthStartShift(rangeStart, rng.int(0, 11))
    const years = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
    ])
    let endDay = monthStartShift(startDay, -12 * years) - 1
    while (endDay < rangeEnd) endDay = monthStartShift(endDay + 1, -12) - 1
    const status = rng.weighted<ProjectStatus>([
      ['进行中', 85],
      ['已结项', 10],
      ['暂停', 5],
    ])
    if (status === '已结项') endDay = rangeEnd
    const fundingSource = rng.weighted<FundingSource>([
      ['政府购买服务', 55],
      ['公益创投', 30],
      ['自筹', 10],
      ['其他', 5],
    ])
    const local = swByCommunity.get(kind.community)
    const leader = local && local.length > 0 ? rng.pick(local) : socialWorkers.length > 0 ? rng.pick(socialWorkers) : null
    const r = rng.next()
    const startYear = fromDayNumber(startDay).slice(0, 4)
    const note =
      r < 0.15
        ? `${place.district}“专业社工+志愿服务”融合试点项目`
        : r < 0.3
          ? '与社区联合实施，按季度报送进展'
          : r < 0.4
            ? `${startYear}年度${fundingSource === '公益创投' ? '公益创投' : '购买服务'}项目`
            : ''
    const createdDay = startDay - rng.int(1, 20)
    const createdAt = isoAt(createdDay, officeMinute(rng))
    const updatedDay = rng.chance(0.5) ? Math.min(rangeEnd, createdDay + rng.int(10, 200)) : createdDay
    const project: Project = {
      id: rng.uuid(),
      name: kind.name,
      organization: place.centre,
      street: place.street,
      community: place.name,
      field: kind.field,
      beneficiaries: kind.beneficiaries,
      fundingSource,
      startDate: fromDayNumber(startDay),
      endDate: fromDayNumber(endDay),
      leaderId: leader ? leader.person.id : null,
      targets: {
        activities: rng.int(24, 60),
        serviceCount: 50 * rng.int(12, 60),
        volunteers: rng.int(20, 80),
      },
      status,
      note,
      createdAt,
      updatedAt: updatedDay === createdDay ? createdAt : isoAt(updatedDay, officeMinute(rng)),
      deletedAt: null,
      rev: 1,
    }
    return { project, kind, tier: tiers[i] as number }
  })
}

function buildProgress(rng: Rng, projects: readonly ProjectInfo[], quarters: readonly QuarterInfo[], todayDay: number): ProjectProgress[] {
  const out: ProjectProgress[] = []
  for (const { project, tier } of projects) {
    const profile = TIERS[tier] as TierProfile
    const drift = rng.float(-0.05, 0.05)
    const mid = (quarters.length - 1) / 2
    quarters.forEach((q, qi) => {
      const trend = 1 + drift * (qi - mid)
      const ratio = (range: readonly [number, number]) => rng.float(range[0], range[1]) * trend
      const { activities: tAct, serviceCount: tSvc, volunteers: tVol } = project.targets
      const activities = Math.max(0, Math.round((tAct / 4) * ratio(profile.act)))
      const serviceCount = Math.max(0, Math.round((tSvc / 4) * ratio(profile.svc)))
      const volunteers = Math.max(0, Math.round(tVol * ratio(profile.vol)))
      const volunteerHours = Math.round(volunteers * rng.float(3, 10) * 2) / 2
      const needsCollected = Math.max(5, Math.round(serviceCount / rng.float(12, 30)))
      const resolve = Math.min(1, rng.float(profile.resolve[0], profile.resolve[1]))
      const needsResolved = Math.min(needsCollected, Math.floor(needsCollected * resolve))
      const satisfaction = Math.min(99, Math.round(rng.float(profile.sat[0], profile.sat[1]) * 10) / 10)
      const note = rng.chance(0.4) ? rng.pick(PROGRESS_NOTES[tier] as readonly string[]) : ''
      const createdDay = Math.min(todayDay, q.end + rng.int(3, 12))
      const createdAt = isoAt(createdDay, officeMinute(rng))
      const updatedDay = rng.chance(0.2) ? Math.min(todayDay, createdDay + rng.int(1, 10)) : createdDay
      out.push({
        id: rng.uuid(),
        projectId: project.id,
        period: q.code,
        activities,
        serviceCount,
        volunteers,
        volunteerHours,
        needsCollected,
        needsResolved,
        satisfaction,
        note,
        createdAt,
        updatedAt: updatedDay === createdDay ? createdAt : isoAt(updatedDay, officeMinute(rng)),
        deletedAt: null,
      rev: 1,
      })
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Sessions and follow-ups

const MODE_WEIGHTS: readonly (readonly [SessionMode, number])[] = [
  ['个别督导', 35],
  ['团体督导', 30],
  ['现场督导', 15],
  ['线上督导', 12],
  ['朋辈督导', 8],
]

const FUNCTION_SETS: readonly (readonly [readonly SessionFunction[], number])[] = [
  [['教育'], 25],
  [['支持'], 10],
  [['行政'], 8],
  [['行政', '教育'], 20],
  [['教育', '支持'], 22],
  [['行政', '支持'], 5],
  [['行政', '教育', '支持'], 10],
]

type Weights<T> = readonly (readonly [T, number])[]

const DURATIONS: Record<SessionMode, Weights<number>> = {
  线上督导: [[60, 50], [90, 40], [120, 10]],
  团体督导: [[90, 25], [120, 40], [150, 20], [180, 15]],
  现场督导: [[90, 30], [120, 40], [150, 15], [180, 15]],
  个别督导: [[60, 30], [75, 10], [90, 35], [120, 20], [150, 5]],
  朋辈督导: [[60, 30], [75, 10], [90, 35], [120, 20], [150, 5]],
}
const LINK_COUNTS: Weights<number> = [[0, 10], [1, 55], [2, 35]]
const TOPIC_COUNTS: Weights<number> = [[1, 35], [2, 45], [3, 20]]
const FOLLOW_UP_COUNTS: Weights<number> = [[0, 20], [1, 35], [2, 30], [3, 15]]
const FEEDBACK_SCORES: Weights<number> = [[3, 15], [4, 45], [5, 40]]

const START_SLOTS = [9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30, 14 * 60, 14 * 60 + 30, 15 * 60, 15 * 60 + 30, 16 * 60]
const LATEST_END = 17 * 60 + 30

function startFor(rng: Rng, duration: number): number {
  const fits = START_SLOTS.filter((s) => {
    const end = s + duration
    if (end > LATEST_END) return false
    // Morning sessions end by 12:30 (lunch break).
    return s >= 14 * 60 || end <= 12 * 60 + 30
  })
  return fits.length > 0 ? rng.pick(fits) : 9 * 60
}

/** 元旦, 劳动节 and 国庆节 (fixed dates; 春节 etc. move with the lunar calendar and are not skipped). */
function isFixedHoliday(day: number): boolean {
  const md = fromDayNumber(day).slice(5)
  return md === '01-01' || (md >= '05-01' && md <= '05-05') || (md >= '10-01' && md <= '10-07')
}

interface FollowUpDraft {
  id: string
  sessionId: string
  content: string
  doneNote: string
  ownerId: string
  sessionDay: number
  dueDay: number
  status: FollowUpStatus
  completedDay: number | null
  completionNote: string
  createdAt: string
  profile: TierProfile
}

interface SessionDraft {
  order: number
  day: number
  startMin: number
  /** Complete but for code/seq/status/… which are filled in once the sessions are in date order. */
  session: SupervisionSession
  createdMin: number
  superviseeName: string
  followUps: FollowUpDraft[]
}

function pickTopics(rng: Rng, k: number): Topic[] {
  const out: Topic[] = []
  for (let tries = 0; out.length < k && tries < 20; tries++) {
    const t = rng.weighted(TOPIC_WEIGHTS)
    if (!out.includes(t)) out.push(t)
  }
  return out
}

function sortFunctions(fs: readonly SessionFunction[]): SessionFunction[] {
  const order: SessionFunction[] = ['行政', '教育', '支持']
  return order.filter((f) => fs.includes(f))
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

  return {
    persons: people.map((p) => p.person),
    projects: projects.map((p) => p.project),
    progress,
    sessions,
    followUps,
  }
}

function buildSessions(
  rng: Rng,
  n: number,
  people: readonly PersonInfo[],
  projects: readonly ProjectInfo[],
  rangeStart: number,
  rangeEnd: number,
  todayDay: number,
): { sessions: SupervisionSession[]; followUps: FollowUp[] } {
  if (n === 0) return { sessions: [], followUps: [] }
  const supervisors = people.filter((p) => p.person.role === '督导者')
  const others = people.filter((p) => p.person.role !== '督导者')
  const byCommunity = new Map<number, PersonInfo[]>()
  for (const p of others) {
    const list = byCommunity.get(p.community) ?? []
    list.push(p)
    byCommunity.set(p.community, list)
  }
  const communitiesWithPeople = [...byCommunity.keys()]
  const byTier: ProjectInfo[][] = TIERS.map(() => [])
  for (const p of projects) byTier[p.tier]!.push(p)
  const projectCumulative: number[] = []
  let weightSum = 0
  for (const p of projects) projectCumulative.push((weightSum += (TIERS[p.tier] as TierProfile).link))
  const sameTierOthers = new Map<ProjectInfo, ProjectInfo[]>()
  for (const p of projects) sameTierOthers.set(p, byTier[p.tier]!.filter((q) => q !== p))

  const workdays: number[] = []
  for (let d = rangeStart; d <= rangeEnd; d++) if (!isWeekend(d) && !isFixedHoliday(d)) workdays.push(d)

  const drafts: SessionDraft[] = []
  for (let i = 0; i < n; i++) {
    const day = rng.pick(workdays)
    const mode = rng.weighted(MODE_WEIGHTS)
    const duration = rng.weighted(DURATIONS[mode])
    const startMin = startFor(rng, duration)
    const endMin = startMin + duration

    // Linked projects: 0–2, the second of the same tier so follow-up behaviour fits both.
    const linked: ProjectInfo[] = []
    const linkCount = projects.length === 0 ? 0 : rng.weighted(LINK_COUNTS)
    if (linkCount > 0) {
      const first = rng.pickCumulative(projects, projectCumulative)
      linked.push(first)
      const same = sameTierOthers.get(first) as ProjectInfo[]
      if (linkCount > 1 && same.length > 0) {
        // Often a second project of the same community.
        let second = rng.pick(same)
        for (let tries = 0; tries < 3 && second.kind.community !== first.kind.community && rng.chance(0.5); tries++) {
          second = rng.pick(same)
        }
        linked.push(second)
      }
    }
    const communityIdx = linked.length > 0 ? linked[0]!.kind.community : rng.pick(communitiesWithPeople)
    const place = SAMPLE_COMMUNITIES[communityIdx]!

    // People: supervisors are 督导者 only, supervisees never 督导者, so no one is on both sides.
    const nSup = mode === '团体督导' && supervisors.length > 1 && rng.chance(0.15) ? 2 : 1
    const sups = rng.sample(supervisors, nSup)
    const want =
      mode === '个别督导' ? 1 : mode === '团体督导' ? rng.int(3, 6) : mode === '朋辈督导' ? rng.int(2, 4) : rng.int(1, 3)
    const k = Math.min(want, others.length)
    const pool = byCommunity.get(communityIdx) ?? others
    const sees = rng.sample(pool, Math.min(k, pool.length))
    while (sees.length < k) {
      const p = rng.pick(others)
      if (!sees.includes(p)) sees.push(p)
    }

    // Topics, risk, functions.
    let topics = pickTopics(rng, rng.weighted(TOPIC_COUNTS))
    const rr = rng.next()
    const riskLevel: RiskLevel = rr < 0.015 ? '严重' : rr < 0.12 ? '关注' : '无'
    if (riskLevel === '严重' && !topics.includes('危机干预')) topics = ['危机干预', ...topics].slice(0, 3) as Topic[]
    let functions = [...rng.weighted(FUNCTION_SETS)]
    if (topics.includes('情绪支持') && !functions.includes('支持')) functions.push('支持')
    functions = sortFunctions(functions)
    const sensitive: 0 | 1 = rng.chance(riskLevel === '严重' ? 0.7 : riskLevel === '关注' ? 0.12 : 0.03) ? 1 : 0

    const main = linked[0]
    const first = sees[0] as PersonInfo
    const ctx: TextContext = {
      community: place.name,
      projRef: main ? `${main.kind.short}项目` : '日常服务',
      projShort: main ? main.kind.short : '日常服务',
      target: main ? main.kind.target : '服务对象',
      activity: main ? main.kind.activity : '日常服务',
      team: place.team,
      supervisee: first.person.name,
      who: sees.length > 1 ? `${first.person.name}等${sees.length}人` : first.person.name,
      superviseeCount: sees.length,
      mode,
      onlineReason: rng.pick(ONLINE_REASONS),
    }
    const texts = composeSessionTexts(rng, ctx, topics, functions, rng.chance(0.4))
    const riskNote =
      riskLevel === '无' ? '' : rng.pick<(c: TextContext) => string>(RISK_NOTES[riskLevel])(ctx)

    const location =
      mode === '线上督导'
        ? onlineLocation(rng)
        : mode === '现场督导'
          ? rng.pick(place.sites)
          : rng.chance(0.2)
            ? STUDIO_ROOM
            : rng.pick(place.rooms)

    const supervisor = sups[0] as PersonInfo
    let kind: SupervisionKind
    if (supervisor.external) kind = '外部督导'
    else if (supervisor.person.org === first.person.org) kind = '内部督导'
    else kind = rng.chance(0.7) ? '内部督导' : '外部督导'

    const nextDate = rng.chance(0.65) ? fromDayNumber(nextWorkday(day + rng.int(14, 28))) : null
    const createdMin = endMin + rng.int(5, 90)
    const createdAt = isoAt(day, createdMin)
    const id = rng.uuid()

    // Follow-ups: owners are supervisees of this session.
    const profile = linked.length === 0 ? UNLINKED : (TIERS[Math.max(...linked.map((p) => p.tier))] as TierProfile)
    const fuCount = rng.weighted(FOLLOW_UP_COUNTS)
    const fus: FollowUpDraft[] = []
    const contents = new Set<string>()
    for (const t of followUpChoices(rng, topics, fuCount)) {
      const content = t.content(ctx)
      if (contents.has(content)) continue
      contents.add(content)
      const owner = rng.pick(sees)
      const dueDay = day + rng.int(7, 42)
      const fu: FollowUpDraft = {
        id: rng.uuid(),
        sessionId: id,
        content,
        doneNote: t.done(ctx),
        ownerId: owner.person.id,
        sessionDay: day,
        dueDay,
        status: '待办',
        completedDay: null,
        completionNote: '',
        createdAt,
        profile,
      }
      decideFollowUp(rng, fu, todayDay)
      fus.push(fu)
    }

    drafts.push({
      order: i,
      day,
      startMin,
      createdMin,
      superviseeName: first.person.name,
      followUps: fus,
      session: {
        id,
        date: fromDayNumber(day),
        startTime: timeOfDay(startMin),
        endTime: timeOfDay(endMin),
        location,
        mode,
        functions,
        kind,
        supervisorIds: sups.map((p) => p.person.id),
        superviseeIds: sees.map((p) => p.person.id),
        projectIds: linked.map((p) => p.project.id),
        topics,
        questions: texts.questions,
        process: texts.process,
        advice: texts.advice,
        supervisorReflection: texts.supervisorReflection,
        superviseeReflection: texts.superviseeReflection,
        feedbackScore: null,
        riskLevel,
        riskNote,
        sensitive,
        nextDate,
        confirmation: null,
        code: '',
        year: 0,
        seq: 0,
        durationMinutes: duration,
        status: '已定稿',
        finalizedAt: null,
        createdAt,
        updatedAt: createdAt,
        deletedAt: null,
      rev: 1,
      },
    })
  }

  drafts.sort((a, b) => a.day - b.day || a.startMin - b.startMin || a.order - b.order)
  const draftCount = Math.min(drafts.length, Math.max(1, Math.round(drafts.length * 0.03)))
  const seqByYear = new Map<number, number>()
  const sessions: SupervisionSession[] = []
  const allFollowUps: FollowUpDraft[] = []
  drafts.forEach((d, idx) => {
    const year = Number(d.session.date.slice(0, 4))
    const seq = (seqByYear.get(year) ?? 0) + 1
    seqByYear.set(year, seq)
    const isDraft = idx >= drafts.length - draftCount
    // Latest moment a record may carry: 09:00 on today.
    const maxMin = (todayDay - d.day) * 1440 + 9 * 60
    let finalizedAt: string | null = null
    let updatedAt: string
    let confirmation: SupervisionSession['confirmation'] = null
    let feedbackScore: number | null
    if (isDraft) {
      updatedAt = isoAt(d.day, Math.max(d.createdMin, Math.min(maxMin, d.createdMin + rng.int(0, 120))))
      // A record still in draft has its follow-ups still open (unless that would leave one more
      // than 30 days overdue on a project that should not have any).
      for (const f of d.followUps) {
        if ((f.status === '已完成' || f.status === '已取消') && (f.profile.allowOld || todayDay - f.dueDay <= 30)) {
          setStatus(f, rng.chance(0.6) ? '待办' : '进行中')
        }
      }
      feedbackScore = rng.chance(0.6) ? null : rng.weighted(FEEDBACK_SCORES)
    } else {
      // Finalised the same day, or in office hours one to three days later.
      const later = rng.chance(0.5) ? rng.int(1, 3) * 1440 + officeMinute(rng) : d.createdMin + rng.int(10, 120)
      const finalMin = Math.max(d.createdMin, Math.min(maxMin, later))
      finalizedAt = isoAt(d.day, finalMin)
      updatedAt = finalizedAt
      if (rng.chance(0.7)) {
        confirmation = { name: d.superviseeName, at: isoAt(d.day, Math.max(d.createdMin, finalMin - rng.int(1, 5))) }
      }
      feedbackScore = rng.chance(0.2) ? null : rng.weighted(FEEDBACK_SCORES)
    }
    const s = d.session
    s.feedbackScore = feedbackScore
    s.confirmation = confirmation
    s.code = formatSessionCode(year, seq)
    s.year = year
    s.seq = seq
    s.status = isDraft ? '草稿' : '已定稿'
    s.finalizedAt = finalizedAt
    s.updatedAt = updatedAt
    sessions.push(s)
    for (const f of d.followUps) allFollowUps.push(f)
  })

  ensureFollowUpVariety(allFollowUps, todayDay)
  return { sessions, followUps: allFollowUps.map((f) => toFollowUp(rng, f, todayDay)) }
}

/** Status of a follow-up as it stands on today, from the profile of the session's projects. */
function decideFollowUp(rng: Rng, f: FollowUpDraft, todayDay: number): void {
  if (f.dueDay >= todayDay) {
    const r = rng.next()
    if (r < 0.15 && todayDay > f.sessionDay + 1) setStatus(f, '已完成', rng.int(f.sessionDay + 1, todayDay - 1))
    else setStatus(f, r < 0.5 ? '进行中' : '待办')
    return
  }
  if (rng.chance(0.05)) {
    setStatus(f, '已取消', null, rng.pick(CANCEL_NOTES))
    return
  }
  const overdueDays = todayDay - f.dueDay
  const open = rng.next() >= f.profile.completeP && (f.profile.allowOld || overdueDays <= 30)
  if (open) {
    setStatus(f, rng.chance(0.7) ? '待办' : '进行中')
    return
  }
  const late = rng.chance(0.15)
  const day = late ? f.dueDay + rng.int(1, 10) : f.dueDay - rng.int(0, 10)
  setStatus(f, '已完成', Math.min(todayDay, Math.max(f.sessionDay + 1, day)))
}

function setStatus(f: FollowUpDraft, status: FollowUpStatus, completedDay: number | null = null, note = ''): void {
  f.status = status
  f.completedDay = status === '已完成' ? completedDay : null
  f.completionNote = status === '已完成' ? f.doneNote : status === '已取消' ? note || (CANCEL_NOTES[0] as string) : ''
}

/**
 * Small samples still show every case the app must handle: an item overdue more than 30 days,
 * one overdue less, an open one not yet due and a cancelled one (where the dates allow).
 */
function ensureFollowUpVariety(fus: FollowUpDraft[], todayDay: number): void {
  const open = (f: FollowUpDraft) => f.status === '待办' || f.status === '进行中'
  const convert = (pred: (f: FollowUpDraft) => boolean, prefer: (f: FollowUpDraft) => boolean, apply: (f: FollowUpDraft) => void) => {
    const candidates = fus.filter((f) => f.status === '已完成' && pred(f))
    const chosen = candidates.find(prefer) ?? candidates[0]
    if (chosen) apply(chosen)
  }
  if (!fus.some((f) => open(f) && f.dueDay < todayDay - 30)) {
    convert((f) => f.dueDay < todayDay - 30, (f) => f.profile.allowOld, (f) => setStatus(f, '待办'))
  }
  if (!fus.some((f) => open(f) && f.dueDay < todayDay && f.dueDay >= todayDay - 30)) {
    convert((f) => f.dueDay < todayDay && f.dueDay >= todayDay - 30, () => true, (f) => setStatus(f, '进行中'))
  }
  if (!fus.some((f) => open(f) && f.dueDay >= todayDay)) {
    convert((f) => f.dueDay >= todayDay, () => true, (f) => setStatus(f, '待办'))
  }
  if (fus.length >= 10 && !fus.some((f) => f.status === '已取消')) {
    convert((f) => f.dueDay < todayDay, (f) => f.profile.allowOld, (f) => setStatus(f, '已取消', null, CANCEL_NOTES[1] as string))
  }
}

function toFollowUp(rng: Rng, f: FollowUpDraft, todayDay: number): FollowUp {
  let updatedAt = f.createdAt
  if (f.status === '已完成' && f.completedDay !== null) updatedAt = isoAt(f.completedDay, officeMinute(rng))
  else if (f.status === '进行中' && todayDay - 1 > f.sessionDay) {
    updatedAt = isoAt(rng.int(f.sessionDay + 1, Math.min(todayDay - 1, f.sessionDay + 14)), officeMinute(rng))
  } else if (f.status === '已取消') updatedAt = isoAt(Math.max(f.sessionDay + 1, Math.min(f.dueDay, todayDay - 1)), officeMinute(rng))
  return {
    id: f.id,
    sessionId: f.sessionId,
    content: f.content,
    ownerId: f.ownerId,
    dueDate: fromDayNumber(f.dueDay),
    status: f.status,
    completedDate: f.completedDay === null ? null : fromDayNumber(f.completedDay),
    completionNote: f.completionNote,
    createdAt: f.createdAt,
    updatedAt,
    deletedAt: null,
    rev: 1,
  }
}
