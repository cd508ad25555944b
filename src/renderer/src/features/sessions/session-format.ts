const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '2025-07-15' → '周二' (the date is a calendar date: no time zone involved). */
export function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`
}

/** Exact, as typed: 45 → '45分钟', 120 → '2小时', 90 → '1小时30分'. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m}分钟`
  return m === 0 ? `${h}小时` : `${h}小时${m}分`
}

/** Names of ids joined with '、'; an id without a record shows as '（未知）'. */
export function namesOf(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  return ids.map((id) => names.get(id) ?? '（未知）').join('、')
}
