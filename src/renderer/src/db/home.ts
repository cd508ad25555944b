import type { FollowUp, SupervisionSession } from '@shared/model'
import { buildDashboard, latestAssessedPeriod } from '@shared/domain/dashboard'
import { overdueFollowUps } from '@shared/domain/followups'
import { periodOf, periodRange, previousPeriod } from '@shared/domain/period'
import { sessionStatistics } from '@shared/domain/statistics'
import type { StudioDatabase } from './schema'

/** An overdue 跟进事项 on the 工作台, with its session and its owner's name. */
export interface OverdueRow {
  followUp: FollowUp
  session: SupervisionSession
  owner: string
  daysOverdue: number
}

/**
 * The 工作台 on `today`: this quarter's and the last quarter's supervision figures, the overdue
 * 跟进事项 of live sessions, and the 四色 board of the latest assessed quarter with its red projects.
 * Reads only this and last quarter's sessions (by the date index) and the open follow-ups.
 */
export async function homeSummary(db: StudioDatabase, today: string) {
  const quarter = periodOf(today, 'Q')
  const month = today.slice(0, 7)
  const range = periodRange(quarter)
  const [inQuarter, open, projects, assessments, frameworks] = await Promise.all([
    db.sessions.where('date').between(range.start, range.end, true, true).toArray(),
    db.followUps.where('status').anyOf('待办', '进行中').filter((f) => f.deletedAt === null && f.dueDate < today).toArray(),
    db.projects.toArray(),
    db.assessments.toArray(),
    db.frameworks.toArray(),
  ])
  const quarterStats = sessionStatistics(inQuarter, quarter)
  const lastQuarter = previousPeriod(quarter)
  const lastRange = periodRange(lastQuarter)
  const lastStats = sessionStatistics(await db.sessions.where('date').between(lastRange.start, lastRange.end, true, true).toArray(), lastQuarter)
  const monthBucket = quarterStats.byMonth.find((b) => b.key === month)
  const sessions = new Map((await db.sessions.bulkGet([...new Set(open.map((f) => f.sessionId))])).flatMap((s) => (s && !s.deletedAt ? [[s.id, s] as const] : [])))
  const live = open.filter((f) => sessions.has(f.sessionId))
  const owners = new Map((await db.persons.bulkGet([...new Set(live.map((f) => f.ownerId))])).flatMap((p) => (p ? [[p.id, p.name] as const] : [])))
  const overdue: OverdueRow[] = overdueFollowUps(live, today).map((o) => ({
    followUp: o.followUp,
    session: sessions.get(o.followUp.sessionId)!,
    owner: owners.get(o.followUp.ownerId) ?? '—',
    daysOverdue: o.daysOverdue,
  }))
  const liveAssessments = assessments.filter((a) => a.deletedAt === null)
  const assessedPeriod = latestAssessedPeriod(liveAssessments, previousPeriod(quarter))
  const board = buildDashboard({ projects, assessments: liveAssessments, frameworks, period: assessedPeriod, trendLength: 2 })
  const red = board.rows.filter((r) => r.colour === '红色')
  return { quarter, month, quarterStats, lastStats, monthBucket, overdue, board, red }
}
