/**
 * Rules of one 项目评估 (docs/domain.md, "Entities", 项目评估): its items in the framework's order, when 评分依据 is
 * required, the problems that stop a save or a 定稿, what 定稿 stores, and which assessment counts
 * for a project and period when there is more than one.
 */
import { isRealDate } from '../../model/common'
import type { AssessmentData, AssessmentForm, AssessmentItem, DataSource, IndexFramework, Suggestion } from '../../model/framework'
import { newestFirst, periodOf, periodRange, previousPeriod } from '../period'
import type { AssessmentGrade } from './grading'

/**
 * What 定稿 stores on an assessment (docs/domain.md, 项目评估): 已定稿, and the total, colour, grade
 * and reasons of any drop as `grading` found them at `at`. They stay as they are when the
 * framework, the follow-ups or the thresholds change later.
 */
export function finalisedGrading(
  grading: AssessmentGrade,
  at: string,
): Pick<AssessmentData, 'status' | 'totalTenths' | 'colour' | 'grade' | 'dropReasons' | 'finalizedAt'> {
  return {
    status: '已定稿',
    totalTenths: grading.scores.totalTenths,
    colour: grading.grade.colour,
    grade: grading.grade.grade,
    dropReasons: grading.grade.reasons,
    finalizedAt: at,
  }
}

/** Indicators of a framework in order, with their dimension. */
export function frameworkIndicators(framework: Pick<IndexFramework, 'dimensions'>) {
  return framework.dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, dimensionCode: d.code, dimensionName: d.name })))
}

/**
 * Why 评分依据 is required for an item, or null (docs/domain.md, "Suggested ratings from data"):
 * a rating other than the data's suggestion, or, without a suggestion, a rating below 3 (合格).
 * A rating equal to the suggestion needs none even below 3: the figures it came from are the
 * basis, kept with the item.
 */
export function basisRequirement(item: Pick<AssessmentItem, 'rating' | 'suggestion'>): string | null {
  if (item.rating === null || item.rating === undefined) return null
  if (item.suggestion) {
    return item.rating === item.suggestion.rating ? null : `评分与建议评分（${item.suggestion.rating} 分）不同，请填写评分依据`
  }
  return item.rating < 3 ? '评分低于 3 分，请填写评分依据' : null
}

/**
 * Every problem of an assessment as Chinese messages keyed by form path
 * ('items.3.basis', 'assessor', 'veto.note'…). `finalize` also requires every indicator rated.
 * Items are expected in the framework's indicator order (see alignItems).
 */
export function assessmentErrors(
  form: AssessmentForm,
  framework: Pick<IndexFramework, 'dimensions'>,
  options: { today: string; finalize?: boolean },
): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isRealDate(form.assessDate)) out.assessDate = '请填写评估日期'
  else if (form.assessDate > options.today) out.assessDate = '评估日期不能晚于今天'
  const indicators = frameworkIndicators(framework)
  indicators.forEach((ind, i) => {
    const item = form.items[i]
    if (!item || item.indicatorCode !== ind.code) {
      out[`items.${i}.rating`] ??= `指标 ${ind.code} 的评分缺失`
      return
    }
    if (options.finalize && item.rating === null) out[`items.${i}.rating`] = `请为 ${ind.code} ${ind.name} 评分`
    const need = basisRequirement(item)
    if (need && !item.basis.trim()) out[`items.${i}.basis`] = need
  })
  return out
}

/** Items in the framework's indicator order: ratings and bases kept by code, missing ones empty. */
export function alignItems(
  framework: Pick<IndexFramework, 'dimensions'>,
  items: readonly Partial<AssessmentItem>[],
  suggestions?: Partial<Record<DataSource, Suggestion | null>>,
): AssessmentItem[] {
  const byCode = new Map(items.filter((i) => i.indicatorCode).map((i) => [i.indicatorCode as string, i]))
  return frameworkIndicators(framework).map((ind) => {
    const prev = byCode.get(ind.code)
    const suggestion = suggestions
      ? ind.dataSource
        ? (suggestions[ind.dataSource] ?? null)
        : null
      : (prev?.suggestion ?? null)
    return { indicatorCode: ind.code, rating: prev?.rating ?? null, basis: prev?.basis ?? '', suggestion }
  })
}

