/**
 * One ledger row → the session it becomes, with Chinese problems by field, warnings and the
 * row's key. Pure: the preview (preview.ts) runs it over every row, and again over one row
 * when the user corrects it.
 */
import zhCN from 'zod/v4/locales/zh-CN.js'
import { fieldErrors, sessionInputSchema, SESSION_MODES, type SessionInput, type SessionMode, type SupervisionKind } from '../model'
import { FIELD_LABELS } from '../model/record-labels'
import { normalizeHeader, type ImportField } from './columns'
import { parseLooseDate, parseMonthDay } from './dates'
import { legacyFingerprint } from './legacy-fingerprint'
import { columnName, mappingOf, type AppendTarget, type SheetColumn } from './plan'
import {
  EDITABLE_FIELDS,
  NEW_PERSON_PREFIX,
  type EditableField,
  type ImportContext,
  type ImportSetup,
  type PreviewRow,
  type RowFix,
} from './preview-types'
import { readFollowUps } from './row-follow-ups'
import { readWhen } from './row-when'
import { indexSynonyms, matchFunctions, matchMode } from './synonyms'
import { cellText, hashText, splitList, splitNames, toHalfWidth, type CellValue } from './text'
import type { FormulaCell } from './workbook'
import { yearFromNeighbours, type YearSource } from './year'

export interface SheetInput {
  rows: readonly (readonly CellValue[])[]
  formulas?: readonly FormulaCell[]
}

const SUMMARY = /^(?:本[年月周季]度?|全年|\d{4}年|\d{1,2}月)?(?:合计|小计|总计|共计|累计|总合计)[:：]?$/
const normName = (s: string) => toHalfWidth(s).replace(/\s+/g, '')
const canon = (v: string) => toHalfWidth(v).replace(/\s+/g, ' ').trim()

/** Where a schema path's (or a column's field's) message is shown in the row editor. */
function fieldOfPath(path: string): EditableField | 'other' {
  const head = path.split('.')[0] ?? ''
  if (head === 'timeRange') return 'startTime'
  if (head === 'duration') return 'endTime'
  if (head === 'supervisorIds') return 'supervisors'
  if (head === 'superviseeIds') return 'supervisees'
  return (EDITABLE_FIELDS as readonly string[]).includes(head) ? (head as EditableField) : 'other'
}

export interface SheetReader {
  /** 0-based indexes of the rows below the header that hold a record (not empty, not a repeated header). */
  dataRows: number[]
  /** Empty rows and repeated headers. */
  empty: number
  read(r: number, fix?: RowFix): PreviewRow
}

