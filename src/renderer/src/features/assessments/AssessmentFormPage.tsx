import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Segmented, Select, Space, Spin, Switch, Tag } from 'antd'
import dayjs from 'dayjs'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  assessmentInputSchema,
  fieldErrors,
  VETO_TYPES,
  type Assessment,
  type AssessmentForm,
  type DataSource,
  type IndexFramework,
  type Suggestion,
} from '@shared/model'
import { defaultAssessmentPeriod, gradeAssessment } from '@shared/domain/dashboard'
import { computeScores, formatTenths } from '@shared/domain/index/scoring'
import { gradeText } from '@shared/domain/index/grading'
import {
  listPeriods,
  PERIOD_KIND_LABELS,
  periodLabel,
  periodOf,
  periodRange,
  type PeriodKind,
} from '@shared/domain/period'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { assessmentDraftKey, getDraft } from '../../db/drafts'
import { ensureDefaultFramework } from '../../db/frameworks'
import { getPreferences, getStudioInfo } from '../../db/settings'
import {
  AssessmentLockedError,
  assessmentErrors,
  basisRequirement,
  DuplicateAssessmentError,
  finalizeAssessment,
  findAssessment,
  frameworkIndicators,
  loadAssessment,
  loadAssessmentContext,
  saveAssessment,
  toAssessmentForm,
  unfinalizeAssessment,
} from '../../db/assessments'
import { describeError } from '../../app/errors'
import { clearErrorsOnChange, isValidationError, showFieldErrors } from '../../components/form-errors'
import { ProjectSelect } from '../../components/ProjectSelect'
import { toOptions } from '../../components/options'
import { useDraftAutosave } from '../../components/use-draft-autosave'
import { useRecordLoadGuard } from '../../components/use-record-load-guard'
import { useLeaveGuard } from '../../components/use-leave-guard'
import { UndoFinalizeModal } from '../../components/UndoFinalizeModal'
import { IndicatorBlock } from './IndicatorBlock'
import { ScoreSummary } from './ScoreSummary'
import {
  draftToValues,
  emptyValues,
  formToValues,
  valuesToDraft,
  valuesToForm,
  type AssessmentFormValues,
} from './assessment-form-values'
import '../index-framework/index-ui.css'
import './assessments.css'

const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD']
const KIND_OPTIONS = (['Q', 'H', 'Y'] as const).map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))

