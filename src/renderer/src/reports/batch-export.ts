/**
 * Many reports into one zip, with progress and cancel: every project report of a period, or the
 * period's whole set at quarter end (periodSetPlan: the final project reports, the studio
 * summary and the archives, with a note of what is missing and why). Reports are drawn one after
 * another and `signal` is checked between them and between charts; a cancelled batch throws
 * AbortError and saves nothing.
 */
import JSZip from 'jszip'
import { periodLabel } from '@shared/domain/period'
import {
  periodSetFileName,
  periodSetFolder,
  periodSetNote,
  periodSetPlan,
  safeFileName,
  REPORT_KIND_LABELS,
  type PeriodSetGap,
  type PeriodSetItem,
} from '@shared/reports/content'
import type { ReportData } from '../db/report-data'
import { assessedProjects, prepareReport, renderPreparedReport, ReportUnavailableError, type ReportRequest } from './export-report'

export interface BatchProgress {
  done: number
  total: number
  /** The report being drawn now (or the last one when done). */
  current: string
}

export interface BatchOptions {
  signal?: AbortSignal
  onProgress?: (p: BatchProgress) => void
}

export interface BatchResult {
  fileName: string
  bytes: Uint8Array
  count: number
  /** Paths inside the zip, in order. */
  fileNames: string[]
  /** What the set could not hold, and why (the quarter-end set only). */
  gaps: PeriodSetGap[]
  /** Captions of charts that could not be drawn (their reports went without them). */
  chartErrors: string[]
}

interface BatchEntry {
  request: ReportRequest
  /** What the progress line names. */
  label: string
  folder: string
}

const aborted = () => new DOMException('已取消', 'AbortError')

/** Draws the entries one by one into a zip; the .docx files are zips already and are stored as they are. */
async function zipReports(data: ReportData, entries: readonly BatchEntry[], today: string, options: BatchOptions) {
  const zip = new JSZip()
  const fileNames: string[] = []
  const chartErrors: string[] = []
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    if (options.signal?.aborted) throw aborted()
    options.onProgress?.({ done: i, total: entries.length, current: entry.label })
    const prepared = prepareReport(data, entry.request, today)
    const rendered = await renderPreparedReport(prepared, { fontSet: data.prefs.reportFonts, signal: options.signal })
    const base = entry.folder + rendered.fileName
    let name = base
    for (let n = 2; fileNames.includes(name); n++) name = base.replace(/\.docx$/, `_${n}.docx`)
    fileNames.push(name)
    chartErrors.push(...rendered.chartErrors.map((c) => `${rendered.fileName}：${c}`))
    zip.file(name, rendered.bytes, { compression: 'STORE' })
  }
  if (options.signal?.aborted) throw aborted()
  options.onProgress?.({ done: entries.length, total: entries.length, current: entries[entries.length - 1]?.label ?? '' })
  return { zip, fileNames, chartErrors }
}

/** 项目督导评估报告_2026年第3季度.zip */
export function batchFileName(period: string): string {
  return `${safeFileName([REPORT_KIND_LABELS.project, periodLabel(period)].join('_'))}.zip`
}

/** Every project report of a period (final or draft assessment) in one zip. */
export async function exportProjectBatch(data: ReportData, period: string, today: string, options: BatchOptions = {}): Promise<BatchResult> {
  const items = assessedProjects(data, period)
  if (items.length === 0) throw new ReportUnavailableError(`${periodLabel(period)}没有项目评估，无法批量导出`)
  const entries = items.map(({ project }) => ({ request: { kind: 'project' as const, projectId: project.id, period }, label: project.name, folder: '' }))
  const { zip, fileNames, chartErrors } = await zipReports(data, entries, today, options)
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
  return { fileName: batchFileName(period), bytes, count: items.length, fileNames, gaps: [], chartErrors }
}

/** The period's whole set (see periodSetPlan). */
export function periodSet(data: ReportData, period: string) {
  return periodSetPlan({ period, projects: data.projects, assessments: data.assessments, persons: data.persons, sessions: data.sessions })
}

function entryOf(item: PeriodSetItem, period: string): BatchEntry {
  const folder = periodSetFolder(item)
  switch (item.kind) {
    case 'project':
      return { request: { kind: 'project', projectId: item.projectId, period }, label: item.name, folder }
    case 'studio':
      return { request: { kind: 'studio', period }, label: REPORT_KIND_LABELS.studio, folder }
    case 'archive':
      return { request: { kind: 'archive', personId: item.personId, period }, label: `${item.name}的督导档案`, folder }
  }
}

/**
 * The quarter-end set of `period` in one zip: 项目督导评估报告/…, the 工作室督导工作总结 and
 * 被督导者督导档案/…, with 导出说明.txt listing the files and what is missing and why.
 */
export async function exportPeriodSet(data: ReportData, period: string, today: string, options: BatchOptions = {}): Promise<BatchResult> {
  const plan = periodSet(data, period)
  const { zip, fileNames, chartErrors } = await zipReports(data, plan.items.map((i) => entryOf(i, period)), today, options)
  zip.file('导出说明.txt', periodSetNote(periodLabel(period), fileNames, plan.gaps, chartErrors))
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  return { fileName: periodSetFileName(periodLabel(period)), bytes, count: fileNames.length, fileNames, gaps: plan.gaps, chartErrors }
}
