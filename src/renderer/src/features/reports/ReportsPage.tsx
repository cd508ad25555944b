import { useMemo, useState } from 'react'
import { Alert, App, Button, Card, Checkbox, Empty, Input, Radio, Select, Space, Typography } from 'antd'
import { FileWordOutlined } from '@ant-design/icons'
import { Link, useSearchParams } from 'react-router-dom'
import { assessmentThatCounts } from '@shared/domain/supervision-index/assessment-rules'
import { comparePeriods, listPeriods, parsePeriod, periodLabel, periodOf, periodRange, type PeriodKind } from '@shared/domain/period'
import { REPORT_KIND_LABELS, REPORT_KINDS, type ReportKind } from '@shared/reports/content'
import { studio } from '../../platform/bridge'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { PersonSelect } from '../../components/PersonSelect'
import { PeriodKindPicker } from '../../components/PeriodKindPicker'
import {
  assessedProjects,
  defaultReportPeriod,
  DOCX_FILTERS,
  prepareReport,
  renderPreparedReport,
  type PreparedReport,
  type ReportRequest,
} from '../../reports/export-report'
import { describeError } from '../../app/errors'
import { loadReportData, type ReportData } from '../../db/report-data'
import { screen } from '../../app/screen-data'
import { BatchExportCard } from './BatchExportCard'
import { RollupCard } from './RollupCard'
import './reports.css'

const KIND_HINTS: Record<ReportKind, string> = {
  session: '一次督导的完整记录，表格形式，附跟进事项和签名栏，通常一页。',
  project: '一个项目一个评估周期的社工督导指数结果：指标得分、维度雷达图、历次比较、督导与跟进情况、评估意见。',
  studio: '工作室一个季度、半年或年度的督导工作总结：总体情况、督导统计图表、四色分级与排名、逾期跟进事项、下阶段计划。',
  archive: '一名被督导者在一个周期内接受督导的情况：时数、督导记录、议题和由其负责的跟进事项。',
}

/** Periods offered: those with sessions or assessments, up to the current one, newest first. */
function periodChoices(data: ReportData, kind: PeriodKind, today: string, current: string | null): string[] {
  let first = today
  for (const s of data.sessions) if (s.date < first) first = s.date
  for (const a of data.assessments) {
    const p = parsePeriod(a.period)
    if (p) {
      const start = periodRange(a.period).start
      if (start < first) first = start
    }
  }
  const list = listPeriods(first, today, kind)
  const all = new Set(list.slice(-16))
  for (const a of data.assessments) if (parsePeriod(a.period)?.kind === kind) all.add(a.period)
  if (current && parsePeriod(current)?.kind === kind) all.add(current)
  return [...all].sort(comparePeriods).reverse()
}

function PeriodPicker({ data, value, onChange, today, marked }: { data: ReportData; value: string; onChange: (p: string) => void; today: string; marked?: (p: string) => string }) {
  const kind = parsePeriod(value)?.kind ?? 'Q'
  const options = periodChoices(data, kind, today, value).map((p) => ({ value: p, label: `${periodLabel(p)}${marked?.(p) ?? ''}` }))
  return (
    <Space wrap>
      <PeriodKindPicker
        aria-label="周期类型"
        value={kind}
        onChange={(nk) => {
          const choices = periodChoices(data, nk, today, null)
          // The most recent complete period of the new kind, else the current one.
          const end = periodRange(value).end
          onChange(choices.find((p) => periodRange(p).end <= end && periodRange(p).end < today) ?? choices[0] ?? periodOf(today, nk))
        }}
      />
      <Select aria-label="周期" value={value} options={options} onChange={onChange} style={{ width: 220 }} />
    </Space>
  )
}

