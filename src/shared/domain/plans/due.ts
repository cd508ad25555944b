/**
 * What supervision is due (工作台, docs/domain.md "Supervision plans"): a 下次督导日期 that passed
 * or is near, an agreement's 方式 whose interval has run out, a supervisee without a session for
 * N days. Each item names whom to meet, so the screen can start the record prefilled.
 */
import { addDays, daysBetween, daysInMonth, parseDate, ymd } from '../dates'
import type { SessionMode } from '../../model/constants'
import { PLAN_UNIT_LABELS } from '../../model/agreement'
import { agreementTerm, frequencyIntervalDays, sessionCountsFor, type PlanAgreementLike, type PlanSessionLike } from './plan-vs-done'

export const DUE_KINDS = ['下次督导日期', '低于约定频率', '久未督导'] as const
export type DueKind = (typeof DUE_KINDS)[number]
export type DueWindow = '已逾期' | '本周' | '本月'

export interface DueSessionLike extends PlanSessionLike {
  nextDate: string | null
}

export interface DueItem {
  key: string
  kind: DueKind
  dueDate: string
  window: DueWindow
  /** Days past the due date (0 when due today or later). */
  daysLate: number
  superviseeIds: string[]
  supervisorIds: string[]
  mode: SessionMode | null
  /** Why it is due, in a sentence without names (the screen adds them). */
  detail: string
  sessionId?: string
  agreementId?: string
}

/** 本周 is the next 7 days; 本月 runs to the end of today's month. */
export const DUE_WEEK_DAYS = 7

function windowOf(dueDate: string, today: string): DueWindow | null {
  if (dueDate < today) return '已逾期'
  if (dueDate <= addDays(today, DUE_WEEK_DAYS)) return '本周'
  const d = parseDate(today)!
  return dueDate <= ymd(d.year, d.month, daysInMonth(d.year, d.month)) ? '本月' : null
}

const latest = <T extends { date: string }>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>((best, s) => (!best || s.date > best.date ? s : best), undefined)

export interface DueInput {
  agreements: readonly PlanAgreementLike[]
  sessions: readonly DueSessionLike[]
  today: string
  /** 久未督导 after this many days without a session (a setting). */
  noSessionDays: number
  /** People still in the studio (not in the 回收站): only they are listed. */
  liveParticipantIds: ReadonlySet<string>
}

/**
 * Everything due by the end of today's month, earliest first: overdue, then this week, then
 * this month.
 */
export function dueSupervision(input: DueInput): DueItem[] {
  const { today, liveParticipantIds: alive } = input
  const sessions = input.sessions.filter((s) => !s.deletedAt && s.date <= today)
  const items: DueItem[] = []
  const push = (item: Omit<DueItem, 'window' | 'daysLate'>) => {
    const window = windowOf(item.dueDate, today)
    const superviseeIds = item.superviseeIds.filter((id) => alive.has(id))
    if (!window || superviseeIds.length === 0) return
    items.push({ ...item, superviseeIds, window, daysLate: Math.max(0, daysBetween(item.dueDate, today)) })
  }

  // 下次督导日期 of a session no later session of any of its supervisees has followed.
  for (const s of sessions) {
    if (!s.nextDate) continue
    const followed = sessions.some((t) => t.date > s.date && t.superviseeIds.some((id) => s.superviseeIds.includes(id)))
    if (followed) continue
    push({
      key: `next:${s.id}`,
      kind: '下次督导日期',
      dueDate: s.nextDate,
      superviseeIds: [...s.superviseeIds],
      supervisorIds: [...s.supervisorIds],
      mode: s.mode,
      detail: `上次督导 ${s.date} 约定的下次督导日期`,
      sessionId: s.id,
    })
  }

  // Each 方式 of each agreement in force: the interval its frequency asks for, from the last such session.
  const inForce = input.agreements.filter((a) => {
    const term = agreementTerm(a)
    return a.status === '生效' && term !== null && term.start <= today && today <= term.end
  })
  for (const a of inForce) {
    const term = agreementTerm(a)!
    for (const p of a.superviseeIds)
      for (const f of a.frequencies) {
        const last = latest(sessions.filter((s) => s.mode === f.mode && s.date >= term.start && sessionCountsFor(a, p, s)))
        const interval = frequencyIntervalDays(f)
        const dueDate = addDays(last?.date ?? term.start, interval)
        if (dueDate > term.end) continue
        push({
          key: `freq:${a.id}:${p}:${f.mode}`,
          kind: '低于约定频率',
          dueDate,
          superviseeIds: [p],
          supervisorIds: [...a.supervisorIds],
          mode: f.mode,
          detail: `协议约定${f.mode}${PLAN_UNIT_LABELS[f.per]} ${f.count} 次，${last ? `上次 ${last.date}` : `协议 ${term.start} 起尚无记录`}`,
          agreementId: a.id,
        })
      }
  }

  // Supervisees (of any session, or of an agreement in force) whose last session is N days ago.
  const lastOf = new Map<string, DueSessionLike>()
  for (const s of sessions)
    for (const p of s.superviseeIds) {
      const prev = lastOf.get(p)
      if (!prev || s.date > prev.date) lastOf.set(p, s)
    }
  const since = new Map<string, { date: string; supervisorIds: readonly string[]; session?: DueSessionLike }>()
  for (const [p, s] of lastOf) since.set(p, { date: s.date, supervisorIds: s.supervisorIds, session: s })
  for (const a of inForce)
    for (const p of a.superviseeIds) if (!since.has(p)) since.set(p, { date: a.startDate, supervisorIds: a.supervisorIds })
  for (const [p, last] of since) {
    push({
      key: `gap:${p}`,
      kind: '久未督导',
      dueDate: addDays(last.date, input.noSessionDays),
      superviseeIds: [p],
      supervisorIds: [...last.supervisorIds],
      mode: last.session?.mode ?? null,
      detail: last.session
        ? `上次督导 ${last.date}，超过 ${input.noSessionDays} 天未督导`
        : `协议 ${last.date} 起尚无督导记录，超过 ${input.noSessionDays} 天未督导`,
    })
  }

  const order: Record<DueWindow, number> = { 已逾期: 0, 本周: 1, 本月: 2 }
  return items.sort(
    (x, y) => order[x.window] - order[y.window] || (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : 0) || (x.key < y.key ? -1 : 1),
  )
}
