import { ValidationError } from './common'
import { TEXT_LIMITS } from './limits'
import { groupDigits } from './typed-input'

export interface FieldChange {
  field: string
  label: string
  before: unknown
  after: unknown
}

/** One change of a record, kept forever so a record's history is never lost. */
export interface Revision {
  id: string
  entity: 'session' | 'assessment' | 'followUp' | 'person' | 'project' | 'progress' | 'framework' | 'agreement'
  recordId: string
  at: string
  by: string
  action: '撤销定稿' | '修改' | '定稿' | '合并冲突'
  reason: string
  changes: FieldChange[]
  /** Full copy of the record before the change, where useful (e.g. merge conflicts). */
  snapshot?: unknown
}

export interface Draft {
  /** e.g. "session:new" or "session:<id>". */
  id: string
  kind: 'session' | 'assessment' | 'agreement'
  recordId: string | null
  data: unknown
  updatedAt: string
}

/** 撤销定稿's reason, trimmed; a ValidationError (at `reason`) when it is missing or too long. */
export function checkUndoReason(reason: string): string {
  const why = reason.trim()
  if (!why) throw new ValidationError({ reason: '请填写撤销定稿的原因' })
  if (why.length > TEXT_LIMITS.undoReason) throw new ValidationError({ reason: `撤销原因不能超过 ${groupDigits(TEXT_LIMITS.undoReason)} 字（现为 ${groupDigits(why.length)} 字）` })
  return why
}
