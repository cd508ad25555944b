/** When a ledger row's session took place: its date (the year assumed when missing) and times. */
import { addMinutes, parseDuration, parseLooseDate, parseLooseTime, parseMonthDay, parseTimeRange, withYear } from './dates'
import { cellText, toHalfWidth, type CellValue } from './text'
import type { SheetYear } from './year'

export interface WhenCells {
  date: CellValue
  startTime: CellValue
  endTime: CellValue
  timeRange: CellValue
  duration: CellValue
  /** Times typed in the preview replace every time cell of the row. */
  fixedTimes: boolean
}

export interface WhenRules {
  durationUnit: 'hours' | 'minutes' | 'auto'
  defaultStart: string
  dateMapped: boolean
  /** The year of a month-day: the sheet's, or the neighbouring rows'. */
  yearOf: (month: number) => { year: number; source: SheetYear['source'] } | null
}

export interface When {
  date: string
  start: string | null
  end: string | null
  assumedYear: { year: number; source: SheetYear['source'] } | null
  problems: { date: string[]; startTime: string[]; endTime: string[] }
  warnings: string[]
}

const TIME_PROBLEM = /时间|时段|时长/

export function readWhen(cells: WhenCells, rules: WhenRules): When {
  const problems: When['problems'] = { date: [], startTime: [], endTime: [] }
  const warnings: string[] = []
  let assumedYear: When['assumedYear'] = null

  // Date, and a time range written after it (2025-03-06 14:00-16:00).
  let date = ''
  let restTime = ''
  const parsed = parseLooseDate(cells.date)
  if (parsed.ok) {
    date = parsed.value
    restTime = parsed.rest ?? ''
  } else {
    const md = parseMonthDay(cells.date)
    const y = md ? rules.yearOf(md.month) : null
    if (md && y) {
      const d = withYear(md, y.year)
      if (d) {
        date = d
        restTime = md.rest
        assumedYear = y
      } else problems.date.push(`日期不存在：${y.year} 年没有“${cellText(cells.date)}”`)
    } else if (md)
      problems.date.push(`日期缺少年份：“${cellText(cells.date)}”。表格标题、工作表名、文件名和相邻行都没有年份：请在上方指定年份，或在此填写完整日期`)
    else problems.date.push(!rules.dateMapped && cells.date === null ? '缺少日期：请在上一步对应“督导日期”列' : parsed.error)
  }

  // Times: start/end columns, a 时段 column, the time after the date, then a 时长.
  let start: string | null = null
  let end: string | null = null
  const text = (v: CellValue) => cellText(v)
  const takeRange = (v: CellValue) => {
    const range = parseTimeRange(v)
    if (range.ok) {
      start = range.value.start
      end = range.value.end
      return
    }
    const single = parseLooseTime(v)
    if (single.ok) start = single.value
    else problems.startTime.push(range.error)
  }
  if (text(cells.startTime)) {
    if (!cells.fixedTimes && /[-~～至到]/.test(toHalfWidth(text(cells.startTime))) && !text(cells.endTime)) takeRange(cells.startTime)
    else {
      const t = parseLooseTime(cells.startTime)
      if (t.ok) start = t.value
      else problems.startTime.push(`开始时间${t.error.replace(/^时间/, '')}`)
    }
  }
  if (text(cells.endTime)) {
    const t = parseLooseTime(cells.endTime)
    if (t.ok) end = t.value
    else problems.endTime.push(`结束时间${t.error.replace(/^时间/, '')}`)
  }
  const anyProblem = () => [...problems.startTime, ...problems.endTime].some((e) => TIME_PROBLEM.test(e))
  if (!cells.fixedTimes) {
    if (start === null && end === null && text(cells.timeRange)) takeRange(cells.timeRange)
    if (start === null && end === null && restTime) takeRange(restTime)
    if (text(cells.duration) && (start === null || end === null)) {
      const d = parseDuration(cells.duration, rules.durationUnit)
      if (!d.ok) problems.endTime.push(d.error)
      else if (start !== null) end = addMinutes(start, d.value) ?? '24:00'
      else if (end !== null) start = addMinutes(end, -d.value) ?? '00:00'
      else {
        start = rules.defaultStart
        end = addMinutes(start, d.value) ?? '24:00'
        warnings.push(`未填开始时间，按 ${rules.defaultStart} 开始、时长 ${d.value} 分钟记录`)
      }
    }
  }
  if (start === null && end === null && !anyProblem())
    problems.startTime.push(cells.fixedTimes ? '请填写开始时间' : '缺少督导时间：请对应“开始时间/结束时间”“时段”或“时长”列')
  else if (start === null && !anyProblem()) problems.startTime.push('请填写开始时间')
  else if (end === null && !anyProblem()) problems.endTime.push(cells.fixedTimes ? '请填写结束时间' : '缺少结束时间或时长')
  return { date, start, end, assumedYear, problems, warnings }
}
