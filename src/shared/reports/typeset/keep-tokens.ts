/**
 * The pieces of report text that must never break across lines (docs/domain.md "Word reports",
 * typesetting): 编号 DD-2026-0079, dates 2026-10-07 and 2026年10月7日, periods 2026年第3季度,
 * numbers with their decimals, ratios and percentages (84.6, 4/6.5, 61.5%) and a number with the
 * unit after it (13 项, 30 天, 22.8 小时, ↓ 8.6), and a short quoted name (“近邻圩日”). The renderer sets them with non-breaking
 * hyphens and spaces, gives table columns room for the widest, and never breaks a line inside one.
 */

export interface Segment {
  text: string
  /** True for a piece that must stay on one line. */
  keep: boolean
}

/** Units that stay with the number before them (longest first). */
const UNITS = ['小时', '分钟', '人次', '万元', '次', '项', '个', '人', '条', '天', '分', '场', '名', '岁', '倍', '元', '年', '月', '日']

const CJK_DATE = String.raw`\d{4}年(?:第[1-4]季度|[上下]半年|度|\d{1,2}月(?:\d{1,2}日)?)|\d{1,2}月\d{1,2}日`
/** A Latin token: letters and digits joined by . - / : % +, optionally with a sign or arrow before it and a unit after. */
const LATIN = String.raw`(?:[↑↓→] ?)?[A-Za-z0-9](?:[A-Za-z0-9.:%+/-]*[A-Za-z0-9%])?(?: ?(?:${UNITS.join('|')}))?`
/** A short quoted name — “独居老人照护”, “近邻圩日”: a line breaks before or after it, not inside. */
const QUOTED = '“[^”“]{1,8}”'
const TOKEN = new RegExp(`${QUOTED}|${CJK_DATE}|${LATIN}`, 'gu')

/** The text cut into pieces that must stay whole (keep) and the rest, in order. */
export function keepSegments(text: string): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0
    // A lone letter or digit is no token worth keeping (and an English word keeps itself).
    if (m[0].length < 2) continue
    if (start > at) out.push({ text: text.slice(at, start), keep: false })
    out.push({ text: m[0], keep: true })
    at = start + m[0].length
  }
  if (at < text.length) out.push({ text: text.slice(at), keep: false })
  return out
}

/** The keep tokens of a text. */
export function keepTokens(text: string): string[] {
  return keepSegments(text)
    .filter((s) => s.keep)
    .map((s) => s.text)
}

/** True when a token holds Chinese characters: Word may break inside it unless the renderer breaks the line itself. */
export function breaksInWord(token: string): boolean {
  for (const ch of token) if (ch.charCodeAt(0) >= 0x3000) return true
  return false
}
