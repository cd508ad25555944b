/** Excel export of the lists, with Chinese headers. Pure: the caller passes the records. */
import type {
  Assessment,
  FollowUp,
  IndexFramework,
  Person,
  Project,
  ProjectProgress,
  SupervisionSession,
} from '../model'
import { TABLE_LABELS, type BackupTable } from '../model/stored'
import { periodLabel } from '../domain/period'
import { formatDate } from '../text/format'
import { loadExcelJS } from './workbook'

export const EXPORT_SHEETS = ['sessions', 'followUps', 'projects', 'progress', 'persons', 'assessments'] as const satisfies readonly BackupTable[]
export type ExportSheet = (typeof EXPORT_SHEETS)[number]
/** A sheet is named as its table is everywhere else (backups, merge results). */
export const EXPORT_SHEET_LABELS: Readonly<Record<ExportSheet, string>> = TABLE_LABELS

export interface ExportData {
  persons: readonly Person[]
  projects: readonly Project[]
  progress: readonly ProjectProgress[]
  sessions: readonly SupervisionSession[]
  followUps: readonly FollowUp[]
  assessments: readonly Assessment[]
  frameworks: readonly IndexFramework[]
}

export interface ExportOptions {
  sheets: readonly ExportSheet[]
  /** Text of 敏感 records is left out unless asked for. */
  includeSensitive: boolean
  /** For 是否逾期. */
  today: string
}

type Col = { header: string; width: number }
type Sheet = { name: string; columns: Col[]; rows: (string | number | null)[][] }

export const SENSITIVE_PLACEHOLDER = '（敏感记录，内容未导出）'

/** A date cell: the app's date format, empty when there is none (so the sheet re-imports). */
const dateCell = (date: string | null | undefined): string => (date ? formatDate(date) : '')

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]) => rows.filter((r) => r.deletedAt === null)

