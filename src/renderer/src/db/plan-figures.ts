import type { SupervisionAgreement, SupervisionSession } from '@shared/model'
import { addDays } from '@shared/domain/dates'
import { dueSupervision, type DueItem } from '@shared/domain/plans/due'
import { agreementTerm, planVsDone, plansVsDone, type PlanVsDone } from '@shared/domain/plans/plan-vs-done'
import { listPeriods, periodOf } from '@shared/domain/period'
import { isLive } from './records'
import type { StudioDatabase } from './schema'
import { getPreferences } from './settings'

/** 工作台 looks back this far for supervisees' last sessions: someone not met for over a year has left the studio's round. */
export const DUE_LOOKBACK_DAYS = 366

/** What is due by the end of the month (domain/plans/due.ts), with everyone's name. */
export async function dueSummary(db: StudioDatabase, today: string): Promise<{ items: DueItem[]; names: Map<string, string>; noSessionDays: number }> {
  const [agreements, sessions, persons, prefs] = await Promise.all([
    db.agreements.toArray(),
    db.sessions.where('date').between(addDays(today, -DUE_LOOKBACK_DAYS), today, true, true).toArray(),
    db.persons.toArray(),
    getPreferences(db),
  ])
  const alive = new Set(persons.filter(isLive).map((p) => p.id))
  const items = dueSupervision({ agreements: agreements.filter(isLive), sessions: sessions.filter(isLive), today, noSessionDays: prefs.noSessionDays, liveParticipantIds: alive })
  return { items, names: new Map(persons.map((p) => [p.id, p.name])), noSessionDays: prefs.noSessionDays }
}

/** Live sessions of the agreements' supervisees (each once): all that planVsDone may count. */
async function sessionsOfSupervisees(db: StudioDatabase, agreements: readonly SupervisionAgreement[]): Promise<SupervisionSession[]> {
  const ids = [...new Set(agreements.flatMap((a) => a.superviseeIds))]
  if (ids.length === 0) return []
  return (await db.sessions.where('superviseeIds').anyOf(ids).distinct().toArray()).filter(isLive)
}

/** 督导计划执行 of a period: every supervisee row of every agreement with a target in it. */
export async function planRows(db: StudioDatabase, period: string, today: string): Promise<{ rows: PlanVsDone[]; agreements: SupervisionAgreement[]; names: Map<string, string> }> {
  const [agreements, persons] = await Promise.all([db.agreements.toArray(), db.persons.toArray()])
  const live = agreements.filter(isLive)
  const sessions = await sessionsOfSupervisees(db, live)
  return { rows: plansVsDone(live, sessions, period, today), agreements: live, names: new Map(persons.map((p) => [p.id, p.name])) }
}

export interface PersonPlan {
  agreement: SupervisionAgreement
  /** Quarter by quarter from the start of the term to today's quarter (or the term's end). */
  quarters: PlanVsDone[]
}

/** The plan vs done of every agreement in which the person is a supervisee, per quarter, newest first. */
export async function personPlans(db: StudioDatabase, personId: string, today: string): Promise<PersonPlan[]> {
  const agreements = (await db.agreements.where('superviseeIds').equals(personId).toArray()).filter(isLive)
  if (agreements.length === 0) return []
  const sessions = (await db.sessions.where('superviseeIds').equals(personId).toArray()).filter(isLive)
  const out: PersonPlan[] = []
  for (const a of agreements.sort((x, y) => y.startDate.localeCompare(x.startDate))) {
    const term = agreementTerm(a)
    if (!term) {
      out.push({ agreement: a, quarters: [] })
      continue
    }
    const last = term.end < today ? term.end : today
    const quarters = last < term.start ? [periodOf(term.start, 'Q')] : listPeriods(term.start, last, 'Q')
    const rows = quarters.map((q) => planVsDone(a, personId, sessions, q, today)).filter((r): r is PlanVsDone => r !== null)
    out.push({ agreement: a, quarters: rows.reverse() })
  }
  return out
}

export interface SessionContext {
  /** The supervisees' latest session before this one (by date), with its 督导意见与建议. */
  last: SupervisionSession | null
  /** 学习目标 of the agreements in force on the date that name any of the supervisees. */
  goals: { agreementId: string; title: string; superviseeIds: string[]; goals: { id: string; text: string }[] }[]
}

/** What a 督导记录 starts from: the last meeting's advice and the learning goals (the side panel of the form). */
export async function sessionContext(db: StudioDatabase, superviseeIds: readonly string[], date: string, excludeSessionId: string | null): Promise<SessionContext> {
  if (superviseeIds.length === 0) return { last: null, goals: [] }
  const [sessions, agreements] = await Promise.all([
    db.sessions.where('superviseeIds').anyOf([...superviseeIds]).distinct().toArray(),
    db.agreements.where('superviseeIds').anyOf([...superviseeIds]).distinct().toArray(),
  ])
  const before = sessions.filter((s) => isLive(s) && s.id !== excludeSessionId && s.date <= date)
  const last = before.reduce<SupervisionSession | null>((best, s) => (!best || s.date > best.date || (s.date === best.date && s.code > best.code) ? s : best), null)
  const goals = agreements
    .filter((a) => {
      const term = agreementTerm(a)
      return isLive(a) && a.status === '生效' && term !== null && term.start <= date && date <= term.end && a.goals.length > 0
    })
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((a) => ({ agreementId: a.id, title: a.title, superviseeIds: a.superviseeIds, goals: a.goals }))
  return { last, goals }
}
