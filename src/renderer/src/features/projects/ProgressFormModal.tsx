import { Form, Input, Modal, Select } from 'antd'
import { progressInputSchema, TEXT_LIMITS, type Project, type ProjectProgress, type ProgressInput } from '@shared/model'
import { db } from '../../db/connection'
import { saveProgress } from '../../db/projects'
import { clearErrorsOnChange } from '../../components/form-errors'
import { useRecordForm } from '../../components/RecordFormModal'
import { NumberInput } from '../../components/NumberInput'
import { textCount } from '../../components/text-count'
import { recordConflict } from '../../components/record-conflict'
import { listPeriods, periodLabel } from '@shared/domain/period'
import { todayString } from '../../db/clock'

interface Props {
  open: boolean
  project: Project
  row: ProjectProgress | null
  taken: string[]
  onClose: () => void
}

/** What the form holds: the progress without its project, which the dialog knows. */
type ProgressValues = Omit<ProgressInput, 'projectId'>

/** The figures of a quarter's progress, as both progress forms ask for them. */
export const PROGRESS_NUMBERS: { name: keyof ProgressValues; label: string; unit: string }[] = [
  { name: 'activities', label: '实际活动场次', unit: '场' },
  { name: 'serviceCount', label: '服务人次', unit: '人次' },
  { name: 'volunteers', label: '参与志愿者人数', unit: '人' },
  { name: 'volunteerHours', label: '志愿服务时长（小时）', unit: '小时' },
  { name: 'needsCollected', label: '收集需求条数', unit: '条' },
  { name: 'needsResolved', label: '办结诉求条数', unit: '条' },
  { name: 'satisfaction', label: '满意度（%）', unit: '%' },
]

export function ProgressFormModal({ open, project, row, taken, onClose }: Props) {
  const today = todayString()
  const last = project.endDate < today ? project.endDate : today
  const periods = listPeriods(project.startDate, last < project.startDate ? project.startDate : last, 'Q').reverse()
  const saved = (p: ProjectProgress) => `已保存${periodLabel(p.period)}进展`
  const { form, saving, save, conflictDialog } = useRecordForm({
    open,
    record: row,
    onClose,
    empty: {
      period: periods.find((p) => !taken.includes(p)) ?? periods[0],
      activities: 0,
      serviceCount: 0,
      volunteers: 0,
      volunteerHours: 0,
      needsCollected: 0,
      needsResolved: 0,
      satisfaction: null,
      note: '',
    } as ProgressValues,
    toInput: (values) => ({ ...values, projectId: project.id }),
    schema: progressInputSchema,
    // One row per project and quarter: entering a quarter again edits its row, so both are the same write.
    create: (input) => saveProgress(db, input),
    update: (_id, input, expectedRev) => saveProgress(db, input, { expectedRev }),
    conflict: recordConflict<ProjectProgress>('progress'),
    added: saved,
    updated: saved,
  })

  return (
    <>
      <Modal open={open} title={row ? `编辑${periodLabel(row.period)}进展` : '录入项目进展'} okText="保存" cancelText="取消" onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={640}>
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
          <Form.Item label="季度" name="period" required extra={!row && taken.length > 0 ? '已录入的季度再次选择即为修改' : undefined}>
            <Select disabled={!!row} options={periods.map((p) => ({ value: p, label: `${periodLabel(p)}${taken.includes(p) ? '（已录入）' : ''}` }))} />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: '0 16px' }}>
            {PROGRESS_NUMBERS.map((f) => (
              <Form.Item key={f.name} label={f.label} name={f.name}>
                <NumberInput suffix={f.unit} />
              </Form.Item>
            ))}
          </div>
          <Form.Item label="备注" name="note">
            <Input.TextArea rows={2} count={textCount(TEXT_LIMITS.progress.note)} />
          </Form.Item>
        </Form>
      </Modal>
      {conflictDialog}
    </>
  )
}
