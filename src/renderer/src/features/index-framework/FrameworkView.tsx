import { Card, Descriptions, Table, Tag } from 'antd'
import type { Dimension, IndexFramework, Indicator } from '@shared/model'
import { formatHundredths, weightHundredths, weightsTotalHundredths } from '@shared/domain/supervision-index/scoring'
import { ColourTag } from '../../charts/ColourTag'
import { DATA_SOURCE_LABELS, LEVELS_DESC, ratingText } from './labels'

/** The rubric of one indicator, level 5 down to 0. */
export function RubricList({ indicator, highlight }: { indicator: Indicator; highlight?: number | null }) {
  return (
    <ol className="rubric" aria-label={`${indicator.code} 评分标准`}>
      {LEVELS_DESC.map((level) => (
        <li key={level} className={highlight === level ? 'rubric-selected' : undefined}>
          <span className="rubric-level">{ratingText(level)}</span>
          <span>{indicator.rubric[level] || '—'}</span>
        </li>
      ))}
    </ol>
  )
}

/** Read-only view of a framework version: thresholds, dimensions, indicators, weights, rubrics, data sources. */
export function FrameworkView({ framework }: { framework: IndexFramework }) {
  const t = framework.thresholds
  return (
    <>
      <Card title="分级阈值（四色分级）" size="small" style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
          <span><ColourTag colour="绿色" /> 总分 ≥ {t.green}</span>
          <span><ColourTag colour="蓝色" /> {t.blue} ≤ 总分 &lt; {t.green}</span>
          <span><ColourTag colour="黄色" /> {t.yellow} ≤ 总分 &lt; {t.blue}</span>
          <span><ColourTag colour="红色" /> 总分 &lt; {t.yellow}</span>
        </div>
        <p className="muted" style={{ margin: '8px 0 0' }}>
          总分按一位小数比较。跟进事项逾期超过设置天数（默认 30 天）时颜色降一级；记录一票否决事件时为红色。
        </p>
      </Card>
      {framework.dimensions.map((d) => (
        <DimensionTable key={d.code} dimension={d} />
      ))}
    </>
  )
}

function DimensionTable({ dimension }: { dimension: Dimension }) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <span>
          {dimension.code} {dimension.name}
          <span className="muted" style={{ fontWeight: 400, marginLeft: 8 }}>
            权重 {formatHundredths(weightsTotalHundredths([dimension]))}
          </span>
        </span>
      }
    >
      <Table<Indicator>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={dimension.indicators}
        aria-label={`${dimension.code} ${dimension.name} 指标`}
        columns={[
          { title: '编号', dataIndex: 'code', width: 60 },
          {
            title: '指标',
            dataIndex: 'name',
            width: 220,
            render: (_, i) => (
              <div>
                <strong>{i.name}</strong>
                {i.description ? <div className="muted" style={{ fontSize: 12 }}>{i.description}</div> : null}
                {i.dataSource ? (
                  <div style={{ marginTop: 4 }}>
                    <Tag color="geekblue">数据来源</Tag>
                    <span style={{ fontSize: 12 }}>{DATA_SOURCE_LABELS[i.dataSource]}</span>
                  </div>
                ) : null}
              </div>
            ),
          },
          { title: '权重', dataIndex: 'weight', width: 60, render: (w: number) => formatHundredths(weightHundredths(w)) },
          { title: '评分标准', key: 'rubric', render: (_, i) => <RubricList indicator={i} /> },
        ]}
      />
    </Card>
  )
}

export function FrameworkMeta({ framework }: { framework: IndexFramework }) {
  return (
    <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="版本">v{framework.version}</Descriptions.Item>
      <Descriptions.Item label="维度">{framework.dimensions.length} 个</Descriptions.Item>
      <Descriptions.Item label="指标">{framework.dimensions.reduce((s, d) => s + d.indicators.length, 0)} 个</Descriptions.Item>
    </Descriptions>
  )
}
