/**
 * Content builders of the four Word reports (data → Report model) and what the 报告导出 screen
 * shows before exporting: the title, the sections, the charts and the key figures.
 */
import type { Report } from '../report-model'
import { formatDate, formatHours } from '../../text/format'
import { outline } from './common'
import type { ChartRequest } from './charts'
import type { SessionRecordFacts } from './session-record'
import { changeSentence, type ProjectReportFacts } from './project-assessment'
import type { StudioSummaryFacts } from './studio-summary'
import type { ArchiveFacts } from './supervisee-archive'

export * from './common'
export * from './charts'
export * from './session-record'
export * from './project-assessment'
export * from './studio-summary'
export * from './supervisee-archive'
export * from './agreement'
export * from './period-set'
export * from './district-summary'

export type ReportKind = 'session' | 'project' | 'studio' | 'archive'

export const REPORT_KINDS: readonly ReportKind[] = ['session', 'project', 'studio', 'archive']

export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  session: '督导记录表',
  project: '项目督导评估报告',
  studio: '工作室督导工作总结',
  archive: '被督导者督导档案',
}

export interface KeyFigure {
  label: string
  value: string
}

export interface ReportPreview {
  title: string
  subtitle: string | null
  /** Headings with their numbers (一、 （一）), in order. */
  sections: { level: 1 | 2 | 3; text: string }[]
  /** Captions of the charts that will be drawn. */
  charts: string[]
  figures: KeyFigure[]
}

export function previewOf(report: Report, charts: readonly ChartRequest[], figures: KeyFigure[]): ReportPreview {
  return {
    title: report.title,
    subtitle: report.subtitle ?? null,
    sections: outline(report),
    charts: charts.map((c) => c.caption),
    figures,
  }
}

export function sessionFigures(f: SessionRecordFacts): KeyFigure[] {
  return [
    { label: '编号', value: f.code },
    { label: '状态', value: f.status },
    { label: '督导日期', value: formatDate(f.date) },
    { label: '时长', value: f.durationText },
    { label: '督导者', value: f.supervisors },
    { label: '被督导者', value: f.supervisees },
    { label: '跟进事项', value: `${f.followUpCount} 项` },
    ...(f.redacted ? [{ label: '敏感记录', value: '文字内容不导出' }] : []),
  ]
}

export function projectFigures(f: ProjectReportFacts): KeyFigure[] {
  return [
    { label: '项目', value: f.projectName },
    { label: '评估周期', value: f.periodLabel },
    { label: '总分', value: `${f.totalText} 分${f.final ? '' : '（草稿）'}` },
    { label: '等级', value: `${f.colour} ${f.grade}` },
    { label: '较上期', value: changeSentence(f) ?? '无上期评估' },
    ...(f.reasons.length > 0 ? [{ label: '颜色调整', value: f.reasons.join('；') }] : []),
    { label: '本期督导', value: `${f.sessionCount} 次，${f.sessionHours} 小时` },
    { label: '跟进事项', value: f.followUpsDue === 0 ? '本期无到期事项' : `到期 ${f.followUpsDue} 项，完成 ${f.followUpsCompleted} 项（${f.completionRateText}）` },
    { label: '逾期未完成', value: `${f.overdueCount} 项` },
  ]
}

export function studioFigures(f: StudioSummaryFacts): KeyFigure[] {
  const c = f.board?.counts
  return [
    { label: '周期', value: f.periodLabel },
    { label: '督导次数', value: `${f.stats.count} 次` },
    { label: '督导时数', value: formatHours(f.stats.minutes) },
    { label: '被督导者', value: `${f.superviseeCount} 人` },
    { label: '服务项目', value: `${f.projectCount} 个` },
    {
      label: '四色分布',
      value: c && f.indexPeriod ? `绿 ${c.绿色} · 蓝 ${c.蓝色} · 黄 ${c.黄色} · 红 ${c.红色}（${f.board!.periodLabel}）` : '尚无定稿评估',
    },
    { label: '跟进事项完成率', value: f.followUpsDue === 0 ? '本期无到期事项' : `${f.completionRateText}（${f.followUpsCompleted}/${f.followUpsDue}）` },
    { label: '逾期未完成', value: `${f.overdueCount} 项` },
  ]
}

export function archiveFigures(f: ArchiveFacts): KeyFigure[] {
  return [
    { label: '被督导者', value: f.name },
    { label: '期间', value: f.periodLabel },
    { label: '督导次数', value: `${f.count} 次` },
    { label: '督导时数', value: `${f.hours} 小时` },
    { label: '议题', value: f.stats.byTopic.length ? f.stats.byTopic.slice(0, 3).map((b) => b.key).join('、') : '—' },
    { label: '跟进事项', value: `${f.followUpsOwned} 项，逾期 ${f.overdueCount} 项` },
  ]
}