/** 项目评估: new (`/assessments/new?project=&period=`), a draft, or read-only once 已定稿. */
export function AssessmentFormPage() {
  const { id: routeId } = useParams()
  const recordId = routeId && routeId !== 'new' ? routeId : null
  const [search] = useSearchParams()
  const qProject = search.get('project')
  const qPeriod = search.get('period')
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<AssessmentFormValues>()
  const [record, setRecord] = useState<Assessment | null>(null)
  const [framework, setFramework] = useState<IndexFramework | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [missing, setMissing] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [undoOpen, setUndoOpen] = useState(false)
  const savingRef = useRef(false)
  const loadGuard = useRecordLoadGuard()
  const today = todayString()
  const locked = record?.status === '已定稿'
  const prefs = useLiveQuery(() => getPreferences(db), [])

  const autosave = useDraftAutosave({
    key: assessmentDraftKey(recordId),
    kind: 'assessment',
    recordId,
    enabled: loaded && !locked && framework !== null,
    read: () => valuesToDraft(form.getFieldsValue(true) as AssessmentFormValues),
  })

  // Load the record (or start a new one), then offer an unsaved draft back.
  useEffect(() => {
    const token = loadGuard.begin(recordId ?? null)
    if (token === null) return
    let cancelled = false
    savingRef.current = false
    setLoaded(false)
    setDirty(false)
    setMissing(false)
    void (async () => {
      let values: AssessmentFormValues
      let stored: Assessment | null = null
      let fw: IndexFramework | undefined
      if (recordId) {
        const a = await loadAssessment(db, recordId)
        fw = a ? await db.frameworks.get(a.frameworkId) : undefined
        if (!a || a.deletedAt || !fw) {
          if (!cancelled) {
            setMissing(true)
            setLoaded(true)
          }
          return
        }
        stored = a
        values = formToValues(toAssessmentForm(a), fw)
      } else {
        if (qProject && qPeriod) {
          const existing = await findAssessment(db, qProject, qPeriod)
          if (existing && !cancelled) {
            navigate(`/assessments/${existing.id}`, { replace: true })
            return
          }
        }
        fw = await ensureDefaultFramework(db)
        const [p, studio] = await Promise.all([getPreferences(db), getStudioInfo(db)])
        const period = qPeriod ?? defaultAssessmentPeriod(today)
        values = emptyValues(fw, today, {
          projectId: qProject,
          period,
          periodKind: (period.match(/[QHY]/)?.[0] as PeriodKind) ?? 'Q',
          assessor: p.operatorName || studio.lead || '',
        })
      }
      const draft = stored?.status === '已定稿' ? undefined : await getDraft(db, assessmentDraftKey(recordId))
      if (cancelled) return
      if (loadGuard.overtaken(token)) {
        setLoaded(true)
        return
      }
      setRecord(stored)
      setFramework(fw)
      form.resetFields()
      form.setFieldsValue(values)
      if (draft && JSON.stringify(draft.data) !== JSON.stringify(valuesToDraft(values))) {
        modal.confirm({
          title: '发现未保存的草稿，是否恢复？',
          content: `草稿保存于 ${new Date(draft.updatedAt).toLocaleString('zh-CN')}。`,
          okText: '恢复草稿',
          cancelText: '丢弃草稿',
          onOk: async () => {
            const data = draft.data as { frameworkId?: string }
            const dfw = data.frameworkId && data.frameworkId !== fw!.id ? await db.frameworks.get(data.frameworkId) : fw
            const useFw = dfw && !dfw.deletedAt ? dfw : fw!
            setFramework(useFw)
            form.setFieldsValue({ ...draftToValues(draft.data, useFw), frameworkId: useFw.id })
            setDirty(true)
          },
          onCancel: () => void autosave.discard(),
        })
      }
      setLoaded(true)
    })()
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recordId, qProject, qPeriod])

  useLeaveGuard({ dirty, saving: savingRef, autosave, what: '这份评估' })

  // --- live values
  const projectId = Form.useWatch('projectId', form) as string | null | undefined
  const period = Form.useWatch('period', form) as string | null | undefined
  const periodKind = (Form.useWatch('periodKind', form) as PeriodKind | undefined) ?? 'Q'
  const assessDate = Form.useWatch('assessDate', form) as dayjs.Dayjs | null | undefined
  const items = Form.useWatch('items', form) as AssessmentFormValues['items'] | undefined
  const vetoOn = Form.useWatch('vetoOn', form) as boolean | undefined
  const veto = Form.useWatch('veto', form) as AssessmentFormValues['veto'] | undefined
  const dateStr = assessDate && assessDate.isValid() ? assessDate.format('YYYY-MM-DD') : ''

  const project = useLiveQuery(() => (projectId ? db.projects.get(projectId) : undefined), [projectId])
  const context = useLiveQuery(
    () => (projectId && period && !locked ? loadAssessmentContext(db, projectId, period, dateStr) : null),
    [projectId, period, dateStr, locked, prefs?.supervisionHoursPerMonth, prefs?.overdueDropDays],
  )

  const indicators = useMemo(() => (framework ? frameworkIndicators(framework) : []), [framework])

  /** The suggestion of each data source as shown: stored ones for a final assessment, live ones otherwise. */
  const suggestions = useMemo<Partial<Record<DataSource, Suggestion | null>>>(() => {
    if (locked && record) {
      const out: Partial<Record<DataSource, Suggestion | null>> = {}
      for (const ind of indicators) {
        if (ind.dataSource) out[ind.dataSource] = record.items.find((i) => i.indicatorCode === ind.code)?.suggestion ?? null
      }
      return out
    }
    return context?.suggestionSet.suggestions ?? {}
  }, [locked, record, indicators, context])

  const grading = useMemo(() => {
    if (!framework) return null
    const ratings = (items ?? []).map((i) => ({ indicatorCode: i?.indicatorCode ?? '', rating: i?.rating ?? null }))
    if (locked && record) return { scores: computeScores(framework, record.items), grade: null }
    return gradeAssessment(framework, ratings, {
      overdue: context?.overdue ?? [],
      overdueDropDays: context?.overdueDropDays,
      veto: vetoOn && veto?.type ? { type: veto.type, note: veto.note ?? '' } : null,
    })
  }, [framework, items, locked, record, context, vetoOn, veto])

  const periodOptions = useMemo(() => {
    const to = today
    const from = project?.startDate && project.startDate < today ? project.startDate : dayjs(today).subtract(3, 'year').format('YYYY-01-01')
    const list = listPeriods(from, to, periodKind).reverse()
    if (period && !list.includes(period)) list.unshift(period)
    return list.map((p) => ({ value: p, label: periodLabel(p) }))
  }, [project?.startDate, periodKind, today, period])

  // --- validation and writes
  const collect = useCallback((): AssessmentForm | null => {
    if (!framework) return null
    return valuesToForm(form.getFieldsValue(true) as AssessmentFormValues, framework, suggestions)
  }, [form, framework, suggestions])

  const validate = (input: AssessmentForm, finalize: boolean): boolean => {
    const errors: Record<string, string> = {}
    const parsed = assessmentInputSchema.safeParse(input)
    if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error))
    const v = form.getFieldsValue(true) as AssessmentFormValues
    if (v.vetoOn && !v.veto?.type) errors['veto.type'] = '请选择一票否决事件类型'
    if (v.vetoOn && !(v.veto?.note ?? '').trim()) errors['veto.note'] = '请说明一票否决事件'
    if (framework) {
      const more = assessmentErrors(input, framework, { today, finalize })
      for (const [k, m] of Object.entries(more)) errors[k] ??= m
    }
    if (Object.keys(errors).length === 0) return true
    showFieldErrors(form, errors)
    const first = Object.keys(errors)[0]!
    const name = first.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))
    form.scrollToField(name, { behavior: 'smooth', block: 'center' })
    message.error(finalize ? '请先修正标红的内容，评估尚未定稿' : '请先修正标红的内容，评估尚未保存')
    return false
  }

  const handleWriteError = (e: unknown) => {
    if (e instanceof DuplicateAssessmentError) {
      modal.confirm({
        title: '该项目在本评估周期已有评估',
        content: '一个项目每个评估周期只有一份评估。打开原评估继续修改？',
        okText: '打开原评估',
        cancelText: '留在此页',
        onOk: () => {
          savingRef.current = true
          navigate(`/assessments/${e.existingId}`)
        },
      })
    } else if (isValidationError(e)) {
      showFieldErrors(form, e.fields)
      message.error(e.message)
    } else if (e instanceof AssessmentLockedError) message.error(e.message)
    else message.error(describeError(e, 'save'))
  }

  const save = useCallback(async () => {
    if (locked || savingRef.current || !framework) return
    const input = collect()
    if (!input || !validate(input, false)) return
    savingRef.current = true
    setSaving(true)
    try {
      autosave.cancel()
      loadGuard.writing()
      const saved = await saveAssessment(db, input, { id: record?.id ?? null, today, by: prefs?.operatorName ?? '' })
      setRecord(saved)
      setDirty(false)
      message.success('评估已保存（草稿）')
      if (!recordId) {
        loadGuard.created(saved.id)
        navigate(`/assessments/${saved.id}`, { replace: true })
      }
    } catch (e) {
      handleWriteError(e)
    } finally {
      savingRef.current = false
      setSaving(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locked, framework, collect, record, today, prefs, recordId])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [save])

  const finalize = () => {
    if (locked || !framework || !grading) return
    const input = collect()
    if (!input || !validate(input, true)) return
    const g = grading.grade
    modal.confirm({
      title: '定稿这份评估？',
      content: (
        <div>
          <p>
            总分 {formatTenths(grading.scores.totalTenths)} 分，{g ? `${g.colour}（${g.grade}）` : ''}。
          </p>
          <p>定稿后评估只读：总分、颜色、建议评分及其数据按今天的记录固定，所用框架版本随之冻结。</p>
        </div>
      ),
      okText: '定稿',
      cancelText: '再看看',
      onOk: async () => {
        savingRef.current = true
        setSaving(true)
        try {
          autosave.cancel()
          loadGuard.writing()
          const result = await finalizeAssessment(db, input, { id: record?.id ?? null, today, by: prefs?.operatorName ?? '' })
          setRecord(result.assessment)
          setDirty(false)
          message.success(`已定稿：${gradeText(result.assessment.totalTenths ?? 0, result.grading.grade)}`)
          if (!recordId) {
            loadGuard.created(result.assessment.id)
            navigate(`/assessments/${result.assessment.id}`, { replace: true })
          }
        } catch (e) {
          handleWriteError(e)
        } finally {
          savingRef.current = false
          setSaving(false)
        }
      },
    })
  }

  const undoFinalize = async (undoReason: string) => {
    if (!record) return
    try {
      loadGuard.writing()
      setRecord(await unfinalizeAssessment(db, record.id, undoReason, prefs?.operatorName ?? ''))
      setUndoOpen(false)
      message.success('已撤销定稿，评估可再次修改；原定稿结果已记入修改历史')
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  const onValuesChange = async (changed: Partial<AssessmentFormValues>) => {
    clearErrorsOnChange(form)(changed as Record<string, unknown>)
    if (!loaded) return
    if (changed.periodKind) {
      const cur = form.getFieldValue('period') as string | null
      const anchor = cur ? periodRange(cur).start : today
      const next = periodOf(anchor, changed.periodKind)
      form.setFieldValue('period', next > periodOf(today, changed.periodKind) ? periodOf(today, changed.periodKind) : next)
    }
    setDirty(true)
    autosave.schedule()
    if (!record && (changed.projectId !== undefined || changed.period !== undefined || changed.periodKind)) {
      const pid = form.getFieldValue('projectId') as string | null
      const per = form.getFieldValue('period') as string | null
      if (pid && per) {
        const existing = await findAssessment(db, pid, per)
        if (existing) handleWriteError(new DuplicateAssessmentError(existing.id))
      }
    }
  }

  if (!loaded && !missing) return <Spin />
  if (missing)
    return (
      <section>
        <h1 className="page-title">项目评估</h1>
        <Alert type="error" showIcon message="评估不存在或已移入回收站" action={<Button onClick={() => navigate('/assessments')}>返回列表</Button>} />
      </section>
    )

  const title = record && project ? `项目评估：${project.name}` : '新建项目评估'
  const dimensionsByCode = new Map(framework?.dimensions.map((d) => [d.code, d]) ?? [])
  const storedSummary = locked && record && grading
  const overdue = context?.overdue ?? []
  const reasonsNoSuggestion = context?.suggestionSet.reasons ?? {}

  return (
    <section aria-labelledby="assessment-title" data-record-id={recordId ?? 'new'}>
      <div className="toolbar">
        <h1 className="page-title" id="assessment-title" style={{ margin: 0 }}>
          {title}
        </h1>
        {record ? <Tag color={locked ? 'green' : 'default'}>{record.status}</Tag> : null}
        {period ? <Tag>{periodLabel(period)}</Tag> : null}
        {dirty && !locked ? <Tag color="orange">有未保存的修改（已存草稿）</Tag> : null}
        <span className="spacer" />
        <Space wrap>
          <Button onClick={() => navigate('/assessments')}>返回列表</Button>
          {locked ? (
            <>
              <Button onClick={() => navigate(`/dashboard?period=${record?.period ?? ''}`)}>在看板中查看</Button>
              <Button onClick={() => setUndoOpen(true)}>撤销定稿</Button>
            </>
          ) : (
            <>
              <Button onClick={finalize} disabled={saving}>
                定稿
              </Button>
              <Button type="primary" onClick={() => void save()} loading={saving} title="Ctrl+S">
                保存（Ctrl+S）
              </Button>
            </>
          )}
        </Space>
      </div>
      {locked ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`本评估已于 ${record?.finalizedAt ? dayjs(record.finalizedAt).format('YYYY-MM-DD HH:mm') : ''} 定稿，内容只读。`}
          description="总分、颜色和建议评分按定稿当天的记录固定，之后的数据变化和框架修改都不影响本评估。如需修改，请“撤销定稿”并说明原因。"
        />
      ) : null}
      <Form form={form} layout="vertical" disabled={locked || !loaded} onValuesChange={(c) => void onValuesChange(c)} className="as-form">
        <div className="as-layout">
          <div className="as-main">
            <Card title="基本信息" size="small" style={{ marginBottom: 16 }}>
              <div className="as-basic">
                <Form.Item label="服务项目" name="projectId" required>
                  <ProjectSelect placeholder="项目名称或拼音首字母" disabled={locked || !!record} aria-label="服务项目" />
                </Form.Item>
                <Form.Item label="评估周期" required style={{ marginBottom: 0 }}>
                  <div style={{ display: 'flex', gap: 8 }}>
                    <Form.Item name="periodKind" noStyle>
                      <Segmented options={KIND_OPTIONS} disabled={locked || !!record} />
                    </Form.Item>
                    <Form.Item name="period" noStyle>
                      <Select aria-label="评估周期" options={periodOptions} style={{ flex: 1, minWidth: 150 }} disabled={locked || !!record} />
                    </Form.Item>
                  </div>
                </Form.Item>
                <Form.Item label="评估人" name="assessor" required>
                  <Input maxLength={50} aria-label="评估人" />
                </Form.Item>
                <Form.Item label="评估日期" name="assessDate" required extra="跟进事项是否逾期按评估日期判断">
                  <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} allowClear={false} aria-label="评估日期" />
                </Form.Item>
              </div>
              {project ? (
                <Descriptions size="small" column={3} style={{ marginTop: 4 }}>
                  <Descriptions.Item label="社区">{[project.street, project.community].filter(Boolean).join(' · ')}</Descriptions.Item>
                  <Descriptions.Item label="服务领域">{project.field}</Descriptions.Item>
                  <Descriptions.Item label="年度目标">
                    活动 {project.targets.activities} 场 · 服务 {project.targets.serviceCount} 人次 · 志愿者 {project.targets.volunteers} 人
                  </Descriptions.Item>
                </Descriptions>
              ) : null}
              {framework ? (
                <p className="muted" style={{ margin: '4px 0 0', fontSize: 12 }}>
                  指数框架：<Link to={`/frameworks/${framework.id}`}>{framework.name} v{framework.version}</Link>
                  {framework.isTemplate ? '（参考模板）' : ''}
                  {context ? `；督导时数目标每月 ${context.hoursPerMonth} 小时` : ''}
                </p>
              ) : null}
            </Card>
            {framework?.dimensions.map((d) => {
              const dimScore = grading?.scores.dimensions.find((x) => x.code === d.code)
              return (
                <Card
                  key={d.code}
                  size="small"
                  style={{ marginBottom: 16 }}
                  title={`${d.code} ${d.name}`}
                  extra={dimScore ? <span>{formatTenths(dimScore.scoreTenths)} / {formatTenths(dimScore.maxTenths)}（{dimScore.percentText}）</span> : null}
                >
                  {indicators
                    .map((ind, index) => ({ ind, index }))
                    .filter(({ ind }) => ind.dimensionCode === d.code && dimensionsByCode.has(d.code))
                    .map(({ ind, index }) => {
                      const rating = items?.[index]?.rating ?? null
                      const suggestion = ind.dataSource ? (suggestions[ind.dataSource] ?? null) : null
                      const score = grading?.scores.indicators[index]
                      return (
                        <IndicatorBlock
                          key={ind.code}
                          index={index}
                          indicator={ind}
                          rating={rating}
                          suggestion={suggestion}
                          noSuggestionReason={ind.dataSource ? (reasonsNoSuggestion[ind.dataSource] ?? (projectId ? null : '请先选择项目')) : null}
                          basisNeed={basisRequirement({ rating, suggestion })}
                          scoreTenths={score?.scoreTenths ?? 0}
                          maxTenths={score?.maxTenths ?? 0}
                          locked={locked}
                        />
                      )
                    })}
                </Card>
              )
            })}
            <Card title="一票否决" size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="vetoOn" valuePropName="checked" label="本期发生一票否决事件" extra="记录后颜色为红色，不论总分多少；报告中写明原因。">
                <Switch aria-label="一票否决" />
              </Form.Item>
              {vetoOn ? (
                <div className="as-grid">
                  <Form.Item label="事件类型" name={['veto', 'type']} required>
                    <Select aria-label="一票否决事件类型" options={toOptions(VETO_TYPES)} placeholder="请选择" />
                  </Form.Item>
                  <Form.Item label="事件说明" name={['veto', 'note']} required>
                    <Input.TextArea aria-label="一票否决事件说明" autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
                  </Form.Item>
                </div>
              ) : null}
            </Card>
            <Card title="评估意见" size="small" style={{ marginBottom: 16 }}>
              <Form.Item label="主要成效" name="achievements">
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
              </Form.Item>
              <Form.Item label="存在问题" name="problems">
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
              </Form.Item>
              <Form.Item label="改进建议" name="improvements">
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
              </Form.Item>
            </Card>
          </div>
          <aside className="as-side" aria-label="评分汇总">
            {grading ? (
              storedSummary ? (
                <ScoreSummary
                  totalTenths={record.totalTenths ?? grading.scores.totalTenths}
                  maxTenths={grading.scores.maxTenths}
                  colour={record.colour ?? '红色'}
                  grade={record.grade ?? ''}
                  reasons={record.dropReasons}
                  dimensions={grading.scores.dimensions}
                  missing={[]}
                  final
                  overdueCount={0}
                  longestOverdue={0}
                  overdueDropDays={prefs?.overdueDropDays ?? 30}
                />
              ) : grading.grade ? (
                <ScoreSummary
                  totalTenths={grading.scores.totalTenths}
                  maxTenths={grading.scores.maxTenths}
                  colour={grading.grade.colour}
                  grade={grading.grade.grade}
                  reasons={grading.grade.reasons}
                  dimensions={grading.scores.dimensions}
                  missing={grading.scores.missing}
                  final={false}
                  overdueCount={overdue.length}
                  longestOverdue={overdue[0]?.daysOverdue ?? 0}
                  overdueDropDays={context?.overdueDropDays ?? 30}
                />
              ) : null
            ) : null}
          </aside>
        </div>
      </Form>
      <UndoFinalizeModal open={undoOpen} explanation="撤销后评估变回草稿，可再次修改；原定稿的总分和颜色记入修改历史。所用框架版本保持冻结。" onConfirm={undoFinalize} onClose={() => setUndoOpen(false)} />
    </section>
  )
}