/** The rows of each sheet (also what the tests check). */
export function exportSheets(data: ExportData, options: ExportOptions): Sheet[] {
  const personName = new Map(data.persons.map((p) => [p.id, p.name]))
  const projectName = new Map(data.projects.map((p) => [p.id, p.name]))
  const names = (ids: readonly string[], map: Map<string, string>) => ids.map((id) => map.get(id) ?? '（已删除）').join('、')
  const sessions = live(data.sessions).sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code))
  const sessionById = new Map(data.sessions.map((s) => [s.id, s]))
  const out: Sheet[] = []
  for (const sheet of options.sheets) {
    if (sheet === 'sessions') {
      const hide = (s: SupervisionSession, v: string) => (s.sensitive === 1 && !options.includeSensitive && v ? SENSITIVE_PLACEHOLDER : v)
      out.push({
        name: EXPORT_SHEET_LABELS.sessions,
        columns: [
          { header: '编号', width: 14 }, { header: '督导日期', width: 12 }, { header: '开始时间', width: 9 }, { header: '结束时间', width: 9 },
          { header: '时长（分钟）', width: 10 }, { header: '地点', width: 18 }, { header: '督导方式', width: 10 }, { header: '督导功能', width: 12 },
          { header: '内部/外部督导', width: 12 }, { header: '督导者', width: 14 }, { header: '被督导者', width: 18 }, { header: '关联项目', width: 24 },
          { header: '议题', width: 20 }, { header: '被督导者提出的问题', width: 30 }, { header: '督导过程', width: 40 }, { header: '督导意见与建议', width: 40 },
          { header: '督导者反思', width: 30 }, { header: '被督导者反思', width: 30 }, { header: '被督导者反馈', width: 10 }, { header: '风险/伦理提示', width: 10 },
          { header: '风险/伦理说明', width: 24 }, { header: '敏感', width: 6 }, { header: '下次督导日期', width: 12 }, { header: '状态', width: 8 },
          { header: '被督导者确认', width: 20 },
        ],
        rows: sessions.map((s) => [
          s.code, dateCell(s.date), s.startTime, s.endTime, s.durationMinutes, s.location, s.mode, s.functions.join('、'), s.kind,
          names(s.supervisorIds, personName), names(s.superviseeIds, personName), names(s.projectIds, projectName), s.topics.join('、'),
          hide(s, s.questions), hide(s, s.process), hide(s, s.advice), hide(s, s.supervisorReflection), hide(s, s.superviseeReflection),
          s.feedbackScore, s.riskLevel, hide(s, s.riskNote), s.sensitive === 1 ? '是' : '否', dateCell(s.nextDate), s.status,
          s.confirmation ? `${s.confirmation.name}（${s.confirmation.at.slice(0, 10)}）` : '',
        ]),
      })
    } else if (sheet === 'followUps') {
      const rows = live(data.followUps)
        .map((f) => ({ f, s: sessionById.get(f.sessionId) }))
        .filter(({ s }) => s && s.deletedAt === null)
        .sort((a, b) => a.f.dueDate.localeCompare(b.f.dueDate))
      out.push({
        name: EXPORT_SHEET_LABELS.followUps,
        columns: [
          { header: '督导记录编号', width: 14 }, { header: '督导日期', width: 12 }, { header: '内容', width: 40 }, { header: '负责人', width: 10 },
          { header: '期限', width: 12 }, { header: '状态', width: 8 }, { header: '完成日期', width: 12 }, { header: '完成说明', width: 30 },
          { header: '是否逾期', width: 8 },
        ],
        rows: rows.map(({ f, s }) => [
          s!.code, dateCell(s!.date), s!.sensitive === 1 && !options.includeSensitive ? SENSITIVE_PLACEHOLDER : f.content, personName.get(f.ownerId) ?? '',
          dateCell(f.dueDate), f.status, dateCell(f.completedDate), f.completionNote,
          f.status !== '已完成' && f.status !== '已取消' && f.dueDate < options.today ? '逾期' : '',
        ]),
      })
    } else if (sheet === 'projects') {
      out.push({
        name: EXPORT_SHEET_LABELS.projects,
        columns: [
          { header: '项目名称', width: 28 }, { header: '承接机构', width: 20 }, { header: '街道', width: 10 }, { header: '社区', width: 12 },
          { header: '服务领域', width: 10 }, { header: '服务对象', width: 16 }, { header: '资金来源', width: 12 }, { header: '开始日期', width: 12 },
          { header: '结束日期', width: 12 }, { header: '项目负责人', width: 10 }, { header: '年度目标活动场次', width: 10 },
          { header: '年度目标服务人次', width: 10 }, { header: '年度目标志愿者人数', width: 10 }, { header: '状态', width: 8 }, { header: '备注', width: 30 },
        ],
        rows: live(data.projects)
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
          .map((p) => [
            p.name, p.organization, p.street, p.community, p.field, p.beneficiaries, p.fundingSource, dateCell(p.startDate), dateCell(p.endDate),
            p.leaderId ? (personName.get(p.leaderId) ?? '') : '', p.targets.activities, p.targets.serviceCount, p.targets.volunteers, p.status, p.note,
          ]),
      })
    } else if (sheet === 'progress') {
      out.push({
        name: EXPORT_SHEET_LABELS.progress,
        columns: [
          { header: '项目', width: 28 }, { header: '季度', width: 14 }, { header: '实际活动场次', width: 10 }, { header: '服务人次', width: 10 },
          { header: '参与志愿者人数', width: 10 }, { header: '志愿服务时长（小时）', width: 12 }, { header: '收集需求条数', width: 10 },
          { header: '办结诉求条数', width: 10 }, { header: '满意度（%）', width: 10 }, { header: '备注', width: 30 },
        ],
        rows: live(data.progress)
          .filter((p) => projectName.has(p.projectId))
          .sort((a, b) => (projectName.get(a.projectId) ?? '').localeCompare(projectName.get(b.projectId) ?? '', 'zh-CN') || a.period.localeCompare(b.period))
          .map((p) => [
            projectName.get(p.projectId) ?? '', periodLabel(p.period), p.activities, p.serviceCount, p.volunteers, p.volunteerHours,
            p.needsCollected, p.needsResolved, p.satisfaction, p.note,
          ]),
      })
    } else if (sheet === 'persons') {
      out.push({
        name: EXPORT_SHEET_LABELS.persons,
        columns: [
          { header: '姓名', width: 10 }, { header: '角色', width: 10 }, { header: '所在机构或社区', width: 20 }, { header: '职业资格', width: 14 },
          { header: '服务领域', width: 10 }, { header: '电话', width: 14 }, { header: '备注', width: 30 },
        ],
        rows: live(data.persons)
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
          .map((p) => [p.name, p.role, p.org, p.qualification, p.field ?? '', p.phone, p.note]),
      })
    } else if (sheet === 'assessments') {
      const frameworks = new Map(data.frameworks.map((f) => [f.id, `${f.name} v${f.version}`]))
      const rows = live(data.assessments)
      if (rows.length === 0) continue
      out.push({
        name: EXPORT_SHEET_LABELS.assessments,
        columns: [
          { header: '项目', width: 28 }, { header: '评估周期', width: 16 }, { header: '指数框架', width: 20 }, { header: '评估人', width: 10 },
          { header: '评估日期', width: 12 }, { header: '总分', width: 8 }, { header: '等级', width: 8 }, { header: '颜色', width: 8 },
          { header: '一票否决', width: 24 }, { header: '状态', width: 8 }, { header: '主要成效', width: 30 }, { header: '存在问题', width: 30 },
          { header: '改进建议', width: 30 },
        ],
        rows: rows
          .sort((a, b) => a.period.localeCompare(b.period) || (projectName.get(a.projectId) ?? '').localeCompare(projectName.get(b.projectId) ?? '', 'zh-CN'))
          .map((a) => [
            projectName.get(a.projectId) ?? '', periodLabel(a.period), frameworks.get(a.frameworkId) ?? '', a.assessor, dateCell(a.assessDate),
            a.totalTenths === null ? null : a.totalTenths / 10, a.grade ?? '', a.colour ?? '', a.veto ? `${a.veto.type}：${a.veto.note}` : '',
            a.status, a.achievements, a.problems, a.improvements,
          ]),
      })
    }
  }
  return out
}

/** The .xlsx file: one worksheet per list, bold frozen header row, column widths set. */
export async function buildExportWorkbook(data: ExportData, options: ExportOptions): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS()
  const wb = new Workbook()
  wb.creator = '社工督导工作台'
  wb.created = new Date(`${options.today}T00:00:00Z`)
  for (const sheet of exportSheets(data, options)) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }))
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).alignment = { vertical: 'middle', wrapText: true }
    for (const row of sheet.rows) ws.addRow(row)
  }
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
