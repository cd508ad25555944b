import { useMemo, useState } from 'react'
import { Card, Segmented, Select } from 'antd'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { studioTrend, type DistrictBoard, type TrendPoint } from '@shared/domain/district'
import { shortPeriodLabel } from '@shared/domain/period'
import { plainTick } from '../../charts/svg-text'
import { useWidth } from '../../charts/use-width'

type Metric = 'hours' | 'sessions' | 'superviseesCovered' | 'meanTotal' | 'overdue'
const METRICS: { value: Metric; label: string; unit: string }[] = [
  { value: 'hours', label: '督导时数', unit: '小时' },
  { value: 'sessions', label: '督导次数', unit: '次' },
  { value: 'superviseesCovered', label: '覆盖被督导者', unit: '人' },
  { value: 'meanTotal', label: '平均指数', unit: '分' },
  { value: 'overdue', label: '逾期跟进', unit: '项' },
]

const valueOf = (p: TrendPoint, m: Metric): number | null => {
  switch (m) {
    case 'hours':
      return p.minutes === null ? null : Math.round(p.minutes / 6) / 10
    case 'meanTotal':
      return p.meanTotalTenths === null ? null : p.meanTotalTenths / 10
    case 'overdue':
      return p.overdue
    default:
      return p[m]
  }
}

/** Line styles that stay apart in greyscale too: a colour and a dash pattern each. */
const LINES = [
  { stroke: '#1f6f5c', dash: undefined },
  { stroke: '#2f6fb0', dash: '6 3' },
  { stroke: '#c23a32', dash: '2 3' },
  { stroke: '#8a6700', dash: '10 4 2 4' },
  { stroke: '#5f6a66', dash: '1 5' },
]
const X_TICK = plainTick({ anchor: 'middle', dy: 14, fill: '#1f2522' })
const Y_TICK = plainTick({ anchor: 'end', dx: -4, dy: 4, fontSize: 11 })

/** 趋势: a chosen figure over the periods, one line per chosen studio (up to five). */
export function DistrictTrend({ board, initial, fixed = false }: { board: DistrictBoard; initial: string[]; fixed?: boolean }) {
  const [metric, setMetric] = useState<Metric>('hours')
  const [chosen, setChosen] = useState<string[]>(initial)
  const [ref, width] = useWidth<HTMLDivElement>()
  const names = useMemo(() => new Map(board.studios.map((s) => [s.code, s.name])), [board])
  const shown = chosen.filter((c) => names.has(c)).slice(0, LINES.length)
  const data = useMemo(() => {
    const trends = shown.map((code) => studioTrend(board, code))
    return board.periods.map((period, i) => {
      const row: Record<string, string | number | null> = { period: shortPeriodLabel(period) }
      shown.forEach((code, k) => (row[code] = valueOf(trends[k]![i]!, metric)))
      return row
    })
  }, [board, shown, metric])
  const unit = METRICS.find((m) => m.value === metric)!.unit
  return (
    <Card title="趋势" size="small" className="district-card">
      <div className="district-card-tools">
        <Segmented aria-label="趋势指标" size="small" options={METRICS.map(({ value, label }) => ({ value, label }))} value={metric} onChange={(m) => setMetric(m)} />
        {fixed ? null : (
          <Select
            aria-label="趋势工作室"
            mode="multiple"
            size="small"
            style={{ minWidth: 260, flex: 1 }}
            maxCount={LINES.length}
            value={shown}
            onChange={setChosen}
            options={board.studios.map((s) => ({ value: s.code, label: s.name }))}
            optionFilterProp="label"
            placeholder="选择工作室（最多 5 个）"
          />
        )}
      </div>
      <div ref={ref} className="district-trend" aria-label={`趋势图：${METRICS.find((m) => m.value === metric)!.label}（${unit}）`} role="img">
        {width && shown.length > 0 ? (
          <LineChart data={data} width={width} height={260} margin={{ top: 12, right: 24, bottom: 4, left: 0 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="2 4" stroke="#d5dbd8" />
            <XAxis dataKey="period" tick={X_TICK} interval={0} padding={{ left: 12, right: 12 }} />
            <YAxis tick={Y_TICK} width={44} allowDecimals={metric === 'hours' || metric === 'meanTotal'} />
            <Tooltip formatter={(v) => `${v} ${unit}`} />
            <Legend />
            {shown.map((code, k) => (
              <Line key={code} type="linear" dataKey={code} name={names.get(code)} stroke={LINES[k]!.stroke} strokeDasharray={LINES[k]!.dash} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : null}
      </div>
    </Card>
  )
}
