/**
 * A small studio for the content-builder tests, small enough that every figure in the reports can
 * be worked out by hand (the comments show the arithmetic). Period under test: 2025Q2; today 2025-07-15.
 *
 * Sessions (Q2 unless noted):
 *   S1 DD-2025-0001 04-08 09:00–10:30  90 min 个别督导 教育+支持 高瑞敏 → 谢国铭        P1     个案工作、情绪支持
 *   S2 DD-2025-0002 05-12 14:00–16:30 150 min 团体督导 行政+教育 高瑞敏 → 谢国铭、李若鹏 P1+P2  志愿者管理、个案工作
 *   S3 DD-2025-0003 06-20 10:00–11:00  60 min 现场督导 行政      刘辉   → 李若鹏        P2     项目管理   (敏感)
 *   S4 DD-2025-0004 03-18 09:00–11:00 120 min 个别督导 支持      刘辉   → 谢国铭        P1     情绪支持   (Q1)
 *   S5 deleted (ignored everywhere)
 * Q2: 3 sessions, 300 min = 5.0 h; 谢国铭 240 min (4.0 h, 2 次), 李若鹏 210 min (3.5 h, 2 次).
 *
 * Follow-ups:
 *   F1 S1 谢国铭 due 04-30 已完成 04-28
 *   F2 S2 李若鹏 due 05-31 待办            (overdue 30 d on 06-30, 40 d on 07-10)
 *   F3 S2 谢国铭 due 06-10 已完成 07-02     (open on 06-30: 20 d)
 *   F4 S4 谢国铭 due 04-15 进行中           (76 d on 06-30, 86 d on 07-10)
 *   F5 S3 李若鹏 due 07-10 待办             (due in Q3)
 *   F6 S1 李若鹏 due 05-05 已取消
 * Q2 completion: due F1 F2 F3 F4 (F6 cancelled) → completed by 06-30: F1 → 1/4 = 25.0%.
 *
 * Assessments (default framework):
 *   P1 2025Q1 all 4 → 80.0 蓝色; P1 2025Q2 the worked example → 79.6 黄色, dropped to 红色 (F2, F4 > 30 d on 07-10);
 *   P2 2025Q2 all 5 → 100.0 绿色 (assessed 06-25: F2 only 25 d overdue); P3 not assessed.
 */
import type {
  Assessment,
  AssessmentItem,
  FollowUp,
  IndexFramework,
  Person,
  Project,
  ProjectProgress,
  SupervisionSession,
} from '../../../../src/shared/model'
import { buildDefaultFramework } from '../../../../src/shared/domain/supervision-index/default-framework'

export const TODAY = '2025-07-15'
export const PERIOD = '2025Q2'
export const STUDIO = { name: '林泉高级社工师工作室', lead: '高瑞敏' }

const meta = (id: string, at = '2025-01-05T08:00:00.000Z') => ({ id, createdAt: at, updatedAt: at, deletedAt: null as string | null, rev: 1 })

function person(id: string, name: string, role: Person['role'], org: string, qualification: Person['qualification'] = '社会工作师'): Person {
  return { ...meta(id), name, role, org, qualification, field: '养老', phone: '', note: '' }
}

export const persons: Person[] = [
  person('sup1', '高瑞敏', '督导者', '林泉高级社工师工作室', '高级社会工作师'),
  person('sup2', '刘辉', '督导者', '西海岸新区社会工作协会'),
  person('pa', '谢国铭', '社工', '薛家岛街道社会工作服务站'),
  person('pb', '李若鹏', '社区工作者', '古街社区', '助理社会工作师'),
  person('pc', '赵萍', '志愿者骨干', '林泉社区', '无'),
]

