import {
  checkUndoReason,
  formatSessionCode,
  minutesBetween,
  parseSessionCode,
  parseOrThrow,
  sessionInputSchema,
  type FollowUp,
  type FollowUpInput,
  type Revision,
  type SessionForm,
  type SessionInput,
  type SupervisionSession,
} from '@shared/model'
import { savedFollowUp, sessionRevisionChanges } from '@shared/domain/session-revisions'
import { withSessionFacts } from '@shared/domain/session-filter'
import { nowIso, todayString } from './clock'
import { newId, newMeta } from './records'
import type { StudioDatabase } from './schema'
import { expectVersion, versioned, write } from './write'
import { sessionDraftKey } from './drafts'
import { laptopMark } from './sync/state'

export class SessionLockedError extends Error {
  constructor() {
    super('该记录已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。')
    this.name = 'SessionLockedError'
  }
}

export interface SaveSessionResult {
  session: SupervisionSession
  followUps: FollowUp[]
}

/**
 * The next sequence number of `year` among the 编号 with laptop mark `mark` ('' for plain
 * `DD-2026-0042`; docs/domain.md, 编号): deleted and imported records keep theirs, so a number is
 * never issued twice. Inside a write over 'sessions'.
 */
export async function nextSessionSeq(db: StudioDatabase, year: number, mark: string): Promise<number> {
  const last = await db.sessions
    .where('[year+seq]')
    .between([year, 0], [year, Number.MAX_SAFE_INTEGER], true, true)
    .reverse()
    .filter((s) => parseSessionCode(s.code)?.mark === mark)
    .first()
  return (last?.seq ?? 0) + 1
}

/**
 * The 编号 of a new record of `year`. A laptop that syncs has a mark (given when sync is first
 * set up, db/sync/laptop-mark.ts) and numbers its own records `DD-2026-B0042`, its own sequence
 * per year, so two laptops offline never issue the same number; without one, `DD-2026-0042`.
 * Inside a write over 'sessions' and 'syncState'.
 */
export async function nextSessionCode(db: StudioDatabase, year: number): Promise<{ code: string; year: number; seq: number }> {
  const mark = (await laptopMark(db)) ?? ''
  const seq = await nextSessionSeq(db, year, mark)
  return { code: formatSessionCode(year, seq, mark), year, seq }
}

function sessionFields(form: SessionForm) {
  const { followUps: _f, sensitive, goalIds, ...rest } = form
  // No goal named: no field at all, as on every record from before 督导协议 (a save adds no change to its history).
  return { ...rest, ...(goalIds && goalIds.length > 0 ? { goalIds } : {}), sensitive: (sensitive ? 1 : 0) as 0 | 1, durationMinutes: minutesBetween(form.startTime, form.endTime) }
}

/**
 * Saves a 督导记录 with its 跟进事项 in one transaction: assigns the 编号 on first save,
 * removes the autosaved draft, and — for a record that was finalised before — keeps every
 * change as a revision (who, when, field, before, after).
 */
export async function saveSession(
  db: StudioDatabase,
  input: SessionInput,
  options: {
    id?: string | null
    by?: string
    today?: string
    /** The follow-ups as the form loaded them: fields left untouched keep the database's value. */
    baseFollowUps?: readonly FollowUpInput[]
    /** The version of the record the form loaded: a newer stored one is a conflict, nothing is written. */
    expectedRev?: number
  } = {},
): Promise<SaveSessionResult> {
  const form = parseOrThrow(sessionInputSchema(options.today ?? todayString()), input)
  const fields = sessionFields(form)
  const at = nowIso()
  return write(db, ['sessions', 'followUps', 'revisions', 'drafts', 'syncState'], async () => {
    const existing = options.id ? await db.sessions.get(options.id) : undefined
    if (options.id && !existing) throw new Error('记录不存在')
    if (existing?.status === '已定稿') throw new SessionLockedError()
    if (existing) expectVersion('sessions', existing, options.expectedRev)

    let session: SupervisionSession
    if (existing) {
      const { goalIds: _goals, ...before } = existing
      session = versioned(existing, { ...before, ...fields, updatedAt: at })
    } else {
      session = { ...newMeta(at), ...fields, ...(await nextSessionCode(db, Number(form.date.slice(0, 4)))), status: '草稿', finalizedAt: null }
    }

    const before = existing ? await db.followUps.where('sessionId').equals(existing.id).filter((f) => f.deletedAt === null).toArray() : []
    const keep = new Set<string>()
    const rows: FollowUp[] = form.followUps.map((f) => {
      const prev = f.id ? before.find((b) => b.id === f.id) : undefined
      const { id: _id, ...typed } = f
      if (prev) {
        keep.add(prev.id)
        const row = savedFollowUp(prev, typed, options.baseFollowUps?.find((b) => b.id === prev.id), at)
        return row.updatedAt === prev.updatedAt ? row : versioned(prev, row)
      }
      return { ...newMeta(at), ...typed, sessionId: session.id }
    })
    const removed = before.filter((b) => !keep.has(b.id)).map((b) => versioned(b, { ...b, deletedAt: at, updatedAt: at }))

    if (existing?.finalizedAt) {
      const changes = sessionRevisionChanges({ session: existing, followUps: before }, { session, followUps: rows })
      if (changes.length > 0) {
        const rev: Revision = { id: newId(), entity: 'session', recordId: session.id, at, by: options.by ?? '', action: '修改', reason: '', changes }
        await db.revisions.add(rev)
      }
    }

    await db.sessions.put(session)
    if (rows.length > 0) await db.followUps.bulkPut(rows)
    if (removed.length > 0) await db.followUps.bulkPut(removed)
    await db.drafts.delete(sessionDraftKey(existing ? existing.id : null))
    return { session, followUps: rows }
  })
}

