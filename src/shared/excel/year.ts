/**
 * The year of dates written without one (3月6日). A ledger says its year once — in its title
 * (2024年林泉社区督导台账), its sheet's name or the file's name — or its other rows do. Whatever
 * is found is an assumption the user confirms in the preview.
 */
import { toHalfWidth } from './text'

export type YearSource = 'title' | 'sheet' | 'file' | 'remembered' | 'neighbours' | 'user'

export interface SheetYear {
  year: number
  source: YearSource
  /** The text it was read from (the title, the sheet's or file's name), for the preview. */
  text: string
}

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }

/** The one year a text names (2024年, 2024, 二〇二四年), or null when it names none or several. */
export function yearInText(text: string): number | null {
  const t = toHalfWidth(text).replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CN_DIGIT[c]).join(''))
  const years = new Set<number>()
  for (const m of t.matchAll(/(?<!\d)(19[5-9]\d|20\d{2})(?!\d)/g)) years.add(Number(m[1]))
  return years.size === 1 ? [...years][0]! : null
}

/** YEAR_SOURCE_LABELS[source] + the text: 表格标题“2024年林泉社区督导台账”. */
export const YEAR_SOURCE_LABELS: Record<YearSource, string> = {
  title: '表格标题',
  sheet: '工作表名',
  file: '文件名',
  remembered: '上次同样表头的文件中的选择',
  neighbours: '相邻行的日期',
  user: '手动指定',
}

/**
 * The sheet's year from, in this order, the title rows above the header, the sheet's name and
 * the file's name. Null when none names exactly one year (the rows' neighbours decide then).
 */
export function inferSheetYear(input: { titleRows: readonly string[]; sheetName: string; fileName: string }): SheetYear | null {
  for (const text of input.titleRows) {
    const year = yearInText(text)
    if (year !== null) return { year, source: 'title', text }
  }
  const sheet = yearInText(input.sheetName)
  if (sheet !== null) return { year: sheet, source: 'sheet', text: input.sheetName }
  const fileName = input.fileName.replace(/\.xlsx$/i, '')
  const file = yearInText(fileName)
  if (file !== null) return { year: file, source: 'file', text: fileName }
  return null
}

/**
 * The year of a month-day from the nearest rows with a full date, ledgers being kept in date
 * order: the row above's year (the next one when the month falls back by more than half a year,
 * December → January; a row a little out of order stays in its year), else the row below's.
 * Null with neither.
 */
export function yearFromNeighbours(month: number, above: string | null, below: string | null): number | null {
  if (above) {
    const y = Number(above.slice(0, 4))
    return Number(above.slice(5, 7)) - month > 6 ? y + 1 : y
  }
  if (below) {
    const y = Number(below.slice(0, 4))
    return month - Number(below.slice(5, 7)) > 6 ? y - 1 : y
  }
  return null
}
