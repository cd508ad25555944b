/**
 * One sample 督导记录 as first drawn: its day and time, 方式, linked projects, people, topics,
 * texts and follow-ups. The 编号, status and finalising are filled in by buildSessions once every
 * session is drawn and they can be put in date order.
 */
import type { RiskLevel, SessionFunction, SessionMode, SupervisionKind } from '../model/constants'
import type { SupervisionSession } from '../model/session'
import { fromDayNumber, timeOfDay } from '../domain/dates'
import { isoAt, nextWorkday } from './calendar'
import { decideFollowUp, type FollowUpDraft } from './follow-ups'
import type { PersonInfo } from './persons'
import { SAMPLE_COMMUNITIES, STUDIO_ROOM } from './places'
import type { ProjectInfo } from './projects'
import type { Rng } from './prng'
import { ONLINE_REASONS, RISK_NOTES, TOPIC_WEIGHTS, composeSessionTexts, followUpChoices, onlineLocation, type TextContext, type Topic } from './texts'
import { TIERS, UNLINKED, type TierProfile } from './tiers'

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

export type Weights<T> = readonly (readonly [T, number])[]

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

export interface SessionDraft {
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

/** What every session is drawn from: the work days, the people and the projects, grouped once. */
export interface SessionPools {
  workdays: readonly number[]
  supervisors: readonly PersonInfo[]
  /** Everyone but the 督导者: the possible supervisees. */
  others: readonly PersonInfo[]
  byCommunity: ReadonlyMap<number, PersonInfo[]>
  communitiesWithPeople: readonly number[]
  projects: readonly ProjectInfo[]
  /** Running sums of the projects' tier weights (sessions pick projects in proportion). */
  projectCumulative: readonly number[]
  /** Per project, the other projects of its tier. */
  sameTierOthers: ReadonlyMap<ProjectInfo, ProjectInfo[]>
}

/** The `i`th session, drawn in order from `rng` (the order of the draws is what keeps the sample the same). */
export function draftSession(rng: Rng, pools: SessionPools, i: number, todayDay: number): SessionDraft {
  const { workdays, supervisors, others, byCommunity, communitiesWithPeople, projects, projectCumulative, sameTierOthers } = pools
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

  return {
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
  }
}
