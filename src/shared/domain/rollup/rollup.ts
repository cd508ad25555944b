/**
 * The roll-up a studio sends its district for one period (issue 17; docs/domain.md "District
 * roll-up"). Pure: every figure comes from the functions behind the studio's own screens and
 * reports — sessionStatistics (统计), buildDashboard (指数看板), completionRate and
 * overdueForProject (跟进, as the 工作室督导工作总结 counts them), plansVsDone (督导协议) — so
 * what the district adds up equals what each studio shows itself.
 *
 * Only counts, minutes, project identities and the index's own reasons go in. The texts of
 * 督导记录 and 跟进事项 never do (nothing here reads them), and supervisee names only when the
 * studio opted in for the period.
 */
import type { Person } from '../../model/person'
import type { Project } from '../../model/project'
import type { FollowUp, SupervisionSession } from '../../model/session'
import type { Assessment } from '../../model/framework'
import type { SupervisionAgreement } from '../../model/agreement'
import { rollupDocId, ROLLUP_SCHEMA_VERSION, type RollupBucket, type RollupDocument, type RollupProject } from '../../rollup/document'
import { canonicalJson } from '../canonical-json'
import { buildDashboard } from '../dashboard'
import { completionRate, overdueForProject } from '../followups'
import { periodRange } from '../period'
import { percentTenthsFloor } from '../ratio'
import { plansVsDone } from '../plans/plan-vs-done'
import { sessionStatistics, type Bucket } from '../statistics'

export interface RollupInput {
  studio: { code: string; name: string }
  /** 2026Q1, 2026H1 or 2026Y. */
  period: string
  /** Follow-ups are judged at the period's end, or today when that is earlier; plans by today. */
  today: string
  /** When it was computed (ISO), passed in so the function stays pure. */
  generatedAt: string
  /** 向区级提供被督导者姓名 for this period. */
  superviseeNames: boolean
  persons: readonly Pick<Person, 'id' | 'name'>[]
  projects: readonly Project[]
  sessions: readonly SupervisionSession[]
  followUps: readonly FollowUp[]
  assessments: readonly Assessment[]
  agreements: readonly SupervisionAgreement[]
}

/** Topics listed at most (the schema's bound); a studio has a few dozen. */
const MAX_TOPICS = 200
const MAX_REASON = 300

const bucket = (b: Bucket): RollupBucket => ({ key: b.key, count: b.count, minutes: b.minutes })
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)

export function computeRollup(input: RollupInput): RollupDocument {
  const { period } = input
  const liveSessions = input.sessions.filter((s) => !s.deletedAt)
  const stats = sessionStatistics(liveSessions, period)

  // Follow-ups of live sessions, as the 工作室督导工作总结 counts them.
  const sessionIds = new Set(liveSessions.map((s) => s.id))
  const followUps = input.followUps.filter((f) => !f.deletedAt && sessionIds.has(f.sessionId))
  const rate = completionRate(followUps, period)
  const end = periodRange(period).end
  const asOf = input.today < end ? input.today : end
  const overdue = overdueForProject(liveSessions, followUps, asOf)

  const board = buildDashboard({
    projects: input.projects,
    assessments: input.assessments.filter((a) => !a.deletedAt),
    frameworks: [],
    period,
    trendLength: 1,
    withDimensions: false,
  })
  const projects: RollupProject[] = board.rows.map((r) => ({
    id: r.projectId,
    name: r.name,
    community: r.community,
    state: r.state,
    totalTenths: r.totalTenths,
    colour: r.colour,
    changeTenths: r.change.deltaTenths,
    dropReasons: r.dropReasons.slice(0, 20).map((d) => ({ kind: d.kind, text: clip(d.text, MAX_REASON) })),
  }))

  const names = new Map(input.persons.map((p) => [p.id, p.name]))
  const plan = planFigures(input.agreements, liveSessions, period, input.today)

  return {
    _id: rollupDocId(input.studio.code, period),
    type: 'rollup',
    schemaVersion: ROLLUP_SCHEMA_VERSION,
    studio: { code: input.studio.code, name: input.studio.name },
    period,
    generatedAt: input.generatedAt,
    assessments: { projects: board.rows.length, finalised: board.assessedCount, drafts: board.draftCount },
    sessions: {
      count: stats.count,
      minutes: stats.minutes,
      byMode: stats.byMode.map(bucket),
      byFunction: stats.byFunction.map(bucket),
      byMonth: stats.byMonth.map(bucket),
    },
    topics: stats.byTopic.slice(0, MAX_TOPICS).map(bucket),
    supervisors: { count: stats.bySupervisor.length },
    supervisees: {
      covered: stats.bySupervisee.length,
      minutes: stats.bySupervisee.reduce((m, b) => m + b.minutes, 0),
      named: input.superviseeNames
        ? stats.bySupervisee.map((b) => ({ name: clip(names.get(b.key) ?? '（已删除人员）', 50), count: b.count, minutes: b.minutes }))
        : null,
    },
    followUps: { total: rate.dueCount, done: rate.completedCount, open: rate.dueCount - rate.completedCount, overdue: overdue.length },
    projects,
    plan,
  }
}

/** The studio's 督导协议 over the period, summed as the 工作室督导工作总结 sums them; null when none sets a target. */
function planFigures(
  agreements: readonly SupervisionAgreement[],
  sessions: readonly SupervisionSession[],
  period: string,
  today: string,
): RollupDocument['plan'] {
  const rows = plansVsDone(
    agreements.filter((a) => !a.deletedAt),
    sessions,
    period,
    today,
  )
  if (rows.length === 0) return null
  const planned = rows.reduce((n, r) => n + r.plannedTenths, 0)
  const held = rows.reduce((n, r) => n + r.heldTowardPlanTenths, 0)
  return {
    agreements: new Set(rows.map((r) => r.agreementId)).size,
    plannedTenths: planned,
    heldTowardPlanTenths: held,
    completionTenths: planned > 0 ? percentTenthsFloor(held, planned) : null,
    behind: rows.filter((r) => r.behind).length,
  }
}

/**
 * Whether two roll-ups say the same: everything but when they were computed and the server's
 * revision. A publish that would change nothing else writes nothing.
 */
export function sameRollup(a: RollupDocument, b: RollupDocument): boolean {
  const strip = ({ _rev: _r, generatedAt: _g, ...rest }: RollupDocument) => rest
  return canonicalJson(strip(a)) === canonicalJson(strip(b))
}
