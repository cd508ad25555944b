/**
 * How messages name stored records and their fields (a backup's, an import's, a sync's, a
 * conflict's): the field labels and a record's short name. Kept apart from the stored schemas,
 * which say what a record must be, not how it is called.
 */
import { AGREEMENT_FIELD_LABELS } from './agreement'
import { SESSION_FIELD_LABELS } from './session'
import type { BackupTable } from './stored'

/** Labels of record fields for messages about stored records (falls back to the field name). */
export const FIELD_LABELS: Record<string, string> = {
  // First, so the names the other records share (状态, 备注…) stay theirs.
  ...AGREEMENT_FIELD_LABELS,
  id: 'id',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  deletedAt: '删除时间',
  name: '名称',
  role: '角色',
  org: '所在机构或社区',
  qualification: '职业资格',
  field: '服务领域',
  phone: '电话',
  note: '备注',
  organization: '承接机构',
  street: '街道',
  community: '社区',
  beneficiaries: '服务对象',
  fundingSource: '资金来源',
  startDate: '开始日期',
  endDate: '结束日期',
  leaderId: '项目负责人',
  targets: '年度目标',
  status: '状态',
  projectId: '项目',
  period: '周期',
  activities: '活动场次',
  serviceCount: '服务人次',
  volunteers: '志愿者人数',
  volunteerHours: '志愿服务时长',
  needsCollected: '收集需求条数',
  needsResolved: '办结诉求条数',
  satisfaction: '满意度',
  code: '编号',
  year: '年份',
  seq: '序号',
  ...SESSION_FIELD_LABELS,
  durationMinutes: '时长',
  finalizedAt: '定稿时间',
  sessionId: '所属督导记录',
  content: '内容',
  ownerId: '负责人',
  dueDate: '期限',
  completedDate: '完成日期',
  completionNote: '完成说明',
  frameworkId: '指数框架',
  assessor: '评估人',
  assessDate: '评估日期',
  items: '评分',
  veto: '一票否决',
  achievements: '主要成效',
  problems: '存在问题',
  improvements: '改进建议',
  totalTenths: '总分',
  colour: '颜色',
  grade: '等级',
  dimensions: '维度',
  thresholds: '分级阈值',
  version: '版本',
  frozen: '冻结',
  key: '设置项',
  value: '值',
  goalIds: '本次涉及的学习目标',
}

/** A short human name of a record for messages and lists (编号, 姓名, 名称…). */
export function describeRecord(table: BackupTable, record: unknown): string {
  const r = (record ?? {}) as Record<string, unknown>
  const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')
  switch (table) {
    case 'sessions':
      return [s(r.code), s(r.date)].filter(Boolean).join(' ')
    case 'persons':
    case 'projects':
      return s(r.name)
    case 'frameworks':
      return [s(r.name), r.version ? `v${s(r.version)}` : ''].filter(Boolean).join(' ')
    case 'progress':
    case 'assessments':
      return s(r.period)
    case 'followUps':
      return s(r.content).slice(0, 30)
    case 'settings':
      return s(r.key)
    case 'agreements':
      return [s(r.title), s(r.startDate)].filter(Boolean).join(' ')
    default:
      return s(r.id)
  }
}
