/**
 * The sample's 跟进事项: how each one stands on today (done, open, overdue or cancelled, as its
 * projects' tier makes likely), and the variety that even a small sample shows.
 */
import type { FollowUpStatus } from '../model/constants'
import type { FollowUp } from '../model/session'
import { fromDayNumber } from '../domain/dates'
import { isoAt, officeMinute } from './calendar'
import type { Rng } from './prng'
import { CANCEL_NOTES } from './texts'
import type { TierProfile } from './tiers'

export interface FollowUpDraft {
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

/** Status of a follow-up as it stands on today, from the profile of the session's projects. */
export function decideFollowUp(rng: Rng, f: FollowUpDraft, todayDay: number): void {
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

export function setStatus(f: FollowUpDraft, status: FollowUpStatus, completedDay: number | null = null, note = ''): void {
  f.status = status
  f.completedDay = status === '已完成' ? completedDay : null
  f.completionNote = status === '已完成' ? f.doneNote : status === '已取消' ? note || (CANCEL_NOTES[0] as string) : ''
}

/**
 * Small samples still show every case the app must handle: an item overdue more than 30 days,
 * one overdue less, an open one not yet due and a cancelled one (where the dates allow).
 */
export function ensureFollowUpVariety(fus: FollowUpDraft[], todayDay: number): void {
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

export function toFollowUp(rng: Rng, f: FollowUpDraft, todayDay: number): FollowUp {
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
