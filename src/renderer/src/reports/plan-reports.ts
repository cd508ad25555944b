/**
 * The supervision plans in the Word reports: the 督导协议书, and the sections the 被督导者督导档案
 * and the 工作室督导工作总结 gain (src/shared/reports/content/agreement.ts builds them).
 */
import { agreementFileName, archivePlanBlocks, buildAgreementDocument, previewOf, studioPlanBlocks, withSection } from '@shared/reports/content'
import { agreementStatusOn } from '@shared/domain/plans/plan-vs-done'
import { frequenciesText } from '@shared/domain/plans/plan-text'
import type { Report } from '@shared/reports'
import { formatDateRange } from '@shared/text/format'
import type { ReportData } from '../db/report-data'
import { ReportUnavailableError, type PreparedReport } from './export-report'

export function agreementReport(data: ReportData, agreementId: string, today: string): PreparedReport {
  const agreement = data.agreements.find((a) => a.id === agreementId)
  if (!agreement) throw new ReportUnavailableError('找不到该督导协议，或它已移入回收站')
  const input = { agreement, persons: data.persons, studio: data.studio, today }
  const build = () => buildAgreementDocument(input)
  const names = (ids: readonly string[]) => ids.map((id) => data.persons.find((p) => p.id === id)?.name ?? '—').join('、')
  return {
    kind: 'agreement',
    fileName: agreementFileName(agreement, data.persons),
    charts: [],
    build,
    preview: previewOf(build(), [], [
      { label: '督导者', value: names(agreement.supervisorIds) },
      { label: '被督导者', value: names(agreement.superviseeIds) },
      { label: '期限', value: formatDateRange(agreement.startDate, agreement.endDate) },
      { label: '频率', value: frequenciesText(agreement.frequencies) || '—' },
      { label: '状态', value: agreementStatusOn(agreement, today) },
    ]),
  }
}

export const withArchivePlans = (report: Report, data: ReportData, personId: string, period: string, today: string): Report =>
  withSection(report, archivePlanBlocks({ personId, period, agreements: data.agreements, sessions: data.sessions, today }))

export const withStudioPlans = (report: Report, data: ReportData, period: string, today: string): Report =>
  withSection(report, studioPlanBlocks({ period, agreements: data.agreements, sessions: data.sessions, persons: data.persons, today }), '下阶段工作计划')
