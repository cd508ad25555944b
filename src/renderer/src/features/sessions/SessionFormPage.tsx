import { useRef } from 'react'
import { App, Button, Card, Form } from 'antd'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { DEFAULT_TOPICS, sessionInputSchema, TEXT_LIMITS, type FollowUpInput, type SessionInput, type SupervisionSession } from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { sessionDraftKey } from '../../db/drafts'
import { getPreferences, updatePreferences } from '../../db/settings'
import { finalizeSession, saveSession, toSessionInput, unfinalizeSession } from '../../db/sessions'
import { validateWith } from '../../components/form-errors'
import type { RecordWrite } from '../../components/use-record-page'
import { RecordToolbar } from '../../components/RecordToolbar'
import { TextAreaItem } from '../../components/TextAreaItem'
import { useRecordPage } from '../../components/use-record-page'
import { ExportReportButton } from '../reports/ExportReportButton'
import { FollowUpRows } from './FollowUpRows'
import { loadSessionForm, sessionPrefill } from './load-session-form'
import { SessionSidePanel } from '../plans/SessionSidePanel'
import './sessions.css'
import { SessionBasics } from './SessionBasics'
import { SessionHistory } from './SessionHistory'
import { SessionReflection } from './SessionReflection'
import { useLive } from '../../db/use-live'
import { sessionConflict } from './session-conflict'
import { useNameMaps } from './use-session-index'
import { draftToValues, emptySessionValues, inputToValues, valuesToDraft, valuesToInput, type SessionFormValues } from './session-form-values'

