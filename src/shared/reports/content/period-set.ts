/**
 * The reports of a period's end as one set (报告导出 → 导出本期全部报告): every project's
 * 项目督导评估报告 with a final assessment, the 工作室督导工作总结 and the 档案 of everyone supervised
 * in the period — and, for what the set leaves out, why, in words a lead can act on
 * (「3 个项目尚未定稿评估」). Pure: which files, not how they are drawn.
 */
import { periodRange } from '../../domain/period'
import { sessionsInPeriod } from '../../domain/statistics'
import { assessmentsThatCount, assessmentKey } from '../../domain/supervision-index/assessment-rules'
import { safeFileName } from './common'

export type PeriodSetItem =
  | { kind: 'project'; projectId: string; name: string }
  | { kind: 'studio' }
  | { kind: 'archive'; personId: string; name: string }

/** A group of reports the set could not hold, with the reason and the names it concerns. */
export interface PeriodSetGap {
  /** 「3 个项目尚未定稿评估」 */
  reason: string
  names: string[]
}

export interface PeriodSetPlan {
  items: PeriodSetItem[]
  gaps: PeriodSetGap[]
}

export interface PeriodSetInput {
  period: string
  projects: readonly { id: string; name: string; startDate: string; endDate: string; deletedAt?: string | null }[]
  assessments: readonly { projectId: string; period: string; status: '草稿' | '已定稿'; updatedAt: string; deletedAt?: string | null }[]
  persons: readonly { id: string; name: string; deletedAt?: string | null }[]
  sessions: readonly { id: string; date: string; superviseeIds: readonly string[]; deletedAt?: string | null }[]
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN')

/**
 * What the set of `period` holds: the projects that ran in it (dates overlapping the period)
 * with a final assessment, by name; the studio summary; the archives of the people supervised
 * in it, by name. Projects that ran without a final assessment, and people supervised before
 * but not in this period, are the gaps.
 */
export function periodSetPlan(input: PeriodSetInput): PeriodSetPlan {
  const { start, end } = periodRange(input.period)
  const counting = assessmentsThatCount(input.assessments.filter((a) => a.period === input.period))
  const ran = input.projects.filter((p) => !p.deletedAt && p.startDate <= end && p.endDate >= start).sort(byName)
  const final: PeriodSetItem[] = []
  const drafts: string[] = []
  const unassessed: string[] = []
  for (const p of ran) {
    const a = counting.get(assessmentKey(p.id, input.period))
    if (a?.status === '已定稿') final.push({ kind: 'project', projectId: p.id, name: p.name })
    else if (a) drafts.push(p.name)
    else unassessed.push(p.name)
  }

  const live = input.persons.filter((p) => !p.deletedAt)
  const inPeriod = new Set(sessionsInPeriod(input.sessions, input.period).flatMap((s) => s.superviseeIds))
  const ever = new Set(input.sessions.filter((s) => !s.deletedAt).flatMap((s) => s.superviseeIds))
  const archives = live
    .filter((p) => inPeriod.has(p.id))
    .sort(byName)
    .map((p): PeriodSetItem => ({ kind: 'archive', personId: p.id, name: p.name }))
  const unsupervised = live
    .filter((p) => ever.has(p.id) && !inPeriod.has(p.id))
    .sort(byName)
    .map((p) => p.name)

  const gaps: PeriodSetGap[] = []
  if (drafts.length > 0) gaps.push({ reason: `${drafts.length} 个项目尚未定稿评估`, names: drafts })
  if (unassessed.length > 0) gaps.push({ reason: `${unassessed.length} 个项目本期尚未评估`, names: unassessed })
  if (unsupervised.length > 0) gaps.push({ reason: `${unsupervised.length} 名被督导者本期未接受督导，未生成档案`, names: unsupervised })
  return { items: [...final, { kind: 'studio' }, ...archives], gaps }
}

/** Counts of a plan by kind, for the button and the message: 「项目报告 5 份、工作总结 1 份、档案 12 份」. */
export function periodSetCounts(items: readonly PeriodSetItem[]): string {
  const n = (kind: PeriodSetItem['kind']) => items.filter((i) => i.kind === kind).length
  return [`项目评估报告 ${n('project')} 份`, `工作总结 ${n('studio')} 份`, `督导档案 ${n('archive')} 份`].join('、')
}

/** The folder of an item in the set's zip (the summary stands at the top). */
export function periodSetFolder(item: PeriodSetItem): string {
  return item.kind === 'project' ? '项目督导评估报告/' : item.kind === 'archive' ? '被督导者督导档案/' : ''
}

/** 督导报告_2026年第3季度.zip */
export function periodSetFileName(periodText: string): string {
  return `${safeFileName(['督导报告', periodText].join('_'))}.zip`
}

/** The note in the zip: what it holds and what it does not, and why. */
export function periodSetNote(periodText: string, fileNames: readonly string[], gaps: readonly PeriodSetGap[], chartErrors: readonly string[]): string {
  const lines = [`${periodText}督导报告，共 ${fileNames.length} 份：`, ...fileNames.map((f) => `  ${f}`)]
  if (gaps.length > 0) {
    lines.push('', '未生成的报告：')
    for (const g of gaps) lines.push(`  ${g.reason}：${g.names.join('、')}`)
  }
  if (chartErrors.length > 0) lines.push('', '未能生成、报告中已略去的图表：', ...chartErrors.map((c) => `  ${c}`))
  // Windows Notepad reads CRLF everywhere; older versions show LF files on one line.
  return lines.join('\r\n') + '\r\n'
}
