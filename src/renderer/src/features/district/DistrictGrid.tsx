import { memo } from 'react'
import { Link } from 'react-router-dom'
import type { DistrictBoard, StudioPeriodFigures } from '@shared/domain/district'
import { COLOURS } from '@shared/domain/supervision-index/grading'
import { shortPeriodLabel, periodLabel } from '@shared/domain/period'
import { ColourSwatch } from '../../charts/ColourTag'
import { hoursText } from './district-text'

const SHORT: Record<(typeof COLOURS)[number], string> = { 绿色: '绿', 蓝色: '蓝', 黄色: '黄', 红色: '红' }

function Cell({ f }: { f: StudioPeriodFigures | null }) {
  if (!f) return <td className="district-cell district-cell-empty">未报送</td>
  return (
    <td className="district-cell">
      <div>
        {f.sessions} 次 · {hoursText(f.minutes)}
      </div>
      <div className="muted">覆盖 {f.superviseesCovered} 人</div>
      <div className="district-colours" aria-label={`四色分布 ${COLOURS.map((c) => `${c} ${f.colours[c]}`).join(' ')}`}>
        {COLOURS.map((c) => (
          <span key={c}>
            <ColourSwatch colour={c} size={9} />
            {SHORT[c]}
            {f.colours[c]}
          </span>
        ))}
      </div>
      {f.redProjects.length > 0 ? (
        <ul className="district-red">
          {f.redProjects.map((r) => (
            <li key={r.projectId} title={r.reasons.join('；') || '总分低于黄色线'}>
              {r.name}
              {r.reasons.length > 0 ? <span className="muted">（{r.reasons.map((x) => x.replace(/，.*$/, '')).join('；')}）</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {f.followUps.overdue > 0 ? <div className="district-overdue">逾期跟进 {f.followUps.overdue} 项</div> : null}
    </td>
  )
}

/**
 * 区级看板's grid: one row per studio, one column per period (oldest first), each cell what the
 * studio sent for that period. A plain table: 100 studios × 8 periods must draw in one frame.
 */
export const DistrictGrid = memo(function DistrictGrid({ board, period }: { board: DistrictBoard; period: string | null }) {
  return (
    <div className="district-grid-wrap">
      <table className="district-grid" aria-label="各工作室各期汇总">
        <thead>
          <tr>
            <th scope="col">工作室</th>
            {board.periods.map((p) => (
              <th scope="col" key={p} className={p === period ? 'district-current' : undefined} title={periodLabel(p)}>
                {shortPeriodLabel(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.studios.map((s) => (
            <tr key={s.code}>
              <th scope="row">
                <Link to={`/district/studios/${s.code}${period ? `?period=${period}` : ''}`}>{s.name}</Link>
                <div className="muted">{s.code}</div>
              </th>
              {board.periods.map((p) => (
                <Cell key={p} f={board.cell(s.code, p)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})
