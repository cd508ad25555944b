/** Enumerations of docs/domain.md ("Entities"). Lists a studio can extend (议题) start from these defaults. */
export const ROLES = ['督导者', '社工', '社区工作者', '志愿者骨干'] as const
export const QUALIFICATIONS = ['无', '助理社会工作师', '社会工作师', '高级社会工作师'] as const
export const SERVICE_FIELDS = [
  '养老', '儿童', '青少年', '残疾人', '困难群体', '禁毒', '司法矫正', '医务', '学校', '社区治理', '志愿服务', '其他',
] as const
export const FUNDING_SOURCES = ['政府购买服务', '公益创投', '自筹', '其他'] as const
export const PROJECT_STATUSES = ['进行中', '已结项', '暂停'] as const
export const SESSION_MODES = ['个别督导', '团体督导', '朋辈督导', '现场督导', '线上督导'] as const
export const SESSION_FUNCTIONS = ['行政', '教育', '支持'] as const
export const SUPERVISION_KINDS = ['内部督导', '外部督导'] as const
export const DEFAULT_TOPICS = [
  '需求评估', '个案工作', '小组工作', '社区工作', '志愿者管理', '项目管理', '资源链接', '伦理困境', '危机干预',
  '情绪支持', '文书记录', '政策法规',
] as const
export const RISK_LEVELS = ['无', '关注', '严重'] as const
export const RECORD_STATUSES = ['草稿', '已定稿'] as const
export const FOLLOW_UP_STATUSES = ['待办', '进行中', '已完成', '已取消'] as const
export const VETO_TYPES = ['安全事故', '违规使用资金', '严重伦理问题'] as const
export const RATING_LABELS = ['未开展', '差', '较差', '合格', '良好', '优秀'] as const

export type Role = (typeof ROLES)[number]
export type Qualification = (typeof QUALIFICATIONS)[number]
export type ServiceField = (typeof SERVICE_FIELDS)[number]
export type FundingSource = (typeof FUNDING_SOURCES)[number]
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]
export type SessionMode = (typeof SESSION_MODES)[number]
export type SessionFunction = (typeof SESSION_FUNCTIONS)[number]
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number]
export type RiskLevel = (typeof RISK_LEVELS)[number]
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]
export type VetoType = (typeof VETO_TYPES)[number]
