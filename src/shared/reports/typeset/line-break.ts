/**
 * Line breaking the renderer does itself where Word's own would be wrong: a title split so its
 * lines balance (GB/T 9704: 回行时词意完整、排列对称), and a table cell whose text would otherwise
 * break inside a date or a name. Breaks fall only where Chinese typesetting allows them: never
 * inside a keep token (keep-tokens.ts), never before closing punctuation (，。、；：）” …) nor
 * after opening punctuation (（“《 …), never inside a Latin word.
 */
import { keepSegments } from './keep-tokens'
import { textWidthEm } from './text-width'

const NO_LINE_START = new Set([...'，。、；：？！）》」』”’%…—·,.;:!?)]}'])
const NO_LINE_END = new Set([...'（《「『“‘([{'])

const isLatin = (ch: string) => /[A-Za-z0-9]/.test(ch)

/** Positions (1..length-1, in UTF-16 units) before which a line may break. */
export function breakOpportunities(text: string): number[] {
  const inside = new Set<number>()
  let at = 0
  for (const seg of keepSegments(text)) {
    if (seg.keep) for (let i = 1; i < seg.text.length; i++) inside.add(at + i)
    at += seg.text.length
  }
  const out: number[] = []
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!
    const after = text[i]!
    if (inside.has(i)) continue
    if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) continue
    if (after === ' ') continue
    if (isLatin(before) && isLatin(after)) continue
    out.push(i)
  }
  return out
}

/** The lines of `text` cut at `breaks` (positions), trimmed of the spaces at the cuts. */
function cut(text: string, breaks: readonly number[]): string[] {
  const lines: string[] = []
  let from = 0
  for (const b of [...breaks, text.length]) {
    lines.push(text.slice(from, b).trim())
    from = b
  }
  return lines
}

/**
 * Greedy breaking into lines of at most `capacityEm` (em of the font size). A piece that cannot
 * break and is wider than a line stands on a line of its own.
 */
export function breakLines(text: string, capacityEm: number, allowed: readonly number[] = breakOpportunities(text)): string[] {
  if (textWidthEm(text) <= capacityEm) return [text]
  const breaks: number[] = []
  const fits = (from: number, to: number) => textWidthEm(text.slice(from, to).trim()) <= capacityEm
  let lineStart = 0
  let lastFit = -1
  for (const b of [...allowed, text.length]) {
    if (fits(lineStart, b)) {
      lastFit = b
      continue
    }
    if (lastFit > lineStart) {
      breaks.push(lastFit)
      lineStart = lastFit
      if (fits(lineStart, b)) {
        lastFit = b
        continue
      }
    }
    // The piece up to b is wider than a line on its own: it overflows on a line of its own.
    if (b < text.length) {
      breaks.push(b)
      lineStart = b
    }
    lastFit = -1
  }
  return cut(text, breaks.filter((b) => b < text.length))
}

/**
 * The fewest lines of at most `capacityEm`, with the longest line as short as it can be (a
 * balanced title rather than a full line and an orphan). `parts` are the words the text is made
 * of (a project name cut into place and name, 督导评估报告…): lines break between parts when the
 * parts allow it, inside one only when it is itself too long. Of balanced choices the one with
 * the longer first line wins (a title sets as a 梯形, wide on top).
 */
export function balanceLines(parts: readonly string[], capacityEm: number): string[] {
  const text = parts.join('')
  if (textWidthEm(text) <= capacityEm) return [text]
  const boundaries: number[] = []
  let at = 0
  for (const p of parts.slice(0, -1)) boundaries.push((at += p.length))
  const partsFit = parts.every((p) => textWidthEm(p) <= capacityEm)
  const allowed = partsFit ? boundaries : [...new Set([...boundaries, ...breakOpportunities(text)])].sort((a, b) => a - b)
  const n = breakLines(text, capacityEm, allowed).length
  // Best choice of n − 1 breaks among the allowed positions: the smallest longest line.
  let best: { breaks: number[]; longest: number; first: number } | null = null
  const choose = (from: number, left: number, chosen: number[]) => {
    if (left === 0) {
      const lines = cut(text, chosen)
      const widths = lines.map(textWidthEm)
      const longest = Math.max(...widths)
      if (longest > capacityEm) return
      if (!best || longest < best.longest - 1e-9 || (Math.abs(longest - best.longest) < 1e-9 && widths[0]! > best.first)) {
        best = { breaks: [...chosen], longest, first: widths[0]! }
      }
      return
    }
    for (let i = from; i < allowed.length; i++) choose(i + 1, left - 1, [...chosen, allowed[i]!])
  }
  choose(0, n - 1, [])
  const found = best as { breaks: number[] } | null
  return found ? cut(text, found.breaks) : breakLines(text, capacityEm, allowed)
}
