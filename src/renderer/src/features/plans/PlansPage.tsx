import { useMemo, useState } from 'react'
import { App, Button, Card, Checkbox, Empty, InputNumber, Select, Space, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { isPeriodCode, parsePeriod, periodLabel, periodOf, periodsEndingWith, type PeriodKind } from '@shared/domain/period'
import { agreementStatusOn, completionBySupervisor, type PlanVsDone } from '@shared/domain/plans/plan-vs-done'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import type { SupervisionAgreement } from '@shared/model'
import { formatDateRange } from '@shared/text/format'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { planRows } from '../../db/plan-figures'
import { getPreferences, updatePreferences } from '../../db/settings'
import { describeError } from '../../app/errors'
import { screen } from '../../app/screen-data'
import { PeriodKindPicker } from '../../components/PeriodKindPicker'
import { PLAN_FIGURE_COLUMNS } from './plan-columns'

const periodFrom = (search: URLSearchParams, today: string) => {
  const p = search.get('period')
  return p && isPeriodCode(p) ? p : periodOf(today, 'Q')
}

/** 督导计划执行: plan vs done of a period (?period=), and the agreements. */
export const plansScreen = screen(
  ['agreements', 'sessions', 'persons', 'settings'],
  async ({ request }) => {
    const today = todayString()
    const period = periodFrom(new URL(request.url).searchParams, today)
    const [rows, prefs] = await Promise.all([planRows(db, period, today), getPreferences(db)])
    return { period, today, noSessionDays: prefs.noSessionDays, ...rows }
  },
  { readsSearch: true },
)

export function PlansPage() {
  const navigate = useNavigate()
  const [, setSearch] = useSearchParams()
  const { period, today, rows, agreements, names, noSessionDays } = plansScreen.useData()
  const { message } = App.useApp()
  const saveDays = async (typed: number | null) => {
    if (typed === null) return
    // As the box shows it: whole days from a week to a year.
    const days = Math.min(365, Math.max(7, Math.round(typed)))
    if (days === noSessionDays) return
    try {
      await updatePreferences(db, { noSessionDays: days })
      message.success(`已设置：超过 ${days} 天没有督导记录的被督导者列入工作台“待督导”`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }
  const [supervisor, setSupervisor] = useState<string | null>(null)
  const [behindOnly, setBehindOnly] = useState(false)
  const kind = parsePeriod(period)!.kind
  const byId = useMemo(() => new Map(agreements.map((a) => [a.id, a])), [agreements])
  const name = (id: string) => names.get(id) ?? '—'
  const supervisors = [...new Set(agreements.flatMap((a) => a.supervisorIds))].map((id) => ({ value: id, label: name(id) }))
  const shown = rows.filter((r) => (!supervisor || byId.get(r.agreementId)?.supervisorIds.includes(supervisor)) && (!behindOnly || r.behind))
  const bySupervisor = completionBySupervisor(rows, agreements)
  const setPeriod = (p: string) => setSearch({ period: p })

  return (
    <section aria-labelledby="plans-title">
      <div className="toolbar">
        <h1 className="page-title" id="plans-title" style={{ margin: 0 }}>
          督导计划执行
        </h1>
        <span className="spacer" />
        <span className="muted">久未督导提醒</span>
        <InputNumber
          aria-label="久未督导天数"
          key={noSessionDays}
          defaultValue={noSessionDays}
          min={7}
          max={365}
          precision={0}
          addonAfter="天"
          style={{ width: 120, marginRight: 12 }}
          onBlur={(e) => void saveDays(Number(e.target.value) || null)}
          onPressEnter={(e) => void saveDays(Number((e.target as HTMLInputElement).value) || null)}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/plans/agreements/new')}>
          新建督导协议
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodKindPicker aria-label="周期类型" value={kind} onChange={(k: PeriodKind) => setPeriod(periodOf(today, k))} />
        <Select
          aria-label="周期"
          value={period}
          style={{ width: 170 }}
          options={periodsEndingWith(periodOf(today, kind), 8).reverse().map((p) => ({ value: p, label: periodLabel(p) }))}
          onChange={setPeriod}
        />
        <Select aria-label="督导者" allowClear placeholder="全部督导者" style={{ width: 160 }} value={supervisor} options={supervisors} onChange={(v) => setSupervisor(v ?? null)} />
        <Checkbox checked={behindOnly} onChange={(e) => setBehindOnly(e.target.checked)}>
          只看低于计划
        </Checkbox>
        <span className="muted">
          按计划完成率：
          {bySupervisor.length === 0
            ? '—'
            : bySupervisor.map((s) => `${name(s.supervisorId)} ${s.completionTenths === null ? '—' : `${formatTenths(s.completionTenths)}%`}`).join('，')}
        </span>
      </Space>
      <Card size="small" title={`${periodLabel(period)} · 计划与完成`} style={{ marginBottom: 16 }}>
        <Table<PlanVsDone>
          rowKey={(r) => `${r.agreementId}:${r.superviseeId}`}
          size="small"
          aria-label="督导计划执行"
          dataSource={shown}
          pagination={shown.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={rows.length === 0 ? '本期没有生效的督导协议' : '没有符合条件的记录'} /> }}
          columns={[
            { title: '被督导者', key: 'who', render: (_, r) => <Link to={`/persons/${r.superviseeId}`}>{name(r.superviseeId)}</Link> },
            { title: '督导者', key: 'sup', render: (_, r) => (byId.get(r.agreementId)?.supervisorIds ?? []).map(name).join('、') },
            ...PLAN_FIGURE_COLUMNS,
            { title: '协议', key: 'a', width: 70, render: (_, r) => <Link to={`/plans/agreements/${r.agreementId}`}>查看</Link> },
          ]}
        />
      </Card>
      <Card size="small" title={`督导协议（${agreements.length} 份）`}>
        <Table<SupervisionAgreement>
          rowKey="id"
          size="small"
          aria-label="督导协议"
          dataSource={agreements}
          pagination={agreements.length > 20 ? { pageSize: 20 } : false}
          columns={[
            { title: '协议', key: 'title', render: (_, a) => <Link to={`/plans/agreements/${a.id}`}>{a.title || `${a.superviseeIds.map(name).join('、')}的督导协议`}</Link> },
            { title: '督导者', key: 'sup', render: (_, a) => a.supervisorIds.map(name).join('、') },
            { title: '被督导者', key: 'who', render: (_, a) => a.superviseeIds.map(name).join('、') },
            { title: '期限', key: 'term', render: (_, a) => formatDateRange(a.startDate, a.endDate) },
            { title: '状态', key: 'status', width: 80, render: (_, a) => <Tag>{agreementStatusOn(a, today)}</Tag> },
          ]}
        />
      </Card>
    </section>
  )
}
