import type { Assessment } from '@shared/model'
import { ScoreSummary } from './ScoreSummary'
import type { AssessmentFigures } from './use-assessment-figures'

/**
 * The side column of the assessment form: for a 已定稿 assessment the total, colour and reasons
 * as stored; for a draft the live ones, with the overdue follow-ups they count.
 */
export function ScoreAside({
  figures: { grading, context },
  record,
  locked,
  overdueDropDays,
}: {
  figures: Pick<AssessmentFigures, 'grading' | 'context'>
  record: Assessment | null
  locked: boolean
  /** The studio's setting, for the stored summary's wording. */
  overdueDropDays: number | undefined
}) {
  const overdue = context?.overdue ?? []
  return (
    <aside className="as-side" aria-label="评分汇总">
      {grading ? (
        locked && record ? (
          <ScoreSummary
            totalTenths={record.totalTenths ?? grading.scores.totalTenths}
            maxTenths={grading.scores.maxTenths}
            colour={record.colour ?? '红色'}
            grade={record.grade ?? ''}
            reasons={record.dropReasons}
            dimensions={grading.scores.dimensions}
            missing={[]}
            final
            overdueCount={0}
            longestOverdue={0}
            overdueDropDays={overdueDropDays ?? 30}
          />
        ) : grading.grade ? (
          <ScoreSummary
            totalTenths={grading.scores.totalTenths}
            maxTenths={grading.scores.maxTenths}
            colour={grading.grade.colour}
            grade={grading.grade.grade}
            reasons={grading.grade.reasons}
            dimensions={grading.scores.dimensions}
            missing={grading.scores.missing}
            final={false}
            overdueCount={overdue.length}
            longestOverdue={overdue[0]?.daysOverdue ?? 0}
            overdueDropDays={context?.overdueDropDays ?? 30}
          />
        ) : null
      ) : null}
    </aside>
  )
}
