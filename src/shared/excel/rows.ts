/**
 * Legacy 督导记录 rows → session inputs, row by row, with Chinese errors and warnings.
 * Pure: the renderer supplies the persons, projects and fingerprints it knows, and writes
 * the valid rows afterwards (src/renderer/src/db/excel-import.ts).
 */
import zhCN from 'zod/v4/locales/zh-CN.js'
import {
  fieldErrors,
  sessionInputSchema,
  SESSION_MODES,
  type SessionForm,
  type SessionFunction,
  type SessionInput,
  type SessionMode,
  type SupervisionKind,
} from '../model'
import { FIELD_LABELS, SESSION_CODE_RE } from '../model/stored'
import { type ColumnMapping, type ImportField, normalizeHeader } from './columns'
import { addMinutes, parseDuration, parseLooseDate, parseLooseTime, parseTimeRange } from './dates'
import { cellText, hashText, splitList, splitNames, toHalfWidth, type CellValue } from './text'

export interface ImportDefaults {
  /** 'auto': one supervisee → 个别督导, several → 团体督导. */
  mode: SessionMode | 'auto'
  functions: SessionFunction[]
  kind: SupervisionKind
  /** Used when a row has a 时长 but no start time. */
  startTime: string
  /** Used when the sheet has no 督导者 column or the cell is empty (one supervisor's own records). */
  supervisorId: string | null
}

export const DEFAULT_IMPORT_DEFAULTS: ImportDefaults = { mode: 'auto', functions: ['教育'], kind: '内部督导', startTime: '09:00', supervisorId: null }

export interface ImportContext {
  today: string
  persons: readonly { id: string; name: string; deletedAt: string | null; createdAt: string }[]
  projects: readonly { id: string; name: string; deletedAt: string | null }[]
  /** Fingerprints of rows imported before → 编号 of the session made from them (sessions that still exist). */
  imported: ReadonlyMap<string, string>
  /** 编号 of every stored session. */
  existingCodes: ReadonlySet<string>
}

export type RowStatus = 'ok' | 'error' | 'duplicate'

export interface PreviewRow {
  /** Row number as Excel shows it (1-based). */
  rowNumber: number
  status: RowStatus
  errors: string[]
  warnings: string[]
  /** The session to create; person ids of people to be created are `new:<姓名>`. */
  input: SessionInput | null
  /** The input as the schema normalised it (ok rows): the import writes this without checking it twice. */
  form: SessionForm | null
  fingerprint: string
  /** For the preview table. */
  display: { date: string; time: string; supervisors: string; supervisees: string; mode: string; summary: string }
}

export interface ImportPreview {
  rows: PreviewRow[]
  counts: { rows: number; ok: number; error: number; duplicate: number; empty: number }
  /** People the import will create (not found by name among the stored persons). */
  newPersons: { name: string; role: '督导者' | '社工' }[]
  /** Every non-empty row failed its date: the 日期 column is probably mapped wrong. */
  dateColumnSuspect: boolean
}

export const NEW_PERSON_PREFIX = 'new:'

const MODE_WORDS: [RegExp, SessionMode][] = [
  [/个别|个案|一对一|单独/, '个别督导'],
  [/团体|小组|集体|团队/, '团体督导'],
  [/朋辈/, '朋辈督导'],
  [/现场|实地|驻点|跟岗/, '现场督导'],
  [/线上|视频|网络|电话|微信|腾讯会议|远程/, '线上督导'],
]

function parseMode(text: string): SessionMode | null {
  const t = toHalfWidth(text).trim()
  if ((SESSION_MODES as readonly string[]).includes(t)) return t as SessionMode
  for (const [re, mode] of MODE_WORDS) if (re.test(t)) return mode
  return null
}

function parseFunctions(text: string): SessionFunction[] {
  const out: SessionFunction[] = []
  if (/行政/.test(text)) out.push('行政')
  if (/教育|培训|学习/.test(text)) out.push('教育')
  if (/支持|情绪|支援/.test(text)) out.push('支持')
  return out
}

