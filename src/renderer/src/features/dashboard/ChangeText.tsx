import type { DashboardRow } from '@shared/domain/dashboard'
import { periodLabel } from '@shared/domain/period'

/** "较上期 +2.5", coloured by direction, on a project's card and in its side panel. */
export function ChangeText({ row }: { row: DashboardRow }) {
  const d = row.change.direction
  const cls = d === 'up' ? 'db-change db-up' : d === 'down' ? 'db-change db-down' : 'db-change muted'
  return (
    <span className={cls} title={`较${periodLabel(row.change.previousPeriod)}`}>
      {`较上期 ${row.change.text}`}
    </span>
  )
}
