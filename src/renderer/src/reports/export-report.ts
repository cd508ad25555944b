/**
 * Export orchestration for the four Word reports: read what a report needs from the database,
 * run the pure content builder (src/shared/reports/content), draw its charts to PNG, render the
 * .docx (GB/T 9704 layout) and hand it to the host's save dialog (Electron) or a download (browser).
 * The batches (every project report of a period, or the period's whole set) are in batch-export.ts.
 */
import type { Assessment, Preferences, Project } from '@shared/model'
import { chartThresholds, latestAssessedPeriod } from '@shared/domain/dashboard'
import { assessmentThatCounts } from '@shared/domain/supervision-index/assessment-rules'
import { periodLabel, periodOf, previousPeriod } from '@shared/domain/period'
import { renderReport, type Report } from '@shared/reports'
import {
  archiveFacts,
  archiveFigures,
  archiveFileName,
  buildProjectReportFromFacts,
  buildSessionRecord,
  buildStudioSummaryFromFacts,
  buildSuperviseeArchiveFromFacts,
  previewOf,
  projectFigures,
  projectReportFacts,
  projectReportFileName,
  sessionFigures,
  sessionRecordFacts,
  sessionRecordFileName,
  studioFigures,
  studioSummaryFacts,
  studioSummaryFileName,
  type ChartImages,
  type ChartRequest,
  type ProjectReportInput,
  type ReportKind,
  type ReportPreview,
} from '@shared/reports/content'
import { renderChartImages } from './report-charts'
import { agreementReport, withArchivePlans, withStudioPlans } from './plan-reports'

export type ReportRequest =
  | { kind: 'session'; sessionId: string; includeSensitive?: boolean }
  | { kind: 'project'; projectId: string; period: string }
  | { kind: 'studio'; period: string; plan?: string }
  | { kind: 'archive'; personId: string; period: string }
  | { kind: 'agreement'; agreementId: string }

import type { ReportData } from '../db/report-data'

/** A report ready to draw: its file name, what the preview shows, its chart requests and its builder. */
export interface PreparedReport {
  kind: ReportKind | 'agreement'
  fileName: string
  preview: ReportPreview
  charts: ChartRequest[]
  build(images: ChartImages): Report
}

/** Projects with an assessment (final or draft) of the period, by name. */
export function assessedProjects(data: Pick<ReportData, 'projects' | 'assessments'>, period: string): { project: Project; assessment: Assessment }[] {
  return data.projects
    .filter((p) => !p.deletedAt)
    .flatMap((project) => {
      const assessment = assessmentThatCounts(data.assessments, project.id, period)
      return assessment ? [{ project, assessment }] : []
    })
    .sort((a, b) => a.project.name.localeCompare(b.project.name, 'zh-CN'))
}

/** The period a report opens on: the latest with a final assessment, else last quarter. */
export function defaultReportPeriod(assessments: readonly Assessment[], today: string): string {
  return latestAssessedPeriod(assessments, previousPeriod(periodOf(today, 'Q')))
}

export class ReportUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportUnavailableError'
  }
}

function projectInput(data: ReportData, projectId: string, period: string): ProjectReportInput {
  const project = data.projects.find((p) => p.id === projectId && !p.deletedAt)
  if (!project) throw new ReportUnavailableError('找不到该项目，或它已移入回收站')
  const assessment = assessmentThatCounts(data.assessments, projectId, period)
  if (!assessment) throw new ReportUnavailableError(`“${project.name}”在${periodLabel(period)}尚无评估，请先在“项目评估”中评估`)
  const sessions = data.sessions.filter((s) => s.projectIds.includes(projectId))
  const ids = new Set(sessions.map((s) => s.id))
  return {
    project,
    period,
    assessment,
    frameworks: data.frameworks,
    assessments: data.assessments.filter((a) => a.projectId === projectId),
    sessions,
    followUps: data.followUps.filter((f) => ids.has(f.sessionId)),
    progress: data.progress.filter((r) => r.projectId === projectId),
    persons: data.persons,
    studio: data.studio,
    hoursPerMonth: data.prefs.supervisionHoursPerMonth,
    overdueDropDays: data.prefs.overdueDropDays,
  }
}

