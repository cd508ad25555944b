/**
 * A record two writers changed differently, waiting for a person on 冲突处理: from 合并导入 of
 * another laptop's backup or from the studio server. The record itself already holds the
 * `provisional` side's values (nothing waits for the decision); the conflict keeps both values
 * of every field to decide, so choosing the other side is always possible and never loses one.
 */
export interface ConflictField {
  field: string
  label: string
  /** This laptop's value when the conflict was found. */
  local: unknown
  /** The other side's value. */
  remote: unknown
}

export const CONFLICT_SOURCES = ['合并导入', '同步'] as const
export type ConflictSource = (typeof CONFLICT_SOURCES)[number]

export interface ConflictRecord {
  id: string
  /** Table of the record ('sessions', 'persons'…). */
  table: string
  recordId: string
  /** How the record is named to a person (编号 and date, a name…). */
  title: string
  source: ConflictSource
  /** The other side: a laptop's studio name and backup date, or the server. */
  peer: string
  /** 两台电脑都修改了这条记录 and the like. */
  reason: string
  /** When it was found. */
  at: string
  /** Which side's values the record holds until someone decides. */
  provisional: 'local' | 'remote'
  fields: ConflictField[]
  /** 0 open, 1 decided (a number: booleans cannot be indexed). */
  resolved: 0 | 1
  resolvedAt: string | null
  resolvedBy: string
  /** Once decided: the side chosen for each field (sync sends the decision to the other laptops). */
  choices?: Record<string, 'local' | 'remote'>
}
