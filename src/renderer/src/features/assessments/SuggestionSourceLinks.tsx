import { Link } from 'react-router-dom'
import type { SuggestionSources } from '@shared/domain/supervision-index/suggestions'
import { periodLabel } from '@shared/domain/period'

/** Links shown at most per suggestion; the rest are counted. */
const SHOWN = 6

/**
 * The records a suggestion was drawn from, as links: the quarters' 项目进展 (on the project's
 * page) and the 督导记录 by 编号. So an assessor can check a figure before adopting it.
 */
export function SuggestionSourceLinks({ sources, projectId, code }: { sources: SuggestionSources | null; projectId: string | null; code: string }) {
  if (!sources || (sources.quarters.length === 0 && sources.sessions.length === 0)) return null
  const shown = sources.sessions.slice(0, SHOWN)
  const more = sources.sessions.length - shown.length
  return (
    <div className="as-sources" aria-label={`${code} 建议依据的记录`}>
      依据：
      {sources.quarters.length > 0 && projectId ? (
        <Link to={`/projects/${projectId}`}>{sources.quarters.map(periodLabel).join('、')}项目进展</Link>
      ) : null}
      {sources.quarters.length > 0 && shown.length > 0 ? '；' : null}
      {shown.length > 0 ? '督导记录 ' : null}
      {shown.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '、' : null}
          <Link to={`/sessions/${s.id}`} title={s.date}>
            {s.code || s.date}
          </Link>
        </span>
      ))}
      {more > 0 ? ` 等 ${sources.sessions.length} 条` : null}
    </div>
  )
}
