import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Space, Switch, Tag } from 'antd'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  DEFAULT_TOPICS,
  minutesBetween,
  RISK_LEVELS,
  SESSION_FUNCTIONS,
  SESSION_MODES,
  SUPERVISION_KINDS,
  sessionInputSchema,
  type FollowUpInput,
  type SupervisionSession,
} from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { getDraft } from '../../db/drafts'
import { getPreferences, updatePreferences } from '../../db/settings'
import {
  finalizeSession,
  loadSession,
  openFollowUpsFor,
  saveSession,
  SessionLockedError,
  toSessionInput,
  unfinalizeSession,
} from '../../db/sessions'
import { describeError } from '../../app/errors'
import { clearErrorsOnChange, isValidationError, showFieldErrors, validateWith } from '../../components/form-errors'
import { toOptions } from '../../components/options'
import { PersonSelect } from '../../components/PersonSelect'
import { ProjectSelect } from '../../components/ProjectSelect'
import { TabFriendlySelect } from '../../components/TabFriendlySelect'
import { normalizeTime } from '../../components/time-input'
import { useDraftAutosave } from '../../components/use-draft-autosave'
import { useLeaveGuard } from '../../components/use-leave-guard'
import { UndoFinalizeModal } from '../../components/UndoFinalizeModal'
import { useRecordLoadGuard } from '../../components/use-record-load-guard'
import { sessionDraftKey } from '../../db/drafts'
import { FollowUpRows } from './FollowUpRows'
import { SessionHistory } from './SessionHistory'
import { ExportReportButton } from '../reports/ExportReportButton'
import {
  draftToValues,
  emptySessionValues,
  inputToValues,
  valuesToDraft,
  valuesToInput,
  type SessionFormValues,
} from './session-form-values'

const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD']
const FEEDBACK_OPTIONS = [
  { value: 5, label: '5 非常满意' },
  { value: 4, label: '4 满意' },
  { value: 3, label: '3 一般' },
  { value: 2, label: '2 不太满意' },
  { value: 1, label: '1 不满意' },
]

function durationText(start: string | undefined, end: string | undefined): string {
  const s = normalizeTime(start ?? '')
  const e = normalizeTime(end ?? '')
  if (!/^\d\d:\d\d$/.test(s) || !/^\d\d:\d\d$/.test(e)) return '—'
  const m = minutesBetween(s, e)
  if (m <= 0) return '—'
  const h = Math.floor(m / 60)
  return `${h > 0 ? `${h} 小时 ` : ''}${m % 60 > 0 ? `${m % 60} 分钟` : ''}`.trim() + `（${(m / 60).toFixed(1)} 小时）`
}

