import { useRef, useState } from 'react'
import { Alert, App, Button, Card, Form, Spin, Tag } from 'antd'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { TEXT_LIMITS, type Assessment, type AssessmentForm, type IndexFramework } from '@shared/model'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import { gradeText } from '@shared/domain/supervision-index/grading'
import { periodLabel, periodOf, periodRange } from '@shared/domain/period'
import { formatTimestamp } from '@shared/text/format'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { assessmentDraftKey } from '../../db/drafts'
import { getPreferences } from '../../db/settings'
import { DuplicateAssessmentError, finalizeAssessment, findAssessment, saveAssessment, unfinalizeAssessment } from '../../db/assessments'
import { showFieldErrors } from '../../components/form-errors'
import { RecordToolbar } from '../../components/RecordToolbar'
import { TextAreaItem } from '../../components/TextAreaItem'
import { useRecordPage } from '../../components/use-record-page'
import { AssessmentBasics } from './AssessmentBasics'
import { assessmentFormErrors } from './assessment-form-check'
import { draftToValues, valuesToDraft, valuesToForm, type AssessmentFormValues } from './assessment-form-values'
import { DimensionCards } from './DimensionCards'
import { draftFramework, loadAssessmentForm, periodToAssess } from './load-assessment-form'
import { adoptSuggestions, carryOverRatings } from './adopt-suggestions'
import { AdoptSuggestionsBar } from './AdoptSuggestionsBar'
import { InlineProgress, quartersWithoutProgress } from './InlineProgress'
import { ScoreAside } from './ScoreAside'
import { useAssessmentFigures } from './use-assessment-figures'
import { VetoCard } from './VetoCard'
import { assessmentConflict } from './assessment-conflict'
import '../index-framework/index-ui.css'
import { useLive } from '../../db/use-live'
import './assessments.css'

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
  const [framework, setFramework] = useState<IndexFramework | null>(null)
  /** The framework the form was loaded with: a draft written on one since deleted falls back to it. */
  const loadedFramework = useRef<IndexFramework | null>(null)
  /** The user chose the period of a new assessment: choosing a project then leaves it alone. */
  const periodChosen = useRef(qPeriod !== null)
  const today = todayString()
  const prefs = useLive(() => getPreferences(db), [])
  const by = prefs?.operatorName ?? ''

  const page = useRecordPage<Assessment, AssessmentFormValues, AssessmentForm>({
    form,
    recordId,
    basePath: '/assessments',
    loadOn: [recordId, qProject, qPeriod],
    load: () =>
      loadAssessmentForm(recordId, { project: qProject, period: qPeriod }, today, (fw) => {
        loadedFramework.current = fw
        setFramework(fw)
      }),
    values: () => form.getFieldsValue(true) as AssessmentFormValues,
    draft: {
      key: assessmentDraftKey(recordId),
      kind: 'assessment',
      of: valuesToDraft,
      enabled: framework !== null,
      restore: async (data) => {
        const fw = await draftFramework(data, loadedFramework.current!)
        setFramework(fw)
        form.setFieldsValue({ ...draftToValues(data, fw), frameworkId: fw.id })
      },
    },
    what: '这份评估',
    check: () => {
      const input = collect()
      return input && validate(input, false) ? input : null
    },
    write: async (input, record) => ({
      record: await saveAssessment(db, input, { id: record?.id ?? null, today, by, expectedRev: record?.rev }),
      message: '评估已保存（草稿）',
    }),
    unfinalize: (id, reason) => unfinalizeAssessment(db, id, reason, by),
    unfinalized: '已撤销定稿，评估可再次修改；原定稿结果已记入修改历史',
    announceInvalid: true,
    onWriteError: (e) => {
      if (!(e instanceof DuplicateAssessmentError)) return false
      offerExisting(e.existingId)
      return true
    },
    conflict: assessmentConflict(framework),
  })
  const { record, locked, loaded } = page
  const figures = useAssessmentFigures(form, framework, record, locked)
  const { period, grading, suggestions } = figures

  /** One assessment per project and period: the one there is, instead of a second. */
  const offerExisting = (existingId: string) => {
    modal.confirm({
      title: '该项目在本评估周期已有评估',
      content: '一个项目每个评估周期只有一份评估。打开原评估继续修改？',
      okText: '打开原评估',
      cancelText: '留在此页',
      onOk: () => page.leaveFor(`/assessments/${existingId}`),
    })
  }

  const collect = (): AssessmentForm | null =>
    framework ? valuesToForm(form.getFieldsValue(true) as AssessmentFormValues, framework, suggestions) : null

  const validate = (input: AssessmentForm, finalize: boolean): boolean => {
    if (!framework) return false
    const errors = assessmentFormErrors(input, form.getFieldsValue(true) as AssessmentFormValues, framework, { today, finalize })
    if (Object.keys(errors).length === 0) return true
    showFieldErrors(form, errors)
    const first = Object.keys(errors)[0]!
    const name = first.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))
    form.scrollToField(name, { behavior: 'smooth', block: 'center' })
    message.error(finalize ? '请先修正标红的内容，评估尚未定稿' : '请先修正标红的内容，评估尚未保存')
    return false
  }

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
      onOk: () =>
        page.commit(async () => {
          const result = await finalizeAssessment(db, input, { id: record?.id ?? null, today, by, expectedRev: record?.rev })
          return { record: result.assessment, message: `已定稿：${gradeText(result.assessment.totalTenths ?? 0, result.grading.grade)}` }
        }),
    })
  }

  /** Puts filled-in ratings on the form as an edit of the user's (kept in the draft). */
  const setItems = (items: AssessmentFormValues['items']) => {
    form.setFieldValue('items', items)
    // A rating filled in this way needs no other 评分依据: the old messages go.
    form.setFields(items.map((_, i) => ({ name: ['items', i, 'basis'], errors: [] })))
    page.edited({ items })
  }

  /** 采用建议 (all, or one dimension's): the suggested ratings, kept with their figures on saving. */
  const adopt = (dimensionCode?: string) => {
    const result = adoptSuggestions(form.getFieldValue('items') as AssessmentFormValues['items'], figures.indicators, suggestions, dimensionCode)
    setItems(result.items)
    const kept = result.kept.length > 0 ? `；${result.kept.join('、')} 已填写评分依据，保留原评分` : ''
    message.success(`已采用 ${result.adopted} 项建议评分${kept}`)
  }

  /** 沿用上期评分 for the unrated indicators without data. */
  const carryOver = () => {
    if (!figures.previous) return
    const result = carryOverRatings(form.getFieldValue('items') as AssessmentFormValues['items'], figures.indicators, figures.previous.items)
    setItems(result.items)
    message.success(`已沿用${periodLabel(figures.previous.period)}的 ${result.carried.length} 项评分及依据：${result.carried.join('、')}`)
  }

  const onValuesChange = async (changed: Partial<AssessmentFormValues>) => {
    if (!page.edited(changed)) return
    if (changed.period !== undefined || changed.periodKind) periodChosen.current = true
    if (!record && changed.projectId && !periodChosen.current) {
      // A new assessment of another project: the quarter that project most needs assessed.
      form.setFieldValue('period', await periodToAssess(today, changed.projectId))
    }
    if (changed.periodKind) {
      // Another kind of period: the one of that kind around the period chosen, never past today's.
      const cur = form.getFieldValue('period') as string | null
      const anchor = cur ? periodRange(cur).start : today
      const next = periodOf(anchor, changed.periodKind)
      form.setFieldValue('period', next > periodOf(today, changed.periodKind) ? periodOf(today, changed.periodKind) : next)
    }
    if (!record && (changed.projectId !== undefined || changed.period !== undefined || changed.periodKind)) {
      const pid = form.getFieldValue('projectId') as string | null
      const per = form.getFieldValue('period') as string | null
      if (pid && per) {
        const existing = await findAssessment(db, pid, per)
        if (existing) offerExisting(existing.id)
      }
    }
  }

  if (!loaded && !page.missing) return <Spin />
  if (page.missing)
    return (
      <section>
        <h1 className="page-title">项目评估</h1>
        <Alert type="error" showIcon message="评估不存在或已移入回收站" action={<Button onClick={page.list}>返回列表</Button>} />
      </section>
    )

  return (
    <section aria-labelledby="assessment-title" data-record-id={recordId ?? 'new'}>
      <RecordToolbar
        page={page}
        titleId="assessment-title"
        title={record && figures.project ? `项目评估：${figures.project.name}` : '新建项目评估'}
        tags={period ? <Tag>{periodLabel(period)}</Tag> : null}
        actions={locked ? <Button onClick={() => navigate(`/dashboard?period=${record?.period ?? ''}`)}>在看板中查看</Button> : null}
        onFinalize={finalize}
        finalizeDisabled={page.saving}
        lockedNotice={{
          message: `本评估已于 ${record?.finalizedAt ? formatTimestamp(record.finalizedAt) : ''} 定稿，内容只读。`,
          description: '总分、颜色和建议评分按定稿当天的记录固定，之后的数据变化和框架修改都不影响本评估。如需修改，请“撤销定稿”并说明原因。',
        }}
        undoExplanation="撤销后评估变回草稿，可再次修改；原定稿的总分和颜色记入修改历史。所用框架版本保持冻结。"
      />
      <Form form={form} layout="vertical" disabled={locked || !loaded} onValuesChange={(c) => void onValuesChange(c)} className="as-form">
        <div className="as-layout">
          <div className="as-main">
            <AssessmentBasics
              fixed={!!record}
              locked={locked}
              today={today}
              period={period}
              periodKind={figures.periodKind}
              project={figures.project}
              framework={framework}
              context={figures.context}
            />
            {!locked && figures.projectId && period && figures.context ? (
              <InlineProgress
                key={`${figures.projectId}|${period}`}
                projectId={figures.projectId}
                missing={quartersWithoutProgress(period, figures.context.activity.progress)}
              />
            ) : null}
            {!locked ? <AdoptSuggestionsBar figures={figures} onAdopt={() => adopt()} onCarry={carryOver} /> : null}
            <DimensionCards framework={framework} figures={figures} locked={locked} onAdopt={adopt} />
            <VetoCard vetoOn={figures.vetoOn} />
            <Card title="评估意见" size="small" style={{ marginBottom: 16 }}>
              <TextAreaItem label="主要成效" name="achievements" max={TEXT_LIMITS.assessment.achievements} rows={[3, 12]} />
              <TextAreaItem label="存在问题" name="problems" max={TEXT_LIMITS.assessment.problems} rows={[3, 12]} />
              <TextAreaItem label="改进建议" name="improvements" max={TEXT_LIMITS.assessment.improvements} rows={[3, 12]} />
            </Card>
          </div>
          <ScoreAside figures={figures} record={record} locked={locked} overdueDropDays={prefs?.overdueDropDays} />
        </div>
      </Form>
    </section>
  )
}