function project(id: string, name: string, community: string, over: Partial<Project> = {}): Project {
  return {
    ...meta(id),
    name,
    organization: '路桥区安和社会工作服务中心',
    street: '路桥街道',
    community,
    field: '养老',
    beneficiaries: '高龄、独居老人',
    fundingSource: '政府购买服务',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    leaderId: 'pa',
    targets: { activities: 24, serviceCount: 1200, volunteers: 40 },
    status: '进行中',
    note: '',
    ...over,
  }
}

export const projects: Project[] = [
  project('p1', '古街社区助老送餐服务项目', '古街社区'),
  project('p2', '林泉社区“共享儿女”服务项目', '林泉社区'),
  project('p3', '福鼎社区中医理疗项目', '福鼎社区'),
]

export const progress: ProjectProgress[] = [
  {
    ...meta('pr1'),
    projectId: 'p1',
    period: '2025Q2',
    activities: 5,
    serviceCount: 280,
    volunteers: 36,
    volunteerHours: 120.5,
    needsCollected: 20,
    needsResolved: 17,
    satisfaction: 93.5,
    note: '',
  },
]

function session(
  id: string,
  seq: number,
  date: string,
  startTime: string,
  endTime: string,
  minutes: number,
  over: Partial<SupervisionSession>,
): SupervisionSession {
  return {
    ...meta(id, `${date}T08:00:00.000Z`),
    code: `DD-2025-${String(seq).padStart(4, '0')}`,
    year: 2025,
    seq,
    date,
    startTime,
    endTime,
    durationMinutes: minutes,
    location: '古街社区党群服务中心',
    mode: '个别督导',
    functions: ['教育'],
    kind: '内部督导',
    supervisorIds: ['sup1'],
    superviseeIds: ['pa'],
    projectIds: [],
    topics: [],
    questions: '独居老人拒绝上门送餐，担心给子女添麻烦。',
    process: '督导者先请被督导者回顾三次入户的经过，再一起分析老人拒绝的原因。',
    advice: '先以邻里志愿者陪同探访建立信任，再逐步引入送餐服务。',
    supervisorReflection: '应给被督导者更多表达空间。',
    superviseeReflection: '',
    feedbackScore: 5,
    riskLevel: '无',
    riskNote: '',
    sensitive: 0,
    nextDate: null,
    confirmation: null,
    status: '已定稿',
    finalizedAt: `${date}T10:00:00.000Z`,
    ...over,
  }
}

export const sessions: SupervisionSession[] = [
  session('s1', 1, '2025-04-08', '09:00', '10:30', 90, {
    mode: '个别督导',
    functions: ['教育', '支持'],
    projectIds: ['p1'],
    topics: ['个案工作', '情绪支持'],
    nextDate: '2025-05-12',
    confirmation: { name: '谢国铭', at: '2025-04-09T02:00:00.000Z' },
  }),
  session('s2', 2, '2025-05-12', '14:00', '16:30', 150, {
    mode: '团体督导',
    functions: ['行政', '教育'],
    superviseeIds: ['pa', 'pb'],
    projectIds: ['p1', 'p2'],
    topics: ['志愿者管理', '个案工作'],
    riskLevel: '关注',
    riskNote: '一位志愿者与老人发生争执',
  }),
  session('s3', 3, '2025-06-20', '10:00', '11:00', 60, {
    mode: '现场督导',
    functions: ['行政'],
    supervisorIds: ['sup2'],
    superviseeIds: ['pb'],
    projectIds: ['p2'],
    topics: ['项目管理'],
    sensitive: 1,
    questions: '服务对象家属投诉社工泄露隐私。',
    process: '核实投诉经过并梳理保密流程。',
    advice: '向家属当面说明并致歉。',
    riskLevel: '严重',
    riskNote: '涉及服务对象隐私',
    status: '草稿',
    finalizedAt: null,
  }),
  session('s4', 4, '2025-03-18', '09:00', '11:00', 120, {
    mode: '个别督导',
    functions: ['支持'],
    supervisorIds: ['sup2'],
    superviseeIds: ['pa'],
    projectIds: ['p1'],
    topics: ['情绪支持'],
  }),
  {
    ...session('s5', 5, '2025-05-01', '09:00', '17:00', 480, { projectIds: ['p1'], topics: ['伦理困境'] }),
    deletedAt: '2025-05-02T08:00:00.000Z',
  },
]