function Preview({ prepared }: { prepared: PreparedReport }) {
  const p = prepared.preview
  return (
    <section aria-label="报告预览" className="rp-preview">
      <div className="rp-title" data-testid="preview-title">
        {p.title}
      </div>
      {p.subtitle ? <div className="rp-subtitle">{p.subtitle}</div> : null}
      <dl className="rp-figures" aria-label="主要数字">
        {p.figures.map((f) => (
          <div key={f.label} className="rp-figure" data-figure={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <div className="rp-columns">
        <div>
          <h3 className="rp-h3">报告内容</h3>
          <ol className="rp-sections" aria-label="报告内容">
            {p.sections.map((s, i) => (
              <li key={i} className={`rp-level-${s.level}`}>
                {s.text}
              </li>
            ))}
            {p.sections.length === 0 ? <li className="rp-level-1">督导记录表（表格）、跟进事项、签名栏</li> : null}
          </ol>
        </div>
        <div>
          <h3 className="rp-h3">图表</h3>
          {p.charts.length > 0 ? (
            <ul className="rp-charts" aria-label="图表">
              {p.charts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">本报告不含图表。</p>
          )}
        </div>
      </div>
      <p className="muted rp-file">
        文件名：<span data-testid="preview-file">{prepared.fileName}</span>
      </p>
    </section>
  )
}

/**
 * 报告导出's data: the whole studio, read again when any of it changes. The choices on the screen
 * live in the address (?kind=…&period=…) and read nothing again (see screen()).
 */
export const reportsScreen = screen(['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'settings'], () => loadReportData(db))

/** 报告导出: choose a report, its period and its project or person, preview it, export it (or all project reports as a zip). */
export function ReportsPage() {
  const { message } = App.useApp()
  const [search, setSearch] = useSearchParams()
  const today = todayString()
  const data = reportsScreen.useData()
  const [plan, setPlan] = useState('')
  const [exporting, setExporting] = useState(false)

  const kindParam = search.get('kind') as ReportKind | null
  const kind: ReportKind = kindParam && REPORT_KINDS.includes(kindParam) ? kindParam : 'project'
  const id = search.get('id')
  const includeSensitive = search.get('sensitive') === '1'
  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(search)
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k)
      else next.set(k, v)
    }
    setSearch(next, { replace: true })
  }

  const period = useMemo(() => {
    const q = search.get('period')
    if (q && parsePeriod(q)) return q
    return kind === 'archive' ? periodOf(today, 'Y') : defaultReportPeriod(data.assessments, today)
  }, [search, data, kind, today])

  const sessionOptions = useMemo(() => {
    const names = new Map(data.persons.map((p) => [p.id, p.name]))
    return [...data.sessions]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.code.localeCompare(a.code)))
      .map((s) => ({
        value: s.id,
        label: `${s.code}　${s.date}　${s.superviseeIds.map((p) => names.get(p) ?? '').join('、')}${s.sensitive ? '　（敏感）' : ''}`,
      }))
  }, [data])

  const projectOptions = useMemo(() => {
    return data.projects
      .filter((p) => !p.deletedAt)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map((p) => {
        const a = assessmentThatCounts(data.assessments, p.id, period)
        return { value: p.id, label: `${p.name}${a ? (a.status === '草稿' ? '（评估草稿）' : '') : '（本期未评估）'}`, disabled: !a }
      })
  }, [data, period])

  const request: ReportRequest | null = useMemo(() => {
    switch (kind) {
      case 'session':
        return id ? { kind, sessionId: id, includeSensitive } : null
      case 'project':
        return id ? { kind, projectId: id, period } : null
      case 'studio':
        return { kind, period, plan }
      case 'archive':
        return id ? { kind, personId: id, period } : null
    }
  }, [kind, id, period, includeSensitive, plan])

  const prepared = useMemo((): { ok: PreparedReport } | { error: string } | null => {
    if (!request) return null
    try {
      return { ok: prepareReport(data, request, today) }
    } catch (e) {
      return { error: describeError(e, 'export') }
    }
  }, [data, request, today])

  const selectedSession = kind === 'session' && id ? data.sessions.find((s) => s.id === id) : undefined

  const exportOne = async () => {
    if (!prepared || !('ok' in prepared)) return
    setExporting(true)
    try {
      const rendered = await renderPreparedReport(prepared.ok, { fontSet: data.prefs.reportFonts })
      const result = await studio().saveFile({ suggestedName: rendered.fileName, data: rendered.bytes, filters: DOCX_FILTERS })
      if (result.saved) message.success(`已导出：${rendered.fileName}`)
      if (rendered.chartErrors.length > 0) message.warning(`以下图表未能生成，报告中已略去：${rendered.chartErrors.join('、')}`)
    } catch (e) {
      message.error(describeError(e, 'export'))
    } finally {
      setExporting(false)
    }
  }

  const setKind = (k: ReportKind) => {
    const keepPeriod = k !== 'session' && kind !== 'session' && k !== 'archive' && kind !== 'archive'
    update({ kind: k, id: null, sensitive: null, period: keepPeriod ? search.get('period') : null })
  }

  return (
    <section aria-labelledby="reports-title">
      <div className="toolbar">
        <h1 className="page-title" id="reports-title" style={{ margin: 0 }}>
          报告导出
        </h1>
      </div>
      <div className="rp-layout">
        <Card title="选择报告" className="rp-choose">
          <Radio.Group
            aria-label="报告类型"
            optionType="button"
            buttonStyle="solid"
            value={kind}
            onChange={(e) => setKind(e.target.value as ReportKind)}
            options={REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {KIND_HINTS[kind]}
          </Typography.Paragraph>

          <div className="rp-fields">
            {kind === 'session' ? (
              <>
                <label className="rp-label" htmlFor="rp-session">
                  督导记录
                </label>
                <Select
                  id="rp-session"
                  aria-label="督导记录"
                  showSearch={{ filterOption: (input, option) => String(option?.label ?? '').includes(input.trim()) }}
                  placeholder="输入编号、日期或被督导者姓名"
                  value={id ?? undefined}
                  options={sessionOptions}
                  onChange={(v: string) => update({ id: v, sensitive: null })}
                  style={{ width: '100%' }}
                />
                {selectedSession?.sensitive ? (
                  <Checkbox checked={includeSensitive} onChange={(e) => update({ sensitive: e.target.checked ? '1' : null })}>
                    包含敏感内容（本记录标记为敏感，默认不导出文字内容）
                  </Checkbox>
                ) : null}
              </>
            ) : null}

            {kind !== 'session' ? (
              <>
                <span className="rp-label">{kind === 'archive' ? '档案期间' : kind === 'studio' ? '总结周期' : '评估周期'}</span>
                <PeriodPicker
                  data={data}
                  value={period}
                  today={today}
                  onChange={(p) => update({ period: p })}
                  marked={kind === 'project' ? (p) => (assessedProjects(data, p).length > 0 ? '' : '（无评估）') : undefined}
                />
              </>
            ) : null}

            {kind === 'project' ? (
              <>
                <label className="rp-label" htmlFor="rp-project">
                  项目
                </label>
                <Select
                  id="rp-project"
                  aria-label="项目"
                  showSearch={{ filterOption: (input, option) => String(option?.label ?? '').includes(input.trim()) }}
                  placeholder="选择本期已评估的项目"
                  value={id ?? undefined}
                  options={projectOptions}
                  onChange={(v: string) => update({ id: v })}
                  style={{ width: '100%' }}
                />
              </>
            ) : null}

            {kind === 'archive' ? (
              <>
                <label className="rp-label" htmlFor="rp-person">
                  被督导者
                </label>
                <PersonSelect id="rp-person" aria-label="被督导者" placeholder="输入姓名或拼音首字母" value={id ?? undefined} onChange={(v) => update({ id: String(v) })} style={{ width: '100%' }} />
              </>
            ) : null}

            {kind === 'studio' ? (
              <>
                <label className="rp-label" htmlFor="rp-plan">
                  下阶段计划（可选）
                </label>
                <Input.TextArea
                  id="rp-plan"
                  aria-label="下阶段计划"
                  rows={4}
                  value={plan}
                  onChange={(e) => setPlan(e.target.value)}
                  placeholder="每行一条。留空则根据本期数据生成（重点督导红色预警项目、落实逾期跟进事项等）。"
                />
              </>
            ) : null}
          </div>

          <Space style={{ marginTop: 16 }} wrap>
            <Button type="primary" size="large" icon={<FileWordOutlined />} disabled={!prepared || !('ok' in prepared)} loading={exporting} onClick={() => void exportOne()}>
              导出 Word
            </Button>
            <span className="muted">
              字体：{data.prefs.reportFonts === 'official' ? '公文字体' : 'Windows 常用字体'}（在<Link to="/settings">设置 → 报告字体</Link>中更改）
            </span>
          </Space>
        </Card>

        <Card title="预览" className="rp-preview-card">
          {!prepared ? (
            <Empty description={kind === 'session' ? '请选择督导记录' : kind === 'project' ? '请选择项目' : '请选择被督导者'} />
          ) : 'error' in prepared ? (
            <Alert type="warning" showIcon message={prepared.error} />
          ) : (
            <Preview prepared={prepared.ok} />
          )}
        </Card>
      </div>

      {kind !== 'session' ? <BatchExportCard data={data} period={period} today={today} projectBatch={kind === 'project'} /> : null}
      {kind === 'studio' ? <RollupCard data={data} period={period} today={today} /> : null}
    </section>
  )
}
