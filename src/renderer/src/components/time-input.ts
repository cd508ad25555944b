import { timeOfDay } from '@shared/domain/dates'

/**
 * Forgiving time entry: "9:5", "0930", "9.30", "９：３０", "9点30" → "09:30"; returns the
 * input unchanged when it cannot be read, so validation can name the field.
 */
export function normalizeTime(raw: string): string {
  const s = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[：.．点时]/g, ':')
    .replace(/分$/, '')
  let h: number
  let m: number
  const colon = /^(\d{1,2}):(\d{0,2})$/.exec(s)
  const digits = /^(\d{3,4})$/.exec(s)
  const hourOnly = /^(\d{1,2})$/.exec(s)
  if (colon) {
    h = Number(colon[1])
    m = colon[2] ? Number(colon[2]) : 0
  } else if (digits) {
    h = Number(digits[1]!.slice(0, -2))
    m = Number(digits[1]!.slice(-2))
  } else if (hourOnly) {
    h = Number(hourOnly[1])
    m = 0
  } else return raw.trim()
  if (h > 23 || m > 59) return raw.trim()
  return timeOfDay(h * 60 + m)
}
