import { Alert } from 'antd'
import type { DimensionScore } from '@shared/domain/supervision-index/scoring'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import type { Colour } from '@shared/domain/supervision-index/grading'
import type { DropReason } from '@shared/model'
import { ColourTag } from '../../charts/ColourTag'

export interface ScoreSummaryProps {
  totalTenths: number
  maxTenths: number
  colour: Colour
  grade: string
  /** Colour of the total alone (to say "原为…" when dropped). */
  reasons: readonly DropReason[]
  dimensions: readonly DimensionScore[]
  /** Unrated indicator codes (drafts). */
  missing: readonly string[]
  final: boolean
  overdueCount: number
  longestOverdue: number
  overdueDropDays: number
}

/** Total, colour and dimension scores, updated live while a draft is edited. */
export function ScoreSummary(p: ScoreSummaryProps) {
  return (
    <div className="as-summary" aria-label="评分结果" role="region">
      <div className="as-total-label">{p.final ? '总分（已定稿）' : p.missing.length > 0 ? '当前合计（未评分的按 0 计）' : '总分'}</div>
      <div className="as-total" aria-label="总分">
        <strong>{formatTenths(p.totalTenths)}</strong>
        <span className="muted"> / {formatTenths(p.maxTenths)}</span>
      </div>
      <div style={{ margin: '6px 0 10px' }} aria-label="颜色等级">
        {p.final || p.missing.length === 0 ? (
          <>
            <ColourTag colour={p.colour} grade={p.grade} large />
            {!p.final ? <span className="muted" style={{ marginLeft: 8, fontSize: 12 }}>定稿时固定</span> : null}
          </>
        ) : (
          <ColourTag colour={null} empty="全部评分后确定颜色" large />
        )}
      </div>
      {p.reasons.length > 0 && (p.final || p.missing.length === 0) ? (
        <Alert type="warning" showIcon style={{ marginBottom: 10, padding: '6px 10px' }} message={<ul className="as-reasons">{p.reasons.map((r) => <li key={r.text}>{r.text}</li>)}</ul>} />
      ) : null}
      <table className="as-dims" aria-label="维度得分">
        <thead>
          <tr>
            <th>维度</th>
            <th>得分</th>
            <th>得分率</th>
          </tr>
        </thead>
        <tbody>
          {p.dimensions.map((d) => (
            <tr key={d.code}>
              <td>
                {d.code} {d.name}
              </td>
              <td>
                {formatTenths(d.scoreTenths)} / {formatTenths(d.maxTenths)}
              </td>
              <td>
                <span className="as-bar" aria-hidden>
                  <span style={{ width: `${Math.min(100, (d.percentTenths ?? 0) / 10)}%` }} />
                </span>
                {d.percentText}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.missing.length > 0 ? (
        <p className="as-missing">
          尚有 {p.missing.length} 项指标未评分：{p.missing.join('、')}
        </p>
      ) : null}
      {!p.final && p.overdueCount > 0 ? (
        <p className="muted" style={{ fontSize: 12, margin: '8px 0 0' }}>
          评估日期时本项目有 {p.overdueCount} 项跟进事项逾期（最长 {p.longestOverdue} 天）；逾期超过 {p.overdueDropDays} 天时颜色降一级。
        </p>
      ) : null}
    </div>
  )
}