/** The 督导记录 form: new, edit, or read-only once 已定稿. */
export function SessionFormPage() {
  const { id: routeId } = useParams()
  const [search] = useSearchParams()
  const templateId = search.get('from')
  const prefill = sessionPrefill(search)
  const recordId = routeId && routeId !== 'new' ? routeId : null
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<SessionFormValues>()
  const today = todayString()
  const prefs = useLive(() => getPreferences(db), [])
  const by = prefs?.operatorName ?? ''
  /** Follow-ups as loaded or last saved: saveSession keeps changes made elsewhere to fields left untouched here. */
  const baseFollowUps = useRef<FollowUpInput[]>([])
  const keepBase = (followUps: FollowUpInput[]) => {
    baseFollowUps.current = followUps
  }
  const names = useNameMaps()
  const values = () => ({ ...emptySessionValues(today), ...form.getFieldsValue(true) }) as SessionFormValues

  /** The form's input, checked; null after showing what is wrong (the action names what did not happen). */
  const check = (action: '保存' | '定稿'): SessionInput | null => {
    const input = valuesToInput(values())
    // Show the normalised times the user will see saved.
    form.setFieldsValue({ startTime: input.startTime, endTime: input.endTime })
    if (validateWith(form, sessionInputSchema(today), input)) return input
    message.error(action === '保存' ? '请先修正标红的内容，记录尚未保存' : '请先修正标红的内容，记录尚未定稿')
    return null
  }

  const write = async (input: SessionInput, session: SupervisionSession | null): Promise<RecordWrite<SupervisionSession>> => {
    const result = await saveSession(db, input, { id: session?.id ?? null, by, today, baseFollowUps: baseFollowUps.current, expectedRev: session?.rev })
    const known = new Set<string>([...DEFAULT_TOPICS, ...(prefs?.customTopics ?? [])])
    const added = (input.topics ?? []).filter((t) => !known.has(t))
    if (added.length > 0) await updatePreferences(db, { customTopics: [...(prefs?.customTopics ?? []), ...added] })
    const saved = toSessionInput(result.session, result.followUps)
    return {
      record: result.session,
      message: `已保存 ${result.session.code}`,
      show: () => {
        keepBase(saved.followUps ?? [])
        form.setFieldsValue(inputToValues(saved))
      },
    }
  }

  const page = useRecordPage<SupervisionSession, SessionFormValues, SessionInput>({
    form,
    recordId,
    basePath: '/sessions',
    loadOn: [recordId, templateId, search.toString()],
    load: () => loadSessionForm(recordId, templateId, today, keepBase, prefill),
    onMissing: () => message.error('记录不存在或已移入回收站'),
    values,
    draft: { key: sessionDraftKey(recordId), kind: 'session', of: valuesToDraft, restore: (data) => form.setFieldsValue(draftToValues(data)) },
    what: '这条记录',
    check: () => check('保存'),
    write: (input, session) => write(input, session),
    unfinalize: (id, reason) => unfinalizeSession(db, id, reason, by),
    unfinalized: '已撤销定稿，之后的每一处修改都会记入修改历史',
    conflict: sessionConflict(names, keepBase),
  })
  const { record: session, locked, loaded } = page

  /**
   * 定稿 (the button or Ctrl+Enter anywhere in the form), after a confirmation: what the form holds
   * is saved first when it is new or changed, then the record becomes read-only. Nothing is
   * finalised that is not exactly what the user sees.
   */
  const finalize = () => {
    if (locked || !loaded || page.saving) return
    const input = session && !page.dirty ? null : check('定稿')
    if ((!session || page.dirty) && input === null) return
    modal.confirm({
      title: '定稿这条记录？',
      content: `${input ? '当前内容将先保存，然后' : ''}定稿；定稿后记录只读，如需修改须“撤销定稿”并说明原因。`,
      okText: '定稿',
      cancelText: '再看看',
      onOk: async () => {
        let id = session?.id ?? null
        if (input) {
          id = null
          await page.commit(async () => {
            const done = await write(input, session)
            id = done.record.id
            return done
          })
        }
        if (id) await page.changeStatus(() => finalizeSession(db, id!, by), '已定稿，记录现为只读')
      },
    })
  }

  return (
    <section aria-labelledby="session-title" data-record-id={recordId ?? 'new'} aria-busy={!loaded}>
      <RecordToolbar
        page={page}
        titleId="session-title"
        title={session ? `督导记录 ${session.code}` : '新建督导记录'}
        actions={
          session ? (
            <>
              <Button onClick={() => navigate(`/sessions/new?from=${session.id}`)}>以此为模板新建</Button>
              <ExportReportButton kind="session" id={session.id} />
            </>
          ) : null
        }
        onFinalize={finalize}
        finalizeDisabled={!loaded || page.saving}
        lockedNotice={{ message: '本记录已定稿，内容只读。', description: '如需修改，请点击“撤销定稿”并说明原因；撤销后的每一处修改都会记入修改历史。' }}
        undoExplanation="撤销后记录可再次编辑，之后的每一处修改都会记入修改历史。"
      />
      <Form form={form} layout="vertical" className={locked ? 'form-readonly' : undefined} disabled={locked || !loaded} onValuesChange={page.edited}>
        <div className="session-with-side">
          <div>
            <SessionBasics form={form} customTopics={prefs?.customTopics} />
            <Card title="督导内容" style={{ marginBottom: 16 }}>
              <TextAreaItem label="被督导者提出的问题" name="questions" max={TEXT_LIMITS.session.questions} rows={[3, 12]} />
              <TextAreaItem label="督导过程" name="process" max={TEXT_LIMITS.session.process} rows={[4, 20]} />
              <TextAreaItem label="督导意见与建议" name="advice" max={TEXT_LIMITS.session.advice} rows={[3, 12]} />
            </Card>
            <Card title="跟进事项" style={{ marginBottom: 16 }}>
              <FollowUpRows disabled={locked} />
            </Card>
            <SessionReflection form={form} />
          </div>
          <SessionSidePanel form={form} sessionId={session?.id ?? null} locked={locked} by={by} />
        </div>
      </Form>
      {session ? <SessionHistory sessionId={session.id} /> : null}
    </section>
  )
}