export function sheetReader(sheet: SheetInput, columns: readonly SheetColumn[], setup: ImportSetup, ctx: ImportContext): SheetReader {
  const { rows } = sheet
  const { headerRow, plan, defaults } = setup
  const schema = sessionInputSchema(ctx.today)
  const localeError = zhCN().localeError
  const mapping = mappingOf(plan)
  const headers = (rows[headerRow] ?? []).map((c) => cellText(c))
  const durationHeader = mapping.duration !== null ? normalizeHeader(headers[mapping.duration] ?? '') : ''
  const durationUnit = /分钟|min/i.test(durationHeader) ? 'minutes' : /小时|时数|课时|h$/i.test(durationHeader) ? 'hours' : 'auto'
  const appended = plan.flatMap((c, i) => (c.kind === 'append' ? [{ col: i, target: c.target as AppendTarget, header: headers[i] || columnName(columns.find((x) => x.index === i) ?? { letter: String(i + 1), header: '' }) }] : []))
  const imported = plan.flatMap((c, i) => (c.kind === 'append' || (c.kind === 'field' && c.field !== 'rowNo') ? [i] : []))
  const keyTag = (i: number) => {
    const c = plan[i]!
    return c.kind === 'field' ? c.field : `+${normalizeHeader(headers[i] ?? '')}`
  }
  const synonyms = indexSynonyms([...setup.valueChoices, ...ctx.synonyms])

  // People by name: the earliest entered of namesakes.
  const byName = new Map<string, string>()
  const sameName = new Map<string, number>()
  for (const p of [...ctx.persons].filter((p) => p.deletedAt === null).sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const k = normName(p.name)
    sameName.set(k, (sameName.get(k) ?? 0) + 1)
    if (!byName.has(k)) byName.set(k, p.id)
  }

  const formulasOf = new Map<number, FormulaCell[]>()
  for (const f of sheet.formulas ?? []) if (imported.includes(f.col)) formulasOf.set(f.row, [...(formulasOf.get(f.row) ?? []), f])

  // Which rows hold a record, and each one's full date for its neighbours' year.
  const dataRows: number[] = []
  let empty = 0
  for (let r = headerRow + 1; r < rows.length; r++) {
    const texts = (rows[r] ?? []).map((c) => cellText(c))
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop()
    // A repeated header (sheets printed page by page) is not a record either.
    if (texts.every((t) => t === '') || texts.every((t, i) => t === '' || t === headers[i])) empty += 1
    else dataRows.push(r)
  }
  const fullDate = new Map<number, string>()
  if (mapping.date !== null)
    for (const r of dataRows) {
      const d = parseLooseDate(rows[r]?.[mapping.date] ?? null)
      if (d.ok) fullDate.set(r, d.value)
    }
  const position = new Map(dataRows.map((r, i) => [r, i]))
  const neighbour = (r: number, step: 1 | -1): string | null => {
    const at = position.get(r) ?? -1
    for (let i = at + step; i >= 0 && i < dataRows.length; i += step) {
      const d = fullDate.get(dataRows[i]!)
      if (d) return d
    }
    return null
  }

  function read(r: number, fix: RowFix = {}): PreviewRow {
    const row = rows[r] ?? []
    const yearOf = (month: number): { year: number; source: YearSource } | null => {
      if (setup.year) return { year: setup.year.year, source: setup.year.source }
      const year = yearFromNeighbours(month, neighbour(r, -1), neighbour(r, 1))
      return year === null ? null : { year, source: 'neighbours' }
    }
    const rowNumber = r + 1
    const cell = (f: ImportField): CellValue => {
      const col = mapping[f]
      return col === null ? null : (row[col] ?? null)
    }
    const text = (f: ImportField) => cellText(cell(f))
    const edited = (f: EditableField, sheetField: ImportField = f as ImportField): string => fix[f] ?? text(sheetField)
    const problems: Record<EditableField | 'other', string[]> = {
      date: [], startTime: [], endTime: [], mode: [], functions: [], supervisors: [], supervisees: [], projects: [], followUps: [], other: [],
    }
    const warnings: string[] = []
    // The key: the imported cells, by what they hold, in no particular order; and for a date
    // written without its year, the year the sheet gives it (3月6日 of the 2024 and the 2025 sheet
    // are two sessions). From the sheet's cells, never from corrections typed in the preview.
    const sheetMonthDay = mapping.date === null ? null : parseMonthDay(cell('date'))
    const sheetYear = sheetMonthDay ? yearOf(sheetMonthDay.month) : null
    const key = hashText(
      [
        ...imported.map((i) => [keyTag(i), canon(cellText(row[i] ?? null))] as const).filter(([, v]) => v !== ''),
        ...(sheetYear ? [['year', String(sheetYear.year)] as const] : []),
      ]
        .map(([t, v]) => `${t}=${v}`)
        .sort()
        .join('\u0001'),
    )

    // 合计/小计 rows: a summary of the rows above, not a record.
    const isSummary = fix.date === undefined && !fullDate.has(r) && row.slice(0, 4).some((c) => SUMMARY.test(normName(cellText(c))))

    const when = readWhen(
      {
        date: fix.date ?? cell('date'),
        startTime: fix.startTime ?? cell('startTime'),
        endTime: fix.endTime ?? cell('endTime'),
        timeRange: cell('timeRange'),
        duration: cell('duration'),
        fixedTimes: fix.startTime !== undefined || fix.endTime !== undefined,
      },
      {
        durationUnit,
        defaultStart: defaults.startTime,
        dateMapped: mapping.date !== null,
        yearOf,
      },
    )
    problems.date.push(...when.problems.date)
    problems.startTime.push(...when.problems.startTime)
    problems.endTime.push(...when.problems.endTime)
    warnings.push(...when.warnings)

    // People: a name not found is created with the import.
    const newPeople = new Map<string, '督导者' | '社工'>()
    const personRef = (name: string, role: '督导者' | '社工') => {
      const k = normName(name)
      const id = byName.get(k)
      if (id) {
        if ((sameName.get(k) ?? 0) > 1) warnings.push(`有多位同名人员“${name}”，已对应到最早录入的一位`)
        return id
      }
      if (!newPeople.has(name)) newPeople.set(name, role)
      return `${NEW_PERSON_PREFIX}${name}`
    }
    const supervisorNames = splitNames(edited('supervisors'))
    let supervisorIds = supervisorNames.map((n) => personRef(n, '督导者'))
    if (supervisorIds.length === 0 && defaults.supervisorId) supervisorIds = [defaults.supervisorId]
    const superviseeNames = splitNames(edited('supervisees'))
    const superviseeIds = superviseeNames.map((n) => personRef(n, '社工'))

    const modeText = edited('mode')
    const parsedMode = modeText ? matchMode(modeText, synonyms) : null
    let mode: SessionMode
    if (modeText && !parsedMode) {
      problems.mode.push(`督导方式无法识别：“${modeText}”（可填 ${SESSION_MODES.join('、')}）`)
      mode = '个别督导'
    } else mode = parsedMode ?? (defaults.mode === 'auto' ? (superviseeIds.length > 1 ? '团体督导' : '个别督导') : defaults.mode)
    const fnText = edited('functions')
    const functions = fnText ? matchFunctions(fnText, synonyms) : defaults.functions
    if (fnText && functions.length === 0) problems.functions.push(`督导功能无法识别：“${fnText}”（可填 行政、教育、支持）`)
    const kindText = text('kind')
    const kind: SupervisionKind = kindText ? (/外部|外聘/.test(kindText) ? '外部督导' : '内部督导') : defaults.kind

    // Texts, and the columns appended to them under their header.
    const texts: Record<AppendTarget, string> = {
      questions: text('questions'),
      process: text('process'),
      advice: text('advice'),
      supervisorReflection: text('supervisorReflection'),
      superviseeReflection: text('superviseeReflection'),
    }
    const topicItems = splitList(text('topics'))
    let topics: string[] = []
    if (topicItems.some((t) => t.length > 20)) {
      // A sentence, not tags: keep it as the question raised.
      texts.questions = [text('topics'), texts.questions].filter(Boolean).join('\n')
      warnings.push('议题内容较长，已记入“被督导者提出的问题”')
    } else topics = topicItems
    if (text('note')) texts.process = [texts.process, `备注：${text('note')}`].filter(Boolean).join('\n')
    for (const a of appended) {
      const v = cellText(row[a.col] ?? null)
      if (v) texts[a.target] = [texts[a.target], `${a.header}：${v}`].filter(Boolean).join('\n')
    }
    let location = text('location')
    if (location.length > 100) {
      warnings.push('地点超过 100 字，已截断')
      location = location.slice(0, 100)
    }
    let nextDate: string | null = null
    if (text('nextDate')) {
      const nd = parseLooseDate(cell('nextDate'))
      if (nd.ok) nextDate = nd.value
      else warnings.push(`下次督导日期无法识别（${text('nextDate')}），已忽略`)
    }
    if (nextDate !== null && when.date && nextDate < when.date) {
      warnings.push('下次督导日期早于本次，已忽略')
      nextDate = null
    }

    const followUpsText = edited('followUps')
    const owners = defaults.followUpOwner === 'supervisor' ? [supervisorNames, supervisorIds] : [superviseeNames, superviseeIds]
    const fu = readFollowUps(
      { items: followUpsText, owner: cell('followUpOwner'), due: cell('followUpDue'), status: cell('followUpStatus') },
      {
        today: ctx.today,
        sessionDate: when.date,
        nextDate,
        defaultOwner: owners[1]![0] ? { name: owners[0]![0] ?? '默认督导者', ref: owners[1]![0]! } : null,
        defaultOwnerLabel: defaults.followUpOwner === 'supervisor' ? '督导者' : '被督导者',
        dueDays: defaults.followUpDueDays,
        personRef: (n) => personRef(n, '社工'),
        isKnownName: (n) => byName.has(normName(n)) || supervisorNames.includes(n) || superviseeNames.includes(n),
      },
    )
    problems.followUps.push(...fu.problems)
    warnings.push(...fu.warnings)

    const projectNames = splitList(edited('projects'))
    const input: SessionInput = {
      date: when.date,
      startTime: when.start ?? '',
      endTime: when.end ?? '',
      location,
      mode,
      functions,
      kind,
      supervisorIds,
      superviseeIds,
      projectIds: [],
      topics,
      ...texts,
      nextDate,
      followUps: fu.followUps,
    }
    const parsed = schema.safeParse(input, { error: localeError })
    if (!parsed.success)
      for (const [path, msg] of Object.entries(fieldErrors(parsed.error))) {
        const field = fieldOfPath(path)
        // A field whose cell could not be read already says why.
        if (field !== 'other' && problems[field].length > 0) continue
        if ((field === 'startTime' || field === 'endTime') && problems.startTime.length + problems.endTime.length > 0) continue
        // A follow-up's 期限 is counted from the session's date: it waits for a readable date.
        if (field === 'followUps' && problems.date.length > 0) continue
        const [head, index] = path.split('.')
        const label = head === 'followUps' ? `跟进事项第 ${Number(index) + 1} 条` : (FIELD_LABELS[head ?? ''] ?? path)
        problems[field].push(msg.includes(label.slice(0, 2)) ? msg : `${label}：${msg}`)
      }

    // Formula cells the file holds no value for: the row would lose them without a word.
    const formulas: string[] = []
    for (const f of formulasOf.get(r) ?? []) {
      const choice = plan[f.col]!
      const field = choice.kind === 'field' ? fieldOfPath(choice.field) : 'other'
      const editable = field !== 'other' && (fix[field] !== undefined || ((field === 'startTime' || field === 'endTime') && (fix.startTime !== undefined || fix.endTime !== undefined)))
      if (editable || (field === 'other' && fix.ignoreFormulas)) continue
      const where = columnName(columns.find((c) => c.index === f.col) ?? { letter: String(f.col + 1), header: headers[f.col] ?? '' })
      const why = f.error ? `计算出错（${f.error}）` : '文件中没有保存计算结果'
      const msg = `${where}是公式“${f.formula}”，${why}：请在 Excel 或 WPS 中打开、重新计算并保存后再导入，或在此改正`
      formulas.push(msg)
      problems[field].push(msg)
    }

    const all = Object.values(problems).flat()
    const sourceNo = mapping.rowNo === null ? '' : cellText(row[mapping.rowNo] ?? null)
    const values = Object.fromEntries(
      EDITABLE_FIELDS.map((f) => [f, fix[f] ?? (f === 'date' ? when.date || text('date') : f === 'startTime' ? (when.start ?? '') : f === 'endTime' ? (when.end ?? '') : edited(f))]),
    ) as Record<EditableField, string>
    return {
      rowNumber,
      sourceNo,
      status: isSummary ? 'summary' : all.length > 0 ? 'error' : 'ok',
      errors: isSummary ? [] : all,
      problems: isSummary ? {} : Object.fromEntries(Object.entries(problems).filter(([, v]) => v.length > 0)),
      warnings: isSummary ? [] : [...new Set(warnings)],
      assumedYear: when.assumedYear,
      input: isSummary ? null : input,
      form: !isSummary && all.length === 0 && parsed.success ? parsed.data : null,
      projectNames,
      newPeople: [...newPeople].map(([name, role]) => ({ name, role })),
      key,
      legacyKey: ctx.legacy && ctx.legacy.size > 0 && all.length === 0 ? legacyFingerprint(input, supervisorNames, superviseeNames, defaults.supervisorId) : null,
      values,
      fixed: Object.keys(fix).length > 0,
      formulas,
      display: {
        date: when.date || text('date'),
        time: when.start && when.end ? `${when.start}-${when.end}` : '',
        supervisors: supervisorNames.join('、'),
        supervisees: superviseeNames.join('、'),
        mode: modeText || mode,
        projects: projectNames.join('、'),
        followUps: fu.followUps.length,
        summary: (topics.join('、') || texts.questions || texts.process || texts.advice || row.map((c) => cellText(c)).filter(Boolean).join(' ')).slice(0, 40),
      },
    }
  }

  return { dataRows, empty, read }
}
