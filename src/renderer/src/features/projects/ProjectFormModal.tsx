import { Form, Input, Select } from 'antd'
import {
  FUNDING_SOURCES,
  PROJECT_STATUSES,
  projectInputSchema,
  SERVICE_FIELDS,
  TEXT_LIMITS,
  type Project,
  type ProjectInput,
} from '@shared/model'
import { db } from '../../db/connection'
import { createProject, updateProject } from '../../db/projects'
import { RecordFormModal, useRecordForm } from '../../components/RecordFormModal'
import { recordConflict } from '../../components/record-conflict'
import { toOptions } from '../../components/options'
import { PersonSelect } from '../../components/PersonSelect'
import { DateInput } from '../../components/DateInput'
import { NumberInput } from '../../components/NumberInput'
import { textCount } from '../../components/text-count'

const L = TEXT_LIMITS.project

/** The form's values: a date or a number as typed while it cannot be read (DateInput, NumberInput). */
type FormValues = Omit<ProjectInput, 'startDate' | 'endDate' | 'targets'> & {
  startDate: string | null
  endDate: string | null
  targets: Record<keyof ProjectInput['targets'], number | string | null>
}

const EMPTY: FormValues = {
  name: '',
  organization: '',
  street: '',
  community: '',
  field: '养老',
  beneficiaries: '',
  fundingSource: '政府购买服务',
  startDate: null,
  endDate: null,
  leaderId: null,
  targets: { activities: 0, serviceCount: 0, volunteers: 0 },
  status: '进行中',
  note: '',
}

function toInput(v: FormValues): ProjectInput {
  return { ...v, startDate: v.startDate ?? '', endDate: v.endDate ?? '', leaderId: v.leaderId ?? null } as ProjectInput
}

interface Props {
  open: boolean
  project: Project | null
  onClose: (saved?: Project) => void
  /** A new project's values known already (the name typed in a picker). */
  initial?: Partial<FormValues>
}

export function ProjectFormModal({ open, project, onClose, initial }: Props) {
  const { form, saving, save, conflictDialog } = useRecordForm({
    open,
    record: project,
    onClose,
    empty: { ...EMPTY, ...initial },
    toValues: (p: Project): FormValues => ({ ...p }),
    toInput,
    schema: projectInputSchema,
    create: (input) => createProject(db, input),
    update: (id, input, expectedRev) => updateProject(db, id, input, { expectedRev }),
    conflict: recordConflict<Project>('projects'),
    added: (saved) => `已添加项目 ${saved.name}`,
  })

  const grid = { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' } as const
  return (
    <RecordFormModal open={open} title={project ? `编辑项目：${project.name}` : '新增服务项目'} width={720} form={form} saving={saving} save={save} onClose={onClose} conflictDialog={conflictDialog}>
      <Form.Item label="项目名称" name="name" required>
        <Input autoFocus count={textCount(L.name, { quiet: true })} placeholder="如：“共享儿女”独居老人关爱服务" />
      </Form.Item>
      <div style={grid}>
        <Form.Item label="承接机构" name="organization">
          <Input count={textCount(L.organization, { quiet: true })} />
        </Form.Item>
        <Form.Item label="项目负责人" name="leaderId">
          <PersonSelect allowClear placeholder="输入姓名或拼音首字母" />
        </Form.Item>
        <Form.Item label="街道" name="street">
          <Input count={textCount(L.street, { quiet: true })} />
        </Form.Item>
        <Form.Item label="社区" name="community" required>
          <Input count={textCount(L.community, { quiet: true })} placeholder="如：林泉社区" />
        </Form.Item>
        <Form.Item label="服务领域" name="field" required>
          <Select options={toOptions(SERVICE_FIELDS)} />
        </Form.Item>
        <Form.Item label="资金来源" name="fundingSource" required>
          <Select options={toOptions(FUNDING_SOURCES)} />
        </Form.Item>
        <Form.Item label="开始日期" name="startDate" required>
          <DateInput />
        </Form.Item>
        <Form.Item label="结束日期" name="endDate" required>
          <DateInput />
        </Form.Item>
      </div>
      <Form.Item label="服务对象" name="beneficiaries">
        <Input count={textCount(L.beneficiaries, { quiet: true })} placeholder="如：辖区独居、空巢老人" />
      </Form.Item>
      <fieldset style={{ border: '1px solid #e3e8e6', borderRadius: 6, padding: '8px 12px 0', marginBottom: 16 }}>
        <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', border: 0, margin: 0 }}>年度目标</legend>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: '0 16px' }}>
          <Form.Item label="目标活动场次" name={['targets', 'activities']}>
            <NumberInput suffix="场" />
          </Form.Item>
          <Form.Item label="目标服务人次" name={['targets', 'serviceCount']}>
            <NumberInput suffix="人次" />
          </Form.Item>
          <Form.Item label="目标志愿者人数" name={['targets', 'volunteers']}>
            <NumberInput suffix="人" />
          </Form.Item>
        </div>
      </fieldset>
      <div style={grid}>
        <Form.Item label="状态" name="status" required>
          <Select options={toOptions(PROJECT_STATUSES)} />
        </Form.Item>
      </div>
      <Form.Item label="备注" name="note">
        <Input.TextArea rows={2} count={textCount(L.note)} />
      </Form.Item>
    </RecordFormModal>
  )
}