function followUp(id: string, sessionId: string, ownerId: string, dueDate: string, status: FollowUp['status'], completedDate: string | null, content: string): FollowUp {
  return { ...meta(id), sessionId, ownerId, dueDate, status, completedDate, completionNote: completedDate ? '已按期完成' : '', content }
}

export const followUps: FollowUp[] = [
  followUp('f1', 's1', 'pa', '2025-04-30', '已完成', '2025-04-28', '整理老人拒绝送餐的原因清单'),
  followUp('f2', 's2', 'pb', '2025-05-31', '待办', null, '组织一次志愿者沟通技巧培训'),
  followUp('f3', 's2', 'pa', '2025-06-10', '已完成', '2025-07-02', '补齐五月个案记录'),
  followUp('f4', 's4', 'pa', '2025-04-15', '进行中', null, '与居委会商定送餐路线'),
  followUp('f5', 's3', 'pb', '2025-07-10', '待办', null, '修订服务对象信息保密制度'),
  followUp('f6', 's1', 'pb', '2025-05-05', '已取消', null, '联系辖区餐饮企业'),
]

export const framework: IndexFramework = {
  ...meta('fw1'),
  ...buildDefaultFramework(),
  frozen: 1,
}

const CODES = ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'D4', 'E1', 'E2', 'E3']
/** docs/domain.md's worked example: 79.6. */
export const WORKED = [4, 3, 5, 4, 4, 5, 3, 4, 4, 5, 3, 2, 5, 4, 3]

function items(ratings: number[], extra: Record<string, Partial<AssessmentItem>> = {}): AssessmentItem[] {
  return CODES.map((code, i) => ({ indicatorCode: code, rating: ratings[i] ?? null, basis: '', suggestion: null, ...extra[code] }))
}

function assessment(id: string, projectId: string, period: string, assessDate: string, over: Partial<Assessment>): Assessment {
  return {
    ...meta(id, `${assessDate}T08:00:00.000Z`),
    projectId,
    frameworkId: 'fw1',
    period,
    assessor: '高瑞敏',
    assessDate,
    items: items(CODES.map(() => 4)),
    veto: null,
    achievements: '',
    problems: '',
    improvements: '',
    status: '已定稿',
    totalTenths: null,
    colour: null,
    grade: null,
    dropReasons: [],
    finalizedAt: `${assessDate}T08:00:00.000Z`,
    ...over,
  }
}

export const assessments: Assessment[] = [
  assessment('a1', 'p1', '2025Q1', '2025-04-10', { totalTenths: 800, colour: '蓝色', grade: '良好' }),
  assessment('a2', 'p1', '2025Q2', '2025-07-10', {
    items: items(WORKED, {
      C1: { suggestion: { rating: 5, value: 1.0, figures: '活动场次 6/6（100.0%），服务人次 300/300（100.0%），取较小值 100.0%' } },
      D3: {
        suggestion: { rating: 4, value: 0.9, figures: '本期到期跟进事项 10 项，期末前完成 9 项（90.0%）' },
        basis: '部分督导意见落实不到位',
      },
      D4: { basis: '激励措施零散' },
    }),
    totalTenths: 796,
    colour: '红色',
    grade: '预警',
    dropReasons: [{ kind: 'overdueDrop', text: '有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }],
    achievements: '送餐服务覆盖 36 户高龄老人。',
    problems: '跟进事项落实不及时。',
    improvements: '',
  }),
  assessment('a3', 'p2', '2025Q2', '2025-06-25', { items: items(CODES.map(() => 5)), totalTenths: 1000, colour: '绿色', grade: '优秀' }),
]

export const frameworks: IndexFramework[] = [framework]
