import { App, Button, Form } from 'antd'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { agreementInputSchema, fieldErrors, type AgreementInput, type SupervisionAgreement } from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { agreementDraftKey } from '../../db/drafts'
import { getAgreement, getAgreementTemplate, saveAgreement, saveAgreementTemplate } from '../../db/agreements'
import { getPreferences } from '../../db/settings'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import { showFieldErrors } from '../../components/form-errors'
import { RecordToolbar } from '../../components/RecordToolbar'
import { useRecordPage } from '../../components/use-record-page'
import { ExportReportButton } from '../reports/ExportReportButton'
import { AgreementGoals, AgreementParties, AgreementPlan, AgreementTexts } from './AgreementFields'
import { AgreementHistory } from './AgreementHistory'
import { AgreementEvaluations } from './AgreementEvaluations'
import { agreementConflict } from './agreement-conflict'
import { useNameMaps } from '../sessions/use-session-index'
import {
  agreementDraftToValues,
  agreementToValues,
  agreementValuesToDraft,
  emptyAgreementValues,
  evaluationErrorsAtFields,
  valuesToAgreementInput,
  type AgreementFormValues,
} from './agreement-form-values'

const ids = (v: string | null) => (v ? v.split(',').filter(Boolean) : undefined)

/** The 督导协议 form: new (optionally for the people of `?supervisees=`), or edit; never locked — changes of one in force are kept as revisions. */
export function AgreementFormPage() {
  const { id: routeId } = useParams()
  const [search] = useSearchParams()
  const recordId = routeId && routeId !== 'new' ? routeId : null
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<AgreementFormValues>()
  const today = todayString()
  const prefs = useLive(() => getPreferences(db), [])
  const by = prefs?.operatorName ?? ''
  const values = () => form.getFieldsValue(true) as AgreementFormValues
  const names = useNameMaps()
  const prefill = { superviseeIds: ids(search.get('supervisees')), supervisorIds: ids(search.get('supervisors')) }

  const page = useRecordPage<SupervisionAgreement, AgreementFormValues, AgreementInput>({
    form,
    recordId,
    basePath: '/plans/agreements',
    loadOn: [recordId, search.toString()],
    load: async () => {
      if (!recordId) return { record: null, values: emptyAgreementValues(today, await getAgreementTemplate(db), prefill) }
      const found = await getAgreement(db, recordId)
      if (!found || found.deletedAt) return { missing: true }
      return { record: found, values: agreementToValues(found) }
    },
    onMissing: () => message.error('协议不存在或已移入回收站'),
    values,
    draft: { key: agreementDraftKey(recordId), kind: 'agreement', of: agreementValuesToDraft, restore: (data) => form.setFieldsValue(agreementDraftToValues(data)) },
    what: '这份协议',
    check: () => {
      const input = valuesToAgreementInput(values())
      const result = agreementInputSchema.safeParse(input)
      if (result.success) return input
      const errors = evaluationErrorsAtFields(fieldErrors(result.error), input)
      showFieldErrors(form, errors)
      message.error(`请先修正：${Object.values(errors)[0]}。协议尚未保存`)
      return null
    },
    write: async (input, agreement) => {
      const saved = await saveAgreement(db, input, { id: agreement?.id ?? null, by, expectedRev: agreement?.rev })
      return { record: saved, message: '已保存督导协议', show: () => form.setFieldsValue(agreementToValues(saved)) }
    },
    unfinalize: () => Promise.reject(new Error('协议没有定稿状态')),
    unfinalized: '',
    conflict: agreementConflict(names),
  })
  const { record: agreement, loaded } = page

  const saveTemplate = async () => {
    const v = values()
    try {
      await saveAgreementTemplate(db, { responsibilities: v.responsibilities ?? '', confidentiality: v.confidentiality ?? '' })
      message.success('已设为工作室模板：新建协议将使用这两段文字')
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  return (
    <section aria-labelledby="agreement-title" data-record-id={recordId ?? 'new'} aria-busy={!loaded}>
      <RecordToolbar
        page={page}
        titleId="agreement-title"
        title={agreement ? `督导协议${agreement.title ? ` · ${agreement.title}` : ''}` : '新建督导协议'}
        actions={
          agreement ? (
            <>
              <Button onClick={() => navigate('/plans')}>督导计划执行</Button>
              <ExportReportButton kind="agreement" id={agreement.id} label="导出协议书" />
            </>
          ) : null
        }
        lockedNotice={{ message: '', description: '' }}
        undoExplanation=""
      />
      <Form form={form} layout="vertical" disabled={!loaded} onValuesChange={page.edited}>
        <AgreementParties form={form} />
        <AgreementPlan />
        <AgreementGoals />
        <AgreementEvaluations form={form} today={today} by={by} />
        <AgreementTexts onSaveTemplate={() => void saveTemplate()} />
      </Form>
      {agreement ? <AgreementHistory agreementId={agreement.id} /> : null}
    </section>
  )
}
