import { cellText, toHalfWidth, type CellValue } from './text'

/** What a column of a legacy 督导记录 sheet can hold, in the order the import dialog lists them, with their names. */
export const IMPORT_FIELD_LABELS = {
  code: '编号',
  date: '督导日期',
  startTime: '开始时间',
  endTime: '结束时间',
  timeRange: '时段（如 14:00-16:00）',
  duration: '时长',
  location: '地点',
  mode: '督导方式',
  functions: '督导功能',
  kind: '内部/外部督导',
  supervisors: '督导者',
  supervisees: '被督导者',
  projects: '关联项目',
  topics: '议题',
  questions: '被督导者提出的问题',
  process: '督导过程/内容',
  advice: '督导意见与建议',
  supervisorReflection: '督导者反思',
  superviseeReflection: '被督导者反思',
  nextDate: '下次督导日期',
  note: '备注（并入督导过程）',
  followUps: '跟进事项',
  followUpOwner: '跟进事项负责人',
  followUpDue: '跟进事项期限',
  followUpStatus: '跟进事项状态',
  rowNo: '序号（仅用于对照，不存入记录）',
} as const satisfies Record<string, string>
export type ImportField = keyof typeof IMPORT_FIELD_LABELS
export const IMPORT_FIELDS: readonly ImportField[] = Object.keys(IMPORT_FIELD_LABELS) as ImportField[]

/** Header names seen in studios' sheets, per field (compared after normalising). */
const SYNONYMS: Record<ImportField, string[]> = {
  code: ['编号', '记录编号', '督导编号', '序号编号'],
  date: ['日期', '督导日期', '督导时间', '时间', '活动日期', '开展日期', '日期时间'],
  startTime: ['开始时间', '开始', '起始时间', '开始时刻'],
  endTime: ['结束时间', '结束', '终止时间', '结束时刻'],
  timeRange: ['时段', '起止时间', '督导时段', '起止'],
  duration: ['时长', '督导时长', '时数', '小时数', '用时', '时长小时', '时长分钟', '督导时数', '课时'],
  location: ['地点', '督导地点', '场所', '地址', '督导地址'],
  mode: ['方式', '督导方式', '形式', '督导形式', '督导类型', '类型'],
  functions: ['功能', '督导功能'],
  kind: ['内部外部', '内外部', '督导类别', '内部外部督导', '督导来源'],
  supervisors: ['督导者', '督导人', '督导老师', '督导师', '督导', '督导人员', '督导者姓名'],
  supervisees: ['被督导者', '被督导人', '被督导对象', '参加人员', '参与人员', '督导对象', '接受督导人员', '被督导者姓名', '参会人员', '被督导社工'],
  projects: ['项目', '关联项目', '服务项目', '项目名称', '所属项目'],
  topics: ['议题', '督导议题', '主题', '督导主题'],
  questions: ['问题', '提出的问题', '被督导者提出的问题', '困惑', '存在问题', '问题与困惑'],
  process: ['内容', '督导内容', '过程', '督导过程', '记录', '督导记录', '主要内容', '督导过程记录'],
  advice: ['意见', '建议', '督导意见', '督导建议', '督导意见与建议', '意见建议', '意见与建议'],
  supervisorReflection: ['督导者反思', '督导反思', '反思'],
  superviseeReflection: ['被督导者反思'],
  nextDate: ['下次督导日期', '下次督导时间', '下次督导'],
  note: ['备注', '说明'],
  followUps: ['跟进事项', '跟进', '后续跟进', '待跟进事项', '跟进计划', '跟进内容', '后续安排', '待办事项', '跟进任务'],
  followUpOwner: ['跟进负责人', '负责人', '责任人', '跟进人', '跟进事项负责人'],
  followUpDue: ['跟进期限', '期限', '完成期限', '截止日期', '完成时限', '时限', '跟进事项期限', '完成时间'],
  followUpStatus: ['跟进状态', '完成情况', '落实情况', '跟进情况', '完成状态', '跟进事项状态'],
  rowNo: ['序号', '行号', 'No', '编码序号'],
}

export const normalizeHeader = (s: string) =>
  toHalfWidth(s)
    .replace(/[\s:：*＊()（）[\]【】<>《》/、_\-.]/g, '')
    .replace(/[(（]?(必填|选填)[)）]?$/, '')
    .trim()

const NORMALIZED = IMPORT_FIELDS.map((f) => ({ field: f, names: SYNONYMS[f].map(normalizeHeader) }))

/** The field a header names, with how sure: 2 exact synonym, 1 a synonym inside it, 0 none. */
export function matchHeader(header: string): { field: ImportField; score: 2 | 1 } | null {
  const h = normalizeHeader(header)
  if (!h || /签名|签字|盖章/.test(h)) return null
  for (const { field, names } of NORMALIZED) if (names.includes(h)) return { field, score: 2 }
  // Longest synonym contained in the header (被督导者姓名 → 被督导者, not 督导者).
  let best: { field: ImportField; len: number } | null = null
  for (const { field, names } of NORMALIZED)
    for (const n of names) if (n.length >= 2 && h.includes(n) && (!best || n.length > best.len)) best = { field, len: n.length }
  return best ? { field: best.field, score: 1 } : null
}

/** Column index (0-based) per field; null = not in this sheet. */
export type ColumnMapping = Record<ImportField, number | null>

const emptyMapping = (): ColumnMapping => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping

/** Guesses the mapping from a header row: each field takes the best-matching column, each column one field. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping = emptyMapping()
  const candidates = headers
    .map((h, col) => ({ col, m: matchHeader(h) }))
    .filter((c): c is { col: number; m: { field: ImportField; score: 2 | 1 } } => c.m !== null)
    .sort((a, b) => b.m.score - a.m.score || a.col - b.col)
  const used = new Set<number>()
  for (const c of candidates) {
    if (mapping[c.m.field] !== null || used.has(c.col)) continue
    mapping[c.m.field] = c.col
    used.add(c.col)
  }
  // 日期 + 时间 side by side: the 时间 column is the time of day.
  headers.forEach((h, col) => {
    if (used.has(col) || mapping.timeRange !== null) return
    if (['时间', '督导时间'].includes(normalizeHeader(h))) {
      mapping.timeRange = col
      used.add(col)
    }
  })
  return mapping
}

export interface HeaderGuess {
  /** 0-based index of the header row within the sheet's rows. */
  headerRow: number
  headers: string[]
  mapping: ColumnMapping
  /** How many fields were recognised. */
  recognised: number
}

/**
 * Finds the header row among the first 20 rows (sheets often start with a title row such
 * as “2024年督导记录汇总表”): the row naming the most fields, at least two of them.
 */
export function findHeaderRow(rows: CellValue[][]): HeaderGuess | null {
  let best: HeaderGuess | null = null
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const headers = (rows[r] ?? []).map((c) => cellText(c))
    if (headers.filter(Boolean).length < 2) continue
    const mapping = guessMapping(headers)
    const recognised = IMPORT_FIELDS.filter((f) => mapping[f] !== null).length
    if (recognised >= 2 && (!best || recognised > best.recognised)) best = { headerRow: r, headers, mapping, recognised }
  }
  return best
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}
