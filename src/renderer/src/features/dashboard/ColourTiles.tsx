import type { DashboardData } from '@shared/domain/dashboard'
import { COLOURS, GRADE_OF } from '@shared/domain/supervision-index/grading'
import { ColourSwatch } from '../../charts/ColourTag'
import { COLOUR_STYLES, NEUTRAL_STYLE } from '../../charts/index-colours'

/** 四色分布 at the top of the dashboard: how many projects are in each colour, and how many are not graded yet. */
export function ColourTiles({ data }: { data: Pick<DashboardData, 'counts' | 'draftCount'> }) {
  const c = data.counts
  return (
    <div className="db-tiles" role="list" aria-label="四色分布">
      {COLOURS.map((colour) => (
        <div key={colour} role="listitem" className="db-tile" style={{ borderTopColor: COLOUR_STYLES[colour].fill }} aria-label={`${colour} ${GRADE_OF[colour]} ${c[colour]} 个`}>
          <div className="db-tile-name">
            <ColourSwatch colour={colour} /> {colour} {GRADE_OF[colour]}
          </div>
          <div className="db-tile-count">
            {c[colour]}
            <small> 个</small>
          </div>
        </div>
      ))}
      <div role="listitem" className="db-tile" style={{ borderTopColor: NEUTRAL_STYLE.fill }} aria-label={`未评估 ${c.未评估} 个`}>
        <div className="db-tile-name">
          <ColourSwatch colour={null} /> 未评估/未定稿
        </div>
        <div className="db-tile-count">
          {c.未评估}
          <small> 个</small>
        </div>
        {data.draftCount > 0 ? <div className="muted" style={{ fontSize: 12 }}>其中草稿 {data.draftCount} 份</div> : null}
      </div>
    </div>
  )
}
