import { useState, type ReactNode } from 'react'
import { mergeRecord, resolveMerge, type MergeSide, type RecordMerge } from '@shared/domain/three-way-merge'
import { ConflictDialog, type FieldFormat } from './ConflictDialog'

type Fields = Record<string, unknown>

interface Asking {
  merge: RecordMerge<Fields>
  labels: Readonly<Record<string, string>>
  format?: FieldFormat
  confirmText: string
  drafted: boolean
  answer: (merged: Fields | null) => void
}

export interface ConflictQuestion {
  /** The content as the form loaded it (the common ancestor); null when unknown. */
  base: Fields | null
  /** The form's content now. */
  mine: Fields
  /** The stored record's content now. */
  theirs: Fields
  labels: Readonly<Record<string, string>>
  format?: FieldFormat
  confirmText: string
  /** The page keeps a draft of the form (ConflictDialog says so). */
  drafted?: boolean
}

/**
 * Asks a person to settle a save that met a newer stored version: `ask` shows the 冲突 dialog
 * and resolves to the merged content, or null when they chose 暂不处理 (nothing is written then).
 * `element` must be rendered by the caller.
 */
export function useConflictResolver(): { ask: (q: ConflictQuestion) => Promise<Fields | null>; element: ReactNode } {
  const [asking, setAsking] = useState<Asking | null>(null)
  const ask = (q: ConflictQuestion) =>
    new Promise<Fields | null>((answer) => {
      const merge = mergeRecord<Fields>({ local: q.mine, remote: q.theirs, base: q.base, provisional: 'local' })
      setAsking({ merge, labels: q.labels, format: q.format, confirmText: q.confirmText, drafted: q.drafted === true, answer })
    })
  const close = (merged: Fields | null) => {
    asking?.answer(merged)
    setAsking(null)
  }
  const element = (
    <ConflictDialog
      open={asking !== null}
      merge={asking?.merge ?? null}
      labels={asking?.labels ?? {}}
      format={asking?.format}
      confirmText={asking?.confirmText ?? ''}
      drafted={asking?.drafted}
      onConfirm={(choices: Record<string, MergeSide>) => close(asking ? resolveMerge(asking.merge, choices) : null)}
      onCancel={() => close(null)}
    />
  )
  return { ask, element }
}