/** The last complete quarter before `today`. */
export function defaultAssessmentPeriod(today: string): string {
  return previousPeriod(periodOf(today, 'Q'))
}

export interface AssessableProjectLike {
  id: string
  startDate: string
  endDate: string
  deletedAt?: string | null
}

/** How many finished quarters quarterToAssess looks back over. */
export const QUARTERS_TO_LOOK_BACK = 4

/**
 * The projects that ran in `period` (their dates overlap it) and have no final assessment of
 * it: what is left to assess (one project's when `projectId` is given).
 */
export function projectsToAssess<P extends AssessableProjectLike>(
  period: string,
  projects: readonly P[],
  assessments: readonly AssessmentChoiceLike[],
  projectId?: string | null,
): P[] {
  const { start, end } = periodRange(period)
  const counting = assessmentsThatCount(assessments.filter((a) => a.period === period))
  return projects.filter(
    (p) =>
      !p.deletedAt &&
      (!projectId || p.id === projectId) &&
      p.startDate <= end &&
      p.endDate >= start &&
      counting.get(assessmentKey(p.id, period))?.status !== '已定稿',
  )
}

/**
 * The quarter that most needs assessing on `today` (the period a new assessment opens on): the
 * latest finished quarter, of the last four, in which a project ran without a final assessment
 * — one project's when `projectId` is given. When every one is assessed, the current quarter:
 * the next one to assess.
 */
export function quarterToAssess(
  today: string,
  projects: readonly AssessableProjectLike[],
  assessments: readonly AssessmentChoiceLike[],
  projectId?: string | null,
): string {
  const current = periodOf(today, 'Q')
  let quarter = current
  for (let i = 0; i < QUARTERS_TO_LOOK_BACK; i++) {
    quarter = previousPeriod(quarter)
    if (projectsToAssess(quarter, projects, assessments, projectId).length > 0) return quarter
  }
  return current
}

// ---------------------------------------------------------------------------------------------
// Which assessment counts

export interface AssessmentChoiceLike {
  projectId: string
  period: string
  status: '草稿' | '已定稿'
  updatedAt: string
  deletedAt?: string | null
}

/** Key of a project and period in assessmentsThatCount. */
export function assessmentKey(projectId: string, period: string): string {
  return `${projectId}|${period}`
}

/**
 * The live assessment that counts for each project and period (key: assessmentKey). A project
 * has one per period, but a merge of two laptops' data can bring two: the final one counts
 * before a draft, then the one edited last; with equal times the first in the list stays.
 */
export function assessmentsThatCount<A extends AssessmentChoiceLike>(assessments: readonly A[]): Map<string, A> {
  const out = new Map<string, A>()
  for (const a of assessments) {
    if (a.deletedAt) continue
    const key = assessmentKey(a.projectId, a.period)
    const prev = out.get(key)
    const better =
      !prev ||
      (a.status === '已定稿' && prev.status !== '已定稿') ||
      (a.status === prev.status && a.updatedAt > prev.updatedAt)
    if (better) out.set(key, a)
  }
  return out
}

/** The assessment that counts for one project and period (see assessmentsThatCount), or null. */
export function assessmentThatCounts<A extends AssessmentChoiceLike>(assessments: readonly A[], projectId: string, period: string): A | null {
  const own = assessments.filter((a) => a.projectId === projectId && a.period === period)
  return assessmentsThatCount(own).get(assessmentKey(projectId, period)) ?? null
}

/** Distinct periods that have assessments, newest first (by end date, then start date). */
export function assessedPeriods(assessments: readonly { period: string; deletedAt?: string | null }[]): string[] {
  return newestFirst(assessments.filter((a) => !a.deletedAt).map((a) => a.period))
}

/** Distinct periods that have a live final assessment, newest first (see newestFirst). */
export function finalPeriods(assessments: readonly { period: string; status: string; deletedAt?: string | null }[]): string[] {
  return newestFirst(assessments.filter((a) => !a.deletedAt && a.status === '已定稿').map((a) => a.period))
}
