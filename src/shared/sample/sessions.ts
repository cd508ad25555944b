/** The sample's 督导记录 and their 跟进事项: drawn one by one, then numbered and finalised in date order. */
import type { FollowUp, SupervisionSession } from '../model/session'
import { formatSessionCode } from '../model/session'
import { isFixedHoliday, isoAt, isWeekend, officeMinute } from './calendar'
import { ensureFollowUpVariety, setStatus, toFollowUp, type FollowUpDraft } from './follow-ups'
import type { PersonInfo } from './persons'
import type { ProjectInfo } from './projects'
import type { Rng } from './prng'
import { draftSession, type SessionDraft, type Weights } from './session-draft'
import { TIERS, type TierProfile } from './tiers'

const FEEDBACK_SCORES: Weights<number> = [[3, 15], [4, 45], [5, 40]]

export function buildSessions(
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

  const pools = { workdays, supervisors, others, byCommunity, communitiesWithPeople, projects, projectCumulative, sameTierOthers }
  const drafts: SessionDraft[] = []
  for (let i = 0; i < n; i++) drafts.push(draftSession(rng, pools, i, todayDay))

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