/** The 督导记录 form: new, edit, or read-only once 已定稿. */
export function SessionFormPage() {
  const { id: routeId } = useParams()
  const [search] = useSearchParams()
  const templateId = search.get('from')
  const recordId = routeId && routeId !== 'new' ? routeId : null
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<SessionFormValues>()
  const [session, setSession] = useState<SupervisionSession | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [undoOpen, setUndoOpen] = useState(false)
  const today = todayString()
  const locked = session?.status === '已定稿'
  const prefs = useLiveQuery(() => getPreferences(db), [])
  const savingRef = useRef(false)
  const loadGuard = useRecordLoadGuard()
  /** Follow-ups as loaded or last saved: saveSession keeps changes made elsewhere to fields left untouched here. */
  const baseFollowUps = useRef<FollowUpInput[]>([])

  const draftKey = sessionDraftKey(recordId)
  const autosave = useDraftAutosave({
    key: draftKey,
    kind: 'session',
    recordId,
    enabled: loaded && !locked,
    read: () => valuesToDraft({ ...emptySessionValues(today), ...form.getFieldsValue(true) }),
  })

  // Load the record (or template), then offer an unsaved draft back.
  useEffect(() => {
    const token = loadGuard.begin(recordId)
    if (token === null) return
    let cancelled = false
    setLoaded(false)
    setDirty(false)
    void (async () => {
      let values = emptySessionValues(today)
      let base: FollowUpInput[] = []
      let stored: SupervisionSession | null = null
      if (recordId) {
        const found = await loadSession(db, recordId)
        if (!found || found.session.deletedAt) {
          if (!cancelled) {
            setSession(null)
            setLoaded(true)
            message.error('记录不存在或已移入回收站')
          }
          return
        }
        stored = found.session
        const loadedInput = toSessionInput(found.session, found.followUps)
        base = loadedInput.followUps ?? []
        values = inputToValues(loadedInput)
      } else if (templateId) {
        const found = await loadSession(db, templateId)
        if (found) {
          const t = toSessionInput(found.session, [])
          values = {
            ...emptySessionValues(today),
            startTime: t.startTime,
            endTime: t.endTime,
            location: t.location ?? '',
            mode: t.mode,
            functions: t.functions,
            kind: t.kind,
            supervisorIds: t.supervisorIds,
            superviseeIds: t.superviseeIds,
            projectIds: t.projectIds,
            topics: t.topics,
          }
        }
      }
      const draft = stored?.status === '已定稿' ? undefined : await getDraft(db, sessionDraftKey(recordId))
      if (cancelled) return
      if (loadGuard.overtaken(token)) {
        setLoaded(true)
        return
      }
      baseFollowUps.current = base
      setSession(stored)
      form.resetFields()
      form.setFieldsValue(values)
      if (draft && JSON.stringify(draft.data) !== JSON.stringify(valuesToDraft({ ...values }))) {
        modal.confirm({
          title: '发现未保存的草稿，是否恢复？',
          content: `草稿保存于 ${new Date(draft.updatedAt).toLocaleString('zh-CN')}。`,
          okText: '恢复草稿',
          cancelText: '丢弃草稿',
          onOk: () => {
            form.setFieldsValue(draftToValues(draft.data))
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
  }, [recordId, templateId])

  useLeaveGuard({ dirty, saving: savingRef, autosave, what: '这条记录' })

  const save = useCallback(async () => {
    if (locked || savingRef.current) return
    const values = { ...emptySessionValues(today), ...form.getFieldsValue(true) } as SessionFormValues
    const input = valuesToInput(values)
    // Show the normalised times the user will see saved.
    form.setFieldsValue({ startTime: input.startTime, endTime: input.endTime })
    if (!validateWith(form, sessionInputSchema(today), input)) {
      message.error('请先修正标红的内容，记录尚未保存')
      return
    }
    savingRef.current = true
    setSaving(true)
    try {
      autosave.cancel()
      loadGuard.writing()
      const by = prefs?.operatorName ?? ''
      const result = await saveSession(db, input, { id: session?.id ?? null, by, today, baseFollowUps: baseFollowUps.current })
      const known = new Set<string>([...DEFAULT_TOPICS, ...(prefs?.customTopics ?? [])])
      const added = (input.topics ?? []).filter((t) => !known.has(t))
      if (added.length > 0) await updatePreferences(db, { customTopics: [...(prefs?.customTopics ?? []), ...added] })
      setSession(result.session)
      const savedInput = toSessionInput(result.session, result.followUps)
      baseFollowUps.current = savedInput.followUps ?? []
      form.setFieldsValue(inputToValues(savedInput))
      setDirty(false)
      message.success(`已保存 ${result.session.code}`)
      if (!recordId) {
        loadGuard.created(result.session.id)
        navigate(`/sessions/${result.session.id}`, { replace: true })
      }
    } catch (e) {
      if (isValidationError(e)) showFieldErrors(form, e.fields)
      else if (e instanceof SessionLockedError) message.error(e.message)
      else message.error(describeError(e, 'save'))
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }, [locked, today, form, message, autosave, prefs, session, recordId, navigate])

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

  const finalize = async () => {
    if (!session) return
    if (dirty) {
      message.warning('请先保存修改，再定稿')
      return
    }
    try {
      loadGuard.writing()
      setSession(await finalizeSession(db, session.id, prefs?.operatorName ?? ''))
      message.success('已定稿，记录现为只读')
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  const undoFinalize = async (undoReason: string) => {
    if (!session) return
    try {
      loadGuard.writing()
      setSession(await unfinalizeSession(db, session.id, undoReason, prefs?.operatorName ?? ''))
      setUndoOpen(false)
      message.success('已撤销定稿，之后的每一处修改都会记入修改历史')
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  const startTime = Form.useWatch('startTime', form)
  const endTime = Form.useWatch('endTime', form)
  const superviseeIds = Form.useWatch('superviseeIds', form) as string[] | undefined
  const riskLevel = Form.useWatch('riskLevel', form)
  const openItems = useLiveQuery(
    () => openFollowUpsFor(db, superviseeIds ?? [], session?.id ?? null),
    [JSON.stringify(superviseeIds ?? []), session?.id],
  )
  const persons = useLiveQuery(() => db.persons.toArray(), []) ?? []
  const names = useMemo(() => new Map(persons.map((p) => [p.id, p.name])), [persons])
  const topicOptions = useMemo(
    () => toOptions([...new Set([...DEFAULT_TOPICS, ...(prefs?.customTopics ?? [])])]),
    [prefs?.customTopics],
  )

  const title = session ? `督导记录 ${session.code}` : '新建督导记录'
  const grid2 = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: '0 16px' } as const

  return (
    <section aria-labelledby="session-title" data-record-id={recordId ?? 'new'} aria-busy={!loaded}>
      <div className="toolbar">
        <h1 className="page-title" id="session-title" style={{ margin: 0 }}>
          {title}
        </h1>
        {session ? <Tag color={locked ? 'green' : 'default'}>{session.status}</Tag> : null}
        {dirty && !locked ? <Tag color="orange">有未保存的修改（已存草稿）</Tag> : null}
        <span className="spacer" />
        <Space wrap>
          <Button onClick={() => navigate('/sessions')}>返回列表</Button>
          {session ? <Button onClick={() => navigate(`/sessions/new?from=${session.id}`)}>以此为模板新建</Button> : null}
          {session ? <ExportReportButton kind="session" id={session.id} /> : null}
          {locked ? (
            <Button onClick={() => setUndoOpen(true)}>撤销定稿</Button>
          ) : (
            <>
              {session ? <Button onClick={finalize}>定稿</Button> : null}
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
          message="本记录已定稿，内容只读。"
          description="如需修改，请点击“撤销定稿”并说明原因；撤销后的每一处修改都会记入修改历史。"
        />
      ) : null}
      {openItems && openItems.length > 0 && !locked ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`被督导者尚有 ${openItems.length} 项未完成的跟进事项`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {openItems.slice(0, 8).map(({ followUp, session: s }) => (
                <li key={followUp.id}>
                  {followUp.content}（负责人：{names.get(followUp.ownerId) ?? '—'}，期限 {followUp.dueDate}，{followUp.status}）——来自{' '}
                  <Link to={`/sessions/${s.id}`}>{s.code}</Link>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        className={locked ? 'form-readonly' : undefined}
        disabled={locked || !loaded}
        onValuesChange={(changed) => {
          clearErrorsOnChange(form)(changed)
          if (!loaded) return
          setDirty(true)
          autosave.schedule()
        }}
      >
        <Card title="基本信息" style={{ marginBottom: 16 }}>
          <div style={grid2}>
            <Form.Item label="日期" name="date" required>
              <DatePicker autoFocus format={DATE_FORMATS} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
            <Form.Item label="开始时间" name="startTime" required>
              <Input placeholder="如 09:30" maxLength={8} />
            </Form.Item>
            <Form.Item label="结束时间" name="endTime" required extra={`时长：${durationText(startTime, endTime)}`}>
              <Input placeholder="如 11:00" maxLength={8} />
            </Form.Item>
            <Form.Item label="地点" name="location">
              <Input placeholder="如：林泉社区党群服务中心二楼会议室" />
            </Form.Item>
            <Form.Item label="督导方式" name="mode" required>
              <Select options={toOptions(SESSION_MODES)} />
            </Form.Item>
            <Form.Item label="内部/外部督导" name="kind">
              <Radio.Group options={toOptions(SUPERVISION_KINDS)} />
            </Form.Item>
          </div>
          <Form.Item label="督导功能" name="functions" required>
            <Checkbox.Group options={toOptions(SESSION_FUNCTIONS)} />
          </Form.Item>
          <div style={grid2}>
            <Form.Item label="督导者" name="supervisorIds" required>
              <PersonSelect mode="multiple" placeholder="姓名或拼音首字母" />
            </Form.Item>
            <Form.Item label="被督导者" name="superviseeIds" required>
              <PersonSelect mode="multiple" placeholder="姓名或拼音首字母" />
            </Form.Item>
            <Form.Item label="关联项目" name="projectIds">
              <ProjectSelect mode="multiple" placeholder="可不选" />
            </Form.Item>
            <Form.Item label="议题" name="topics" extra="可直接输入新议题后回车">
              <TabFriendlySelect<string[]> mode="tags" options={topicOptions} placeholder="选择或输入议题" />
            </Form.Item>
          </div>
        </Card>
        <Card title="督导内容" style={{ marginBottom: 16 }}>
          <Form.Item label="被督导者提出的问题" name="questions">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
          </Form.Item>
          <Form.Item label="督导过程" name="process">
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 20 }} />
          </Form.Item>
          <Form.Item label="督导意见与建议" name="advice">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
          </Form.Item>
        </Card>
        <Card title="跟进事项" style={{ marginBottom: 16 }}>
          <FollowUpRows disabled={locked} />
        </Card>
        <Card title="反馈、反思与风险" style={{ marginBottom: 16 }}>
          <div style={grid2}>
            <Form.Item label="被督导者反馈" name="feedbackScore">
              <Select options={FEEDBACK_OPTIONS} allowClear placeholder="可不填" />
            </Form.Item>
            <Form.Item label="下次督导日期" name="nextDate">
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Form.Item label="被督导者反思" name="superviseeReflection">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
          </Form.Item>
          <Form.Item label="督导者反思" name="supervisorReflection">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
          </Form.Item>
          <div style={grid2}>
            <Form.Item label="风险/伦理提示" name="riskLevel">
              <Radio.Group options={toOptions(RISK_LEVELS)} />
            </Form.Item>
            <Form.Item label="敏感记录" name="sensitive" valuePropName="checked" extra="敏感记录的文字内容不在列表和导出中显示">
              <Switch />
            </Form.Item>
          </div>
          {riskLevel && riskLevel !== '无' ? (
            <Form.Item label="风险/伦理说明" name="riskNote" required>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          ) : null}
          <Form.Item label="被督导者确认（输入姓名）" name="confirmName" extra="被督导者阅读记录后输入本人姓名，保存时记录确认时间">
            <Input style={{ maxWidth: 240 }} />
          </Form.Item>
        </Card>
      </Form>
      {session ? <SessionHistory sessionId={session.id} /> : null}
      <UndoFinalizeModal open={undoOpen} explanation="撤销后记录可再次编辑，之后的每一处修改都会记入修改历史。" onConfirm={undoFinalize} onClose={() => setUndoOpen(false)} />
    </section>
  )
}