/** Runs the content builder of a request on loaded data (pure; no drawing yet). */
export function prepareReport(data: ReportData, request: ReportRequest, today: string): PreparedReport {
  switch (request.kind) {
    case 'session': {
      const session = data.sessions.find((s) => s.id === request.sessionId)
      if (!session) throw new ReportUnavailableError('找不到该督导记录，或它已移入回收站')
      const input = {
        session,
        followUps: data.followUps.filter((f) => f.sessionId === session.id),
        persons: data.persons,
        projects: data.projects,
        studio: data.studio,
        includeSensitive: request.includeSensitive === true,
        today,
      }
      const facts = sessionRecordFacts(input)
      const build = () => buildSessionRecord(input)
      return { kind: 'session', fileName: sessionRecordFileName(input), charts: [], build, preview: previewOf(build(), [], sessionFigures(facts)) }
    }
    case 'project': {
      const input = projectInput(data, request.projectId, request.period)
      const facts = projectReportFacts(input)
      const build = (images: ChartImages) => buildProjectReportFromFacts(facts, input, images)
      return {
        kind: 'project',
        fileName: projectReportFileName(input.project.name, request.period),
        charts: facts.charts,
        build,
        preview: previewOf(build({}), facts.charts, projectFigures(facts)),
      }
    }
    case 'studio': {
      const current = data.frameworks.find((f) => f.id === data.prefs.currentFrameworkId)
      const input = {
        period: request.period,
        studio: data.studio,
        persons: data.persons,
        projects: data.projects,
        sessions: data.sessions,
        followUps: data.followUps,
        assessments: data.assessments,
        frameworks: data.frameworks,
        // The scale named under the ranking: that of the frameworks this period was graded with, as on the 指数看板.
        thresholds: chartThresholds(data.frameworks, data.assessments.filter((a) => a.period === request.period), current?.thresholds) ?? null,
        today,
        plan: request.plan,
        hoursPerMonth: data.prefs.supervisionHoursPerMonth,
        overdueDropDays: data.prefs.overdueDropDays,
      }
      const facts = studioSummaryFacts(input)
      const build = (images: ChartImages) => withStudioPlans(buildStudioSummaryFromFacts(facts, input, images), data, request.period, today)
      return {
        kind: 'studio',
        fileName: studioSummaryFileName(request.period),
        charts: facts.charts,
        build,
        preview: previewOf(build({}), facts.charts, studioFigures(facts)),
      }
    }
    case 'archive': {
      const person = data.persons.find((p) => p.id === request.personId && !p.deletedAt)
      if (!person) throw new ReportUnavailableError('找不到该人员，或其已移入回收站')
      const input = {
        person,
        period: request.period,
        sessions: data.sessions,
        followUps: data.followUps,
        persons: data.persons,
        projects: data.projects,
        studio: data.studio,
        today,
      }
      const facts = archiveFacts(input)
      const build = () => withArchivePlans(buildSuperviseeArchiveFromFacts(facts, input), data, person.id, request.period, today)
      return { kind: 'archive', fileName: archiveFileName(person.name, request.period), charts: [], build, preview: previewOf(build(), [], archiveFigures(facts)) }
    }
    case 'agreement':
      return agreementReport(data, request.agreementId, today)
  }
}

export interface RenderedReport {
  fileName: string
  bytes: Uint8Array
  /** Charts that could not be drawn (the report went without them). */
  chartErrors: string[]
}

/** Draws the charts and renders the .docx. */
export async function renderPreparedReport(
  prepared: PreparedReport,
  options: { fontSet?: Preferences['reportFonts']; signal?: AbortSignal } = {},
): Promise<RenderedReport> {
  const chartErrors: string[] = []
  const images = await renderChartImages(prepared.charts, {
    signal: options.signal,
    onError: (request, error) => {
      chartErrors.push(request.caption)
      console.warn(`图表“${request.caption}”未能生成`, error)
    },
  })
  if (options.signal?.aborted) throw new DOMException('已取消', 'AbortError')
  const bytes = await renderReport(prepared.build(images), { fontSet: options.fontSet ?? 'windows' })
  return { fileName: prepared.fileName, bytes, chartErrors }
}

/** Loads, builds and renders one report. */
export const DOCX_FILTERS = [{ name: 'Word 文档', extensions: ['docx'] }]
export const ZIP_FILTERS = [{ name: 'ZIP 压缩包', extensions: ['zip'] }]

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError'
}
