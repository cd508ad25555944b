import { timeOfDay, ymd } from '../domain/dates'

/** Cell values as the importer sees them, whatever the spreadsheet stored. */
export type CellValue = string | number | boolean | Date | null

const WIDE = /[\uff01-\uff5e\u3000\u2010-\u2015\u2212\u3002]/g
const narrow = (c: string): string => {
  const code = c.charCodeAt(0)
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0)
  if (code === 0x3000) return ' '
  if (code === 0x3002) return '.'
  return '-'
}

/**
 * Full-width digits, letters and the punctuation people type in Chinese IMEs → half-width.
 * One pass: it runs over every cell of a 10,000-row sheet, long texts included.
 */
export function toHalfWidth(s: string): string {
  return s.replace(WIDE, narrow)
}

/** Date cells are read as UTC midnight (Excel has no time zone): format with UTC getters. */
export function utcDateString(d: Date): string {
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/** A cell as display text (dates as YYYY-MM-DD, times of day as HH:mm). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return ''
    // Excel stores a time of day as a date on 1899-12-30.
    if (v.getUTCFullYear() < 1900) return timeOfDay(v.getUTCHours() * 60 + v.getUTCMinutes())
    return utcDateString(v)
  }
  return String(v).trim()
}

/** Names in one cell: 张三、李四，王五 / 张三;李四 / 张三 李四 / 张三和李四. */
export function splitNames(text: string): string[] {
  const t = toHalfWidth(text).trim()
  if (!t) return []
  return [
    ...new Set(
      t
        .split(/[、,，;；/\\|\n\r\t]+|\s+|(?<=\S{2})[和及与](?=\S{2})/)
        .map((s) => s.replace(/[()（）].*$/, '').replace(/(老师|督导|社工)$/, (m, _g, off) => (off >= 2 ? '' : m)).trim())
        .filter((s) => s.length > 0),
    ),
  ]
}

/** Items of a list cell (议题: 个案工作、小组工作). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      toHalfWidth(text)
        .split(/[、,，;；/\n\r]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
}

/** A stable 106-bit hash (two cyrb53 halves) as hex: fingerprints of imported rows. */
export function hashText(text: string): string {
  const cyrb53 = (str: string, seed: number) => {
    let h1 = 0xdeadbeef ^ seed
    let h2 = 0x41c6ce57 ^ seed
    for (let i = 0; i < str.length; i++) {
      const ch = str.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    return (2097152 * (h2 >>> 0) + (h1 >>> 0)).toString(16).padStart(14, '0')
  }
  return cyrb53(text, 1) + cyrb53(text, 7919)
}
