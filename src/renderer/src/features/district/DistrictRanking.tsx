import { useMemo, useState } from 'react'
import { Card, Select } from 'antd'
import { RANKING_MEASURE_LABELS, RANKING_MEASURES, rankStudios, type RankingMeasure, type StudioPeriodFigures } from '@shared/domain/district'
import { measureText } from './district-text'

/** 排名: the studios of the period by a chosen figure, a bar each against the first. */
export function DistrictRanking({ figures, period }: { figures: readonly StudioPeriodFigures[]; period: string }) {
  const [measure, setMeasure] = useState<RankingMeasure>('minutes')
  const ranked = useMemo(() => rankStudios(figures, measure), [figures, measure])
  const top = ranked[0]?.value ?? 0
  return (
    <Card title="排名" size="small" className="district-card">
      <div className="district-card-tools">
        <Select
          aria-label="排名依据"
          size="small"
          style={{ minWidth: 150 }}
          options={RANKING_MEASURES.map((m) => ({ value: m, label: `按${RANKING_MEASURE_LABELS[m]}` }))}
          value={measure}
          onChange={(m) => setMeasure(m)}
        />
      </div>
      <ol className="district-ranking" aria-label={`按${RANKING_MEASURE_LABELS[measure]}排名`}>
        {ranked.map((r) => (
          <li key={r.figures.studioCode}>
            <span className="district-rank">{r.rank ?? '—'}</span>
            {/* A plain link: a router Link per studio costs more than the whole row (100 of them). */}
            <a className="district-rank-name" href={`#/district/studios/${r.figures.studioCode}?period=${period}`}>
              {r.figures.studioName}
            </a>
            <span className="district-rank-bar" aria-hidden>
              <span style={{ width: `${top > 0 && r.value !== null ? Math.max(2, (r.value / top) * 100) : 0}%` }} />
            </span>
            <span className="district-rank-value">{measureText(measure, r.value)}</span>
          </li>
        ))}
      </ol>
    </Card>
  )
}
