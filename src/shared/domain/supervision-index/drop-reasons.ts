/**
 * The reasons of a colour drop or veto (四色分级): their Chinese sentences, written here and
 * read back here. Assessments finalised before reasons carried a `kind` stored the sentence
 * alone; dropReasonFromText gives such a sentence its kind (schema v3 upgrade, old backups).
 */
import type { DropReason } from '../../model/framework'

export function vetoReason(type: string, note: string): DropReason {
  const n = note.trim()
  return { kind: 'veto', text: `一票否决：${type}${n ? `（${n}）` : ''}，颜色为红色` }
}

export function overdueAlongsideVetoReason(count: number, dropDays: number): DropReason {
  return { kind: 'overdueAlongsideVeto', text: `另有 ${count} 项跟进事项逾期超过 ${dropDays} 天` }
}

export function overdueDropReason(count: number, dropDays: number, from: string, to: string): DropReason {
  return { kind: 'overdueDrop', text: `有 ${count} 项跟进事项逾期超过 ${dropDays} 天，颜色由${from}降为${to}` }
}

export function overdueAlreadyRedReason(count: number, dropDays: number): DropReason {
  return { kind: 'overdueAlreadyRed', text: `有 ${count} 项跟进事项逾期超过 ${dropDays} 天，颜色已为红色，不再降级` }
}

/**
 * The kind of a reason stored as text alone. Every version wrote only the four sentences above;
 * they are told apart by their fixed words (a veto's note is free text, so it is tested first,
 * by its opening). A sentence that matches none is kept as it is, of kind 'other'.
 */
export function dropReasonFromText(text: string): DropReason {
  if (text.startsWith('一票否决')) return { kind: 'veto', text }
  if (text.startsWith('另有')) return { kind: 'overdueAlongsideVeto', text }
  if (text.endsWith('不再降级')) return { kind: 'overdueAlreadyRed', text }
  if (text.includes('降为')) return { kind: 'overdueDrop', text }
  return { kind: 'other', text }
}

/** A stored reason as this version keeps it, whether written before kinds (a string) or after. */
export function upgradeDropReason(reason: string | DropReason): DropReason {
  return typeof reason === 'string' ? dropReasonFromText(reason) : reason
}

/** The reasons as one line: '一票否决：安全事故，颜色为红色；另有 1 项跟进事项逾期超过 30 天'. */
export function dropReasonsText(reasons: readonly DropReason[]): string {
  return reasons.map((r) => r.text).join('；')
}