const normName = (s: string) => toHalfWidth(s).replace(/\s+/g, '')

const TEXT_LIMITS: Partial<Record<ImportField, number>> = { location: 100 }

/** Builds the preview of every data row below the header. */
export function buildPreview(
  rows: readonly (readonly CellValue[])[],
  headerRow: number,
  mapping: ColumnMapping,
  defaults: ImportDefaults,
  ctx: ImportContext,
): ImportPreview {
  const schema = sessionInputSchema(ctx.today)
  const headers = (rows[headerRow] ?? []).map((c) => cellText(c))
  const durationHeader = mapping.duration !== null ? normalizeHeader(headers[mapping.duration] ?? '') : ''
  const durationUnit = /分钟|min/i.test(durationHeader) ? 'minutes' : /小时|时数|课时|h$/i.test(durationHeader) ? 'hours' : 'auto'

  const byName = new Map<string, string>()
  const live = [...ctx.persons].filter((p) => p.deletedAt === null).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const sameName = new Map<string, number>()
  for (const p of live) {
    const k = normName(p.name)
    sameName.set(k, (sameName.get(k) ?? 0) + 1)
    if (!byName.has(k)) byName.set(k, p.id)
  }
  const liveProjects = ctx.projects.filter((p) => p.deletedAt === null)
  const newPersons = new Map<string, '督导者' | '社工'>()
  const seenInFile = new Map<string, number>()

  const out: PreviewRow[] = []
  let empty = 0
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? []
    const texts = row.map((c) => cellText(c))
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop()
    if (texts.every((t) => t === '')) {
      empty += 1
      continue
    }
    // A repeated header (sheets printed page by page) is not a record.
    if (texts.length > 0 && texts.every((t, i) => t === '' || t === headers[i])) {
      empty += 1
      continue
    }
    const rowNumber = r + 1
    const cell = (f: ImportField): CellValue => {
      const col = mapping[f]
      return col === null ? null : (row[col] ?? null)
    }
    const text = (f: ImportField) => cellText(cell(f))
    const errors: string[] = []
    const warnings: string[] = []

    // Date, and a time range written after it (2025-03-06 14:00-16:00).
    const dateParsed = parseLooseDate(cell('date'))
    let date = ''
    let restTime = ''
    if (dateParsed.ok) {
      date = dateParsed.value
      restTime = dateParsed.rest ?? ''
    } else errors.push(mapping.date === null ? '缺少日期：请在上一步对应“督导日期”列' : dateParsed.error)

    // Times: start/end columns, a 时段 column, the time after the date, then a 时长.
    let start: string | null = null
    let end: string | null = null
    const takeRange = (v: CellValue) => {
      const range = parseTimeRange(v)
      if (range.ok) {
        start = range.value.start
        end = range.value.end
        return true
      }
      const single = parseLooseTime(v)
      if (single.ok) {
        start = single.value
        return true
      }
      errors.push(range.error)
      return false
    }
    if (text('startTime')) {
      const s = text('startTime')
      if (/[-~～至到]/.test(toHalfWidth(s)) && !text('endTime')) takeRange(cell('startTime'))
      else {
        const t = parseLooseTime(cell('startTime'))
        if (t.ok) start = t.value
        else errors.push(`开始时间${t.error.replace(/^时间/, '')}`)
      }
    }
    if (text('endTime')) {
      const t = parseLooseTime(cell('endTime'))
      if (t.ok) end = t.value
      else errors.push(`结束时间${t.error.replace(/^时间/, '')}`)
    }
    if (start === null && end === null && text('timeRange')) takeRange(cell('timeRange'))
    if (start === null && end === null && restTime) takeRange(restTime)
    if (text('duration') && (start === null || end === null)) {
      const d = parseDuration(cell('duration'), durationUnit)
      if (!d.ok) errors.push(d.error)
      else if (start !== null) end = addMinutes(start, d.value) ?? '24:00'
      else if (end !== null) start = addMinutes(end, -d.value) ?? '00:00'
      else {
        start = defaults.startTime
        end = addMinutes(start, d.value) ?? '24:00'
        warnings.push(`未填开始时间，按 ${defaults.startTime} 开始、时长 ${d.value} 分钟记录`)
      }
    }
    if (start === null && end === null && !errors.some((e) => /时间|时段|时长/.test(e)))
      errors.push('缺少督导时间：请对应“开始时间/结束时间”“时段”或“时长”列')
    else if (start !== null && end === null && !errors.some((e) => /时间|时段|时长/.test(e))) errors.push('缺少结束时间或时长')

    // People.
    const resolve = (names: string[], role: '督导者' | '社工') =>
      names.map((n) => {
        const key = normName(n)
        const id = byName.get(key)
        if (id) {
          if ((sameName.get(key) ?? 0) > 1) warnings.push(`有多位同名人员“${n}”，已对应到最早录入的一位`)
          return id
        }
        if (!newPersons.has(n)) newPersons.set(n, role)
        return `${NEW_PERSON_PREFIX}${n}`
      })
    const supervisorNames = splitNames(text('supervisors'))
    let supervisorIds = resolve(supervisorNames, '督导者')
    if (supervisorIds.length === 0 && defaults.supervisorId) supervisorIds = [defaults.supervisorId]
    const superviseeNames = splitNames(text('supervisees'))
    const superviseeIds = resolve(superviseeNames, '社工')

    let mode: SessionMode
    const modeText = text('mode')
    const parsedMode = modeText ? parseMode(modeText) : null
    if (modeText && !parsedMode) {
      errors.push(`督导方式无法识别：“${modeText}”（可填 ${SESSION_MODES.join('、')}）`)
      mode = '个别督导'
    } else mode = parsedMode ?? (defaults.mode === 'auto' ? (superviseeIds.length > 1 ? '团体督导' : '个别督导') : defaults.mode)

    const fnText = text('functions')
    const functions = fnText ? parseFunctions(fnText) : defaults.functions
    if (fnText && functions.length === 0) errors.push(`督导功能无法识别：“${fnText}”（可填 行政、教育、支持）`)
    const kindText = text('kind')
    const kind: SupervisionKind = kindText ? (/外部|外聘/.test(kindText) ? '外部督导' : '内部督导') : defaults.kind

    const projectIds: string[] = []
    for (const name of splitList(text('projects'))) {
      const n = normName(name)
      const hit =
        liveProjects.find((p) => normName(p.name) === n) ??
        liveProjects.find((p) => normName(p.name).includes(n) || n.includes(normName(p.name)))
      if (hit) projectIds.push(hit.id)
      else warnings.push(`未找到服务项目“${name}”，未关联`)
    }

    let questions = text('questions')
    const topicItems = splitList(text('topics'))
    let topics: string[] = []
    if (topicItems.some((t) => t.length > 20)) {
      // A sentence, not tags: keep it as the question raised.
      questions = [text('topics'), questions].filter(Boolean).join('\n')
      warnings.push('议题内容较长，已记入“被督导者提出的问题”')
    } else topics = topicItems

    let process = text('process')
    const note = text('note')
    if (note) process = [process, `备注：${note}`].filter(Boolean).join('\n')
    let location = text('location')
    const maxLoc = TEXT_LIMITS.location!
    if (location.length > maxLoc) {
      warnings.push(`地点超过 ${maxLoc} 字，已截断`)
      location = location.slice(0, maxLoc)
    }

    let nextDate: string | null = null
    if (text('nextDate')) {
      const nd = parseLooseDate(cell('nextDate'))
      if (nd.ok) nextDate = nd.value
      else warnings.push(`下次督导日期无法识别（${text('nextDate')}），已忽略`)
    }
    if (nextDate !== null && date && nextDate < date) {
      warnings.push('下次督导日期早于本次，已忽略')
      nextDate = null
    }

    const input: SessionInput = {
      date,
      startTime: start ?? '',
      endTime: end ?? '',
      location,
      mode,
      functions,
      kind,
      supervisorIds,
      superviseeIds,
      projectIds: [...new Set(projectIds)],
      topics,
      questions,
      process,
      advice: text('advice'),
      supervisorReflection: text('supervisorReflection'),
      superviseeReflection: text('superviseeReflection'),
      nextDate,
      followUps: [],
    }
    let form: SessionForm | null = null
    if (errors.length === 0) {
      const parsed = schema.safeParse(input, { error: zhCN().localeError })
      if (parsed.success) form = parsed.data
      else
        for (const [path, msg] of Object.entries(fieldErrors(parsed.error))) {
          const label = FIELD_LABELS[path.split('.')[0] ?? ''] ?? path
          errors.push(msg.includes(label.slice(0, 2)) ? msg : `${label}：${msg}`)
        }
    }

    // The row's content as it will be stored (names, not ids: a person created by the first
    // import is found by id the second time) — not row numbers or column order.
    const canon = (v: string) => toHalfWidth(v).replace(/\s+/g, ' ').trim()
    const fingerprint = hashText(
      errors.length > 0
        ? (Object.keys(mapping) as ImportField[]).map((f) => canon(text(f))).join('\u0001')
        : [
            date, start, end, [...supervisorNames].sort().join('、') || (defaults.supervisorId ?? ''), [...superviseeNames].sort().join('、'),
            location, mode, functions.join('、'), topics.join('、'), questions, process, input.advice, input.supervisorReflection,
            input.superviseeReflection,
          ]
            .map((v) => canon(String(v ?? '')))
            .join('\u0001'),
    )
    let status: RowStatus = errors.length > 0 ? 'error' : 'ok'
    const code = toHalfWidth(text('code'))
    const before = ctx.imported.get(fingerprint)
    const twin = seenInFile.get(fingerprint)
    if (before !== undefined) {
      status = 'duplicate'
      errors.unshift(`此行已导入过（${before}），不再重复导入`)
    } else if (SESSION_CODE_RE.test(code) && ctx.existingCodes.has(code)) {
      status = 'duplicate'
      errors.unshift(`编号 ${code} 的记录已存在，不再重复导入`)
    } else if (twin !== undefined) {
      status = 'duplicate'
      errors.unshift(`与第 ${twin} 行内容完全相同，不再重复导入`)
    }
    if (!seenInFile.has(fingerprint)) seenInFile.set(fingerprint, rowNumber)

    out.push({
      rowNumber,
      status,
      errors,
      warnings: [...new Set(warnings)],
      input: status === 'ok' ? input : null,
      form: status === 'ok' ? form : null,
      fingerprint,
      display: {
        date: date || text('date'),
        time: start && end ? `${start}-${end}` : '',
        supervisors: supervisorNames.join('、'),
        supervisees: superviseeNames.join('、'),
        mode: modeText || mode,
        summary: (topics.join('、') || questions || process || text('advice')).slice(0, 40),
      },
    })
  }

  const counted = (s: RowStatus) => out.filter((r) => r.status === s).length
  const withDate = out.filter((r) => r.display.date !== '')
  const dateColumnSuspect = withDate.length >= 3 && withDate.every((r) => r.errors.some((e) => e.startsWith('日期')))
  const neededNew = new Set(
    out.filter((r) => r.status === 'ok').flatMap((r) => [...r.input!.supervisorIds, ...r.input!.superviseeIds].filter((id) => id.startsWith(NEW_PERSON_PREFIX))),
  )
  return {
    rows: out,
    counts: { rows: out.length, ok: counted('ok'), error: counted('error'), duplicate: counted('duplicate'), empty },
    newPersons: [...newPersons]
      .filter(([name]) => neededNew.has(`${NEW_PERSON_PREFIX}${name}`))
      .map(([name, role]) => ({ name, role })),
    dateColumnSuspect,
  }
}
