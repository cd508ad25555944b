/**
 * 四色分级: colour and grade from the total (compared in tenths, i.e. the total rounded to one
 * decimal), one-step drop for long-overdue follow-ups, and 一票否决.
 */
import type { AssessmentItem, DropReason, Thresholds } from '../../model/framework'
import type { VetoType } from '../../model/constants'
import { overdueAlongsideVetoReason, overdueAlreadyRedReason, overdueDropReason, vetoReason } from './drop-reasons'
import { computeScores, formatTenths, type DimensionLike, type ScoreResult } from './scoring'

export const COLOURS = ['绿色', '蓝色', '黄色', '红色'] as const
export type Colour = (typeof COLOURS)[number]
export const GRADES = ['优秀', '良好', '合格', '预警'] as const
export type Grade = (typeof GRADES)[number]

export const GRADE_OF: Record<Colour, Grade> = { 绿色: '优秀', 蓝色: '良好', 黄色: '合格', 红色: '预警' }

export interface ColourGrade {
  colour: Colour
  grade: Grade
}

/** A threshold in tenths (90 → 900). */
function thresholdTenths(value: number): number {
  return Math.round(value * 10)
}

/** 绿色 优秀 ≥ green; 蓝色 良好 ≥ blue; 黄色 合格 ≥ yellow; otherwise 红色 预警. */
export function colourFor(totalTenths: number, thresholds: Thresholds): ColourGrade {
  const t = Math.round(totalTenths)
  const colour: Colour =
    t >= thresholdTenths(thresholds.green)
      ? '绿色'
      : t >= thresholdTenths(thresholds.blue)
        ? '蓝色'
        : t >= thresholdTenths(thresholds.yellow)
          ? '黄色'
          : '红色'
  return { colour, grade: GRADE_OF[colour] }
}

/** 绿→蓝→黄→红; 红 stays 红. */
export function dropOneColour(colour: Colour): Colour {
  const i = COLOURS.indexOf(colour)
  return COLOURS[Math.min(i + 1, COLOURS.length - 1)] as Colour
}

export interface OverdueItem {
  dueDate: string
  daysOverdue: number
}

export interface VetoEvent {
  type: VetoType | string
  note: string
}

export interface FinalGradeOptions {
  /** Follow-ups of the project's sessions overdue on the assessment date (see followups.overdueForProject). */
  overdueFollowUps?: readonly OverdueItem[]
  /** Drop one colour when any follow-up is overdue by MORE than this many days (default 30). */
  overdueDropDays?: number
  veto?: VetoEvent | null
}

export interface FinalGrade extends ColourGrade {
  /** Colour from the total alone. */
  baseColour: Colour
  /** Follow-ups overdue by more than overdueDropDays. */
  longOverdueCount: number
  /** True when the colour differs from baseColour. */
  dropped: boolean
  vetoed: boolean
  /** Why the colour is not (only) the one of the total: a kind to decide on, a Chinese text to show. */
  reasons: DropReason[]
}

/**
 * Colour and grade after the overdue drop and any veto.
 * - Overdue: if at least one follow-up is overdue by more than `overdueDropDays` days, the colour
 *   drops ONE step (however many items); 红色 stays 红色.
 * - Veto: 红色 whatever the total.
 */
export function finalGrade(totalTenths: number, thresholds: Thresholds, options: FinalGradeOptions = {}): FinalGrade {
  const dropDays = options.overdueDropDays ?? 30
  const base = colourFor(totalTenths, thresholds).colour
  const longOverdue = (options.overdueFollowUps ?? []).filter((f) => f.daysOverdue > dropDays).length
  const reasons: DropReason[] = []
  let colour = base
  const veto = options.veto ?? null

  if (veto) {
    colour = '红色'
    reasons.push(vetoReason(veto.type, veto.note))
    if (longOverdue > 0) reasons.push(overdueAlongsideVetoReason(longOverdue, dropDays))
  } else if (longOverdue > 0) {
    const dropped = dropOneColour(base)
    reasons.push(dropped === base ? overdueAlreadyRedReason(longOverdue, dropDays) : overdueDropReason(longOverdue, dropDays, base, dropped))
    colour = dropped
  }
  return {
    colour,
    grade: GRADE_OF[colour],
    baseColour: base,
    longOverdueCount: longOverdue,
    dropped: colour !== base,
    vetoed: veto !== null,
    reasons,
  }
}

/** '79.6 分，黄色（合格）' for lists and reports. */
export function gradeText(totalTenths: number, grade: ColourGrade): string {
  return `${formatTenths(totalTenths)} 分，${grade.colour}（${grade.grade}）`
}

export interface FrameworkForGrading {
  dimensions: readonly DimensionLike[]
  thresholds: Thresholds
}

export interface AssessmentGrade {
  scores: ScoreResult
  grade: FinalGrade
}

/** Scores (computeScores) and colour (finalGrade with the overdue drop and the veto) of a set of ratings. */
export function gradeAssessment(
  framework: FrameworkForGrading,
  items: readonly Pick<AssessmentItem, 'indicatorCode' | 'rating'>[],
  options: { overdue?: readonly OverdueItem[]; overdueDropDays?: number; veto?: VetoEvent | null } = {},
): AssessmentGrade {
  const scores = computeScores(framework, items)
  const grade = finalGrade(scores.totalTenths, framework.thresholds, {
    overdueFollowUps: options.overdue ?? [],
    overdueDropDays: options.overdueDropDays,
    veto: options.veto ?? null,
  })
  return { scores, grade }
}
