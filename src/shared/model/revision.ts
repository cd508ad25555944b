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
