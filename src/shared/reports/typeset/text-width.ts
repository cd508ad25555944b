/**
 * How wide a text sets, in em of its font size, estimated without the fonts: the renderer uses
 * it to give table columns room for their widest unbreakable token and to break titles and
 * cells itself. The estimate errs wide, so a text it says fits does fit in Word, WPS and
 * LibreOffice alike: Chinese characters and full-width forms are 1 em in every 宋体/黑体/仿宋;
 * Latin is 0.5 em in SimSun and proportional in the Noto CJK fonts that stand in for it on
 * machines without it: the widths below are the wider of the two.
 */

/**
 * Latin widths in em by character class: the widest of SimSun's (0.5), Noto Serif CJK's and
 * DejaVu Serif's (bold), which LibreOffice on a machine without SimSun sets Latin in — its
 * digits are 0.64–0.7 em, and a column sized for SimSun cut 「DD-2026-006/7」 there.
 */
function latinWidthEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.7
  if (/[A-Z]/.test(ch)) return 0.8
  if (/[a-z]/.test(ch)) return 0.65
  if (ch === '%') return 1
  if (/[.,:;]/.test(ch)) return 0.38
  if (/[-/()]/.test(ch)) return 0.45
  return 0.7
}

/** Width of one character (a code point) in em. */
export function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  if (ch === ' ' || ch === '\u00A0') return 0.3
  if (code < 0x80) return latinWidthEm(ch)
  // Everything else that reports print is Chinese, full-width punctuation, quotes and dashes set
  // in the Chinese font: a full em.
  return 1
}

/** Width of a text in em (no line breaks). */
export function textWidthEm(text: string): number {
  let w = 0
  for (const ch of text) w += charWidthEm(ch)
  return w
}

/**
 * The text as it fits in `maxEm`: itself when it fits, else its longest start that fits with an
 * ellipsis after it. Only for labels whose full text stands in a table beside them.
 */
export function fitLabel(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text
  const chars = [...text]
  let width = 1 // the ellipsis
  let n = 0
  while (n < chars.length && width + charWidthEm(chars[n]!) <= maxEm) width += charWidthEm(chars[n++]!)
  return `${chars.slice(0, n).join('')}…`
}
