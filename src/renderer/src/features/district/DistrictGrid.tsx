import { memo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { DistrictBoard, StudioPeriodFigures } from '@shared/domain/district'
import { COLOURS } from '@shared/domain/supervision-index/grading'
import { shortPeriodLabel, periodLabel } from '@shared/domain/period'
import { hoursText } from './district-text'

const SHORT: Record<(typeof COLOURS)[number], string> = { 绿色: '绿', 蓝色: '蓝', 黄色: '黄', 红色: '红' }

function Cell({ f }: { f: StudioPeriodFigures | null }) {
  if (!f) return <td className="district-cell district-cell-empty">未报送</td>
  return (
    <td className="district-cell">
      <div className="district-cell-inner">
        <div>
          {f.sessions} 次 · {hoursText(f.minutes)}
        </div>
        <div className="muted">覆盖 {f.superviseesCovered} 人</div>
        <div className="district-colours" aria-label={`四色分布 ${COLOURS.map((c) => `${c} ${f.colours[c]}`).join(' ')}`}>
          {COLOURS.map((c) => `${SHORT[c]}${f.colours[c]}`).join(' ')}
        </div>
        {f.redProjects.length > 0 ? (
          <ul className="district-red">
            {f.redProjects.slice(0, RED_SHOWN).map((r) => (
              <li key={r.projectId} title={`${r.name}：${r.reasons.join('；') || '总分低于黄色线'}`}>
                {r.name}
                <span className="muted">（{r.reasons.length > 0 ? r.reasons.map((x) => x.replace(/，.*$/, '')).join('；') : '总分低于黄色线'}）</span>
              </li>
            ))}
            {f.redProjects.length > RED_SHOWN ? <li className="muted">另 {f.redProjects.length - RED_SHOWN} 个红色项目，点工作室名称查看</li> : null}
          </ul>
        ) : null}
        {f.followUps.overdue > 0 ? <div className="district-overdue">逾期跟进 {f.followUps.overdue} 项</div> : null}
      </div>
    </td>
  )
}

/** Rows drawn beyond those in view, so a quick scroll does not show blanks. */
const OVERSCAN = 4
/**
 * Every row is this high (district.css: .district-grid tbody tr), red projects cut to RED_SHOWN
 * names: rows of one height are placed without measuring each (a measure forced a layout of the
 * whole page per row on opening).
 */
const ROW_HEIGHT = 132
const RED_SHOWN = 2
const BOX_HEIGHT = 560

/**
 * 区级看板's grid: one row per studio, one column per period (oldest first), each cell what the
 * studio sent for that period. A plain table whose rows are drawn as they scroll into view (100
 * studios × 8 periods are about 10,000 elements; the box shows six rows), each row measured as
 * drawn since red projects make some taller.
 */
export const DistrictGrid = memo(function DistrictGrid({ board, period }: { board: DistrictBoard; period: string | null }) {
  const box = useRef<HTMLDivElement>(null)
  const rows = useVirtualizer({
    count: board.studios.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // Rows in the first frame, before the box is measured.
    initialRect: { width: 1200, height: BOX_HEIGHT },
    getItemKey: (i) => board.studios[i]!.code,
  })
  const items = rows.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = rows.getTotalSize() - (items.at(-1)?.end ?? 0)
  const span = board.periods.length + 1
  return (
    <div className="district-grid-wrap" ref={box} style={{ maxHeight: BOX_HEIGHT }}>
      <table className="district-grid" aria-label="各工作室各期汇总" aria-rowcount={board.studios.length + 1}>
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
          {before > 0 ? <tr aria-hidden style={{ height: before }}><td colSpan={span} /></tr> : null}
          {items.map((item) => {
            const s = board.studios[item.index]!
            return (
              <tr key={item.key} data-index={item.index} aria-rowindex={item.index + 2}>
                <th scope="row">
                  <a href={`#/district/studios/${s.code}${period ? `?period=${period}` : ''}`}>{s.name}</a>
                  <div className="muted">{s.code}</div>
                </th>
                {board.periods.map((p) => (
                  <Cell key={p} f={board.cell(s.code, p)} />
                ))}
              </tr>
            )
          })}
          {after > 0 ? <tr aria-hidden style={{ height: after }}><td colSpan={span} /></tr> : null}
        </tbody>
      </table>
    </div>
  )
})
