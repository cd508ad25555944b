/**
 * Sample 督导协议: most supervisees of the sample sessions get one with the supervisor they met
 * most, over the sample's quarters to the end of today's year. Its frequency follows what the
 * sessions show, and about a third ask for one session a quarter more than was held, so the
 * sample has agreements behind plan as well as on plan.
 */
import { DEFAULT_AGREEMENT_TEMPLATE, type SupervisionAgreement } from '../model/agreement'
import type { SessionMode } from '../model/constants'
import type { Person } from '../model/person'
import type { SupervisionSession } from '../model/session'
import type { GoalEvaluation, Rating } from '../model/agreement-evaluation'
import { dayNumber, fromDayNumber } from '../domain/dates'
import { isoAt } from './calendar'
import type { Rng } from './prng'

const GOALS = [
  '能独立完成个案需求评估并形成服务计划',
  '掌握小组工作的设计与带领技巧',
  '提升社区走访与需求收集的规范性',
  '学会在伦理困境中运用伦理决策步骤',
  '规范撰写服务记录与过程记录',
  '带领志愿者团队开展常态化服务',
  '增强情绪觉察与自我照顾能力',
  '掌握资源链接与五社联动的方法',
] as const

const MID_COMMENTS = ['方法已掌握，需在实务中多练习', '能按步骤开展，资料收集尚欠系统', '起步阶段，需要更多示范与陪伴', '进展明显，可尝试独立承担'] as const

/**
 * The 中期评估 of an agreement whose midpoint has passed. Drawn from the agreement's own id, not
 * from the generator: the rest of the sample (and the figures tests expect of it) stays as it was.
 */
function midTermEvaluation(id: string, goals: readonly { id: string }[], start: string, end: string, today: string, by: string): GoalEvaluation[] {
  const date = fromDayNumber(Math.floor((dayNumber(start) + dayNumber(end)) / 2))
  if (date > today) return []
  const seed = [...id].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9973, 7)
  return [
    {
      kind: '中期',
      date,
      by,
      items: goals.map((g, i) => {
        const rating = (2 + ((seed + i * 5) % 3)) as Rating
        return { goalId: g.id, rating, comment: MID_COMMENTS[(seed + i) % MID_COMMENTS.length]!, selfRating: (seed + i) % 4 === 0 ? null : Math.min(5, rating + ((seed >> i) % 2)) }
      }),
    },
  ]
}

export function buildAgreements(
  rng: Rng,
  persons: readonly Person[],
  sessions: readonly SupervisionSession[],
  rangeStart: number,
  quarters: number,
  today: string,
): SupervisionAgreement[] {
  const byId = new Map(persons.map((p) => [p.id, p]))
  // Each supervisee's sessions, gathered once: the large samples have 20,000 sessions.
  const bySupervisee = new Map<string, SupervisionSession[]>()
  for (const s of sessions)
    for (const p of s.superviseeIds) {
      const list = bySupervisee.get(p)
      if (list) list.push(s)
      else bySupervisee.set(p, [s])
    }
  const supervisees = [...bySupervisee.keys()].sort()
  const out: SupervisionAgreement[] = []
  const start = fromDayNumber(rangeStart)
  const end = `${today.slice(0, 4)}-12-31`
  for (const id of supervisees) {
    // Most supervisees, not all: a studio always has someone without a written agreement yet.
    if (!rng.chance(0.8)) continue
    const own = bySupervisee.get(id)!
    const tally = new Map<string, number>()
    for (const s of own) for (const sup of s.supervisorIds) tally.set(sup, (tally.get(sup) ?? 0) + 1)
    const supervisor = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
    const modes = new Map<SessionMode, number>()
    for (const s of own) if (s.supervisorIds.includes(supervisor)) modes.set(s.mode, (modes.get(s.mode) ?? 0) + 1)
    const [mode, held] = [...modes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!
    const perQuarter = Math.max(1, Math.floor(held / quarters)) + (rng.chance(0.35) ? 1 : 0)
    const minutes = own.filter((s) => s.supervisorIds.includes(supervisor)).reduce((m, s) => m + s.durationMinutes, 0)
    const hours = Math.max(1, Math.round(minutes / 60 / quarters))
    const name = (pid: string) => byId.get(pid)?.name ?? ''
    const at = isoAt(rangeStart, 9 * 60 + rng.int(0, 120))
    const agreementId = rng.uuid()
    const goals = rng.sample([...GOALS], 2 + rng.int(0, 1)).map((text, i) => ({ id: `g${i + 1}`, text }))
    out.push({
      id: agreementId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      rev: 1,
      title: `${name(id)}督导协议`,
      supervisorIds: [supervisor],
      superviseeIds: [id],
      startDate: start,
      endDate: end,
      frequencies: [{ mode, count: perQuarter, per: '季度' }],
      plannedHours: hours,
      hoursPer: '季度',
      goals,
      responsibilities: DEFAULT_AGREEMENT_TEMPLATE.responsibilities,
      confidentiality: DEFAULT_AGREEMENT_TEMPLATE.confidentiality,
      note: '',
      status: '生效',
      terminatedOn: null,
      supervisorConfirmation: { name: name(supervisor), at },
      superviseeConfirmation: { name: name(id), at },
      evaluations: midTermEvaluation(agreementId, goals, start, end, today, name(supervisor)),
    })
  }
  return out
}