/** 定稿: the record becomes read-only. */
export async function finalizeSession(db: StudioDatabase, id: string, by = ''): Promise<SupervisionSession> {
  const at = nowIso()
  return write(db, ['sessions', 'revisions'], async () => {
    const s = await db.sessions.get(id)
    if (!s || s.deletedAt) throw new Error('记录不存在')
    if (s.status === '已定稿') return s
    const next: SupervisionSession = versioned(s, { ...s, status: '已定稿' as const, finalizedAt: at, updatedAt: at })
    await db.sessions.put(next)
    await db.revisions.add({ id: newId(), entity: 'session', recordId: id, at, by, action: '定稿', reason: '', changes: [] })
    return next
  })
}

/** 撤销定稿: needs a reason, kept in the record's history. */
export async function unfinalizeSession(db: StudioDatabase, id: string, reason: string, by = ''): Promise<SupervisionSession> {
  const why = checkUndoReason(reason)
  const at = nowIso()
  return write(db, ['sessions', 'revisions'], async () => {
    const s = await db.sessions.get(id)
    if (!s || s.deletedAt) throw new Error('记录不存在')
    if (s.status !== '已定稿') throw new Error('该记录尚未定稿')
    const next: SupervisionSession = versioned(s, { ...s, status: '草稿' as const, updatedAt: at })
    await db.sessions.put(next)
    await db.revisions.add({ id: newId(), entity: 'session', recordId: id, at, by, action: '撤销定稿', reason: why, changes: [] })
    return next
  })
}

export async function sessionHistory(db: StudioDatabase, id: string): Promise<Revision[]> {
  const rows = await db.revisions.where('[entity+recordId]').equals(['session', id]).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}

/** A line of a record's 修改历史: the record's own revisions, and those of its 跟进事项 (named by their content). */
export interface HistoryEntry extends Revision {
  /** For a follow-up's revision: which one (its content). */
  followUp?: string
}

/**
 * Everything that happened to a 督导记录, newest first: its own revisions, and the status
 * changes its follow-ups had on 跟进事项 (kept under the follow-up's id), deleted ones included.
 */
export async function recordHistory(db: StudioDatabase, id: string): Promise<HistoryEntry[]> {
  return db.transaction('r', [db.revisions, db.followUps], async () => {
    const [own, followUps] = await Promise.all([
      db.revisions.where('[entity+recordId]').equals(['session', id]).toArray(),
      db.followUps.where('sessionId').equals(id).toArray(),
    ])
    const content = new Map(followUps.map((f) => [f.id, f.content]))
    const theirs = followUps.length
      ? await db.revisions.where('[entity+recordId]').anyOf(followUps.map((f) => ['followUp', f.id])).toArray()
      : []
    const entries: HistoryEntry[] = [...own, ...theirs.map((r) => ({ ...r, followUp: content.get(r.recordId) ?? '' }))]
    return entries.sort((a, b) => b.at.localeCompare(a.at))
  })
}

export async function loadSession(db: StudioDatabase, id: string): Promise<SaveSessionResult | null> {
  const session = await db.sessions.get(id)
  if (!session) return null
  const followUps = (await db.followUps.where('sessionId').equals(id).toArray())
    .filter((f) => f.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.dueDate.localeCompare(b.dueDate))
  return { session, followUps }
}

/** The form content of a stored record, e.g. to edit it or to start a new one from it. */
export function toSessionInput(s: SupervisionSession, followUps: FollowUp[]): SessionInput {
  return withSessionFacts(s, {
    location: s.location,
    questions: s.questions,
    process: s.process,
    advice: s.advice,
    supervisorReflection: s.supervisorReflection,
    superviseeReflection: s.superviseeReflection,
    feedbackScore: s.feedbackScore,
    riskLevel: s.riskLevel,
    riskNote: s.riskNote,
    sensitive: s.sensitive === 1,
    nextDate: s.nextDate,
    confirmation: s.confirmation,
    goalIds: s.goalIds ?? [],
    followUps: followUps.map((f) => ({
      id: f.id,
      content: f.content,
      ownerId: f.ownerId,
      dueDate: f.dueDate,
      status: f.status,
      completedDate: f.completedDate,
      completionNote: f.completionNote,
    })),
  })
}

/** Open follow-ups of earlier sessions with any of these supervisees (shown when a new session starts). */
export async function openFollowUpsFor(db: StudioDatabase, superviseeIds: string[], excludeSessionId?: string | null) {
  if (superviseeIds.length === 0) return []
  const sessions = await db.sessions.where('superviseeIds').anyOf(superviseeIds).distinct().toArray()
  const live = sessions.filter((s) => s.deletedAt === null && s.id !== excludeSessionId)
  const byId = new Map(live.map((s) => [s.id, s]))
  const rows = await db.followUps.where('sessionId').anyOf([...byId.keys()]).toArray()
  return rows
    .filter((f) => f.deletedAt === null && (f.status === '待办' || f.status === '进行中'))
    .map((f) => ({ followUp: f, session: byId.get(f.sessionId)! }))
    .sort((a, b) => a.followUp.dueDate.localeCompare(b.followUp.dueDate))
}
