import { memo, useMemo } from 'react'
import { Card, Empty } from 'antd'
import { rankingForChart, type DashboardData } from '@shared/domain/dashboard'
import type { Thresholds } from '@shared/model'
import { RankingBars } from '../../charts/RankingBars'

/** 指数排名 under the cards: the first and last places when there are many projects. */
export const RankingCard = memo(function RankingCard({ data, thresholds, onSelect }: { data: DashboardData; thresholds: Thresholds | undefined; onSelect: (id: string) => void }) {
  const chart = useMemo(() => rankingForChart(data.ranking), [data.ranking])
  return (
    <Card size="small" className="db-ranking" title={`指数排名（${data.periodLabel}，已定稿 ${data.ranking.length} 个）`} style={{ marginTop: 16 }}>
      {chart.omitted > 0 ? (
        <p className="muted" style={{ margin: '0 0 4px' }}>
          项目较多，图中显示前 {chart.shown / 2} 名和后 {chart.shown / 2} 名；全部名次见上方项目卡片（按名次排列）。
        </p>
      ) : null}
      {data.ranking.length > 0 ? (
        <RankingBars bars={chart.bars} thresholds={thresholds} onSelect={onSelect} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期尚无定稿的评估" />
      )}
    </Card>
  )
})
