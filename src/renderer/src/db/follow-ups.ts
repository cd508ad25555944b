import { z } from 'zod'
import {
  dateString,
  FOLLOW_UP_STATUSES,
  optionalText,
  parseOrThrow,
  ValidationError,
  type FieldChange,
  type FollowUp,
  type Revision,
} from '@shared/model'
import { nowIso, todayString } from './clock'
import { newId } from './records'
import type { StudioDatabase } from './schema'
import { expectVersion, versioned, write } from './write'

/**
 * A status change of one 跟进事项, validated against "today": 已完成 needs a 完成日期 no later than
 * today; any other status clears the 完成日期 (an item reopened is not done).
 */
export function followUpStatusSchema(today: string) {
  return z
    .object({
      status: z.enum(FOLLOW_UP_STATUSES, { error: '请选择状态' }),
      completedDate: dateString('完成日期格式应为 年-月-日').nullable().default(null),
      completionNote: optionalText('完成说明', 1000),
    })
    .superRefine((v, ctx) => {
      if (v.status !== '已完成') return
      if (!v.completedDate) ctx.addIssue({ code: 'custom', path: ['completedDate'], message: '请填写完成日期' })
      else if (v.completedDate > today) ctx.addIssue({ code: 'custom', path: ['completedDate'], message: '完成日期不能晚于今天' })
    })
    .transform((v) => ({ ...v, completedDate: v.status === '已完成' ? v.completedDate : null }))
}
export type FollowUpStatusInput = z.input<ReturnType<typeof followUpStatusSchema>>

const LABELS = { status: '状态', completedDate: '完成日期', completionNote: '完成说明' } as const

/**
 * Changes a follow-up's 状态 / 完成日期 / 完成说明 in one transaction and keeps the change as a
 * revision of the follow-up (who, when, before, after). Allowed on follow-ups of a finalised
 * record: following an item through is what happens after the record is closed.
 */
export async function updateFollowUpStatus(
  db: StudioDatabase,
  id: string,
  input: FollowUpStatusInput,
  options: { today?: string; by?: string; expectedRev?: number } = {},
): Promise<FollowUp> {
  const data = parseOrThrow(followUpStatusSchema(options.today ?? todayString()), input)
  const at = nowIso()
  return write(db, ['followUps', 'sessions', 'revisions'], async () => {
    const current = await db.followUps.get(id)
    if (!current || current.deletedAt) throw new Error('该跟进事项不存在或已删除')
    expectVersion('followUps', current, options.expectedRev)
    const session = await db.sessions.get(current.sessionId)
    if (!session || session.deletedAt) throw new Error('该跟进事项所属的督导记录已删除')
    if (data.completedDate && data.completedDate < session.date)
      throw new ValidationError({ completedDate: `完成日期不能早于督导日期（${session.date}）` })

    const changes: FieldChange[] = []
    for (const field of ['status', 'completedDate', 'completionNote'] as const) {
      if (current[field] !== data[field]) changes.push({ field, label: LABELS[field], before: current[field], after: data[field] })
    }
    if (changes.length === 0) return current

    const next: FollowUp = versioned(current, { ...current, ...data, updatedAt: at })
    await db.followUps.put(next)
    const rev: Revision = { id: newId(), entity: 'followUp', recordId: id, at, by: options.by ?? '', action: '修改', reason: '', changes }
    await db.revisions.add(rev)
    return next
  })
}

/** Every live 跟进事项 (also those of sessions in the 回收站: the caller joins them with live sessions). */
export async function listFollowUps(db: StudioDatabase): Promise<FollowUp[]> {
  return (await db.followUps.toArray()).filter((f) => f.deletedAt === null)
}

/** The revisions of one follow-up, newest first. */
export async function followUpHistory(db: StudioDatabase, id: string): Promise<Revision[]> {
  const rows = await db.revisions.where('[entity+recordId]').equals(['followUp', id]).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}
