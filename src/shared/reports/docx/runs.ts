/**
 * Text runs of a Word report. Every keep token (keep-tokens.ts: codes, dates, numbers with their
 * unit) is set so that no line can break inside it: its hyphens become non-breaking hyphens
 * (w:noBreakHyphen, which Word, WPS and LibreOffice all honour) and its spaces no-break spaces.
 * A token stays one run, so the renderer tests can find it whole.
 */
import { NoBreakHyphen, TextRun } from 'docx'
import { runFonts } from '../fonts'
import { keepSegments } from '../typeset/keep-tokens'
import { halfPoints } from './page'

export interface RunStyle {
  bold?: boolean
  underline?: boolean
}

/** The children of a run: plain text, with the hyphens inside keep tokens as non-breaking hyphens. */
export function runChildren(text: string): (string | NoBreakHyphen)[] {
  const out: (string | NoBreakHyphen)[] = []
  let plain = ''
  for (const seg of keepSegments(text)) {
    if (!seg.keep) {
      plain += seg.text
      continue
    }
    const pieces = seg.text.replace(/ /g, '\u00A0').split('-')
    pieces.forEach((piece, i) => {
      if (i > 0) {
        if (plain) out.push(plain)
        plain = ''
        out.push(new NoBreakHyphen())
      }
      plain += piece
    })
  }
  if (plain) out.push(plain)
  return out
}

/** One run in a family and size; `breakBefore` starts it on a new line of the same paragraph. */
export function textRun(text: string, family: string, pt: number, style: RunStyle = {}, breakBefore = false): TextRun {
  return new TextRun({
    children: runChildren(text),
    font: runFonts(family),
    size: halfPoints(pt),
    sizeComplexScript: halfPoints(pt),
    ...(breakBefore ? { break: 1 } : {}),
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  })
}

/** Lines set as one paragraph's runs, a line break before each but the first. */
export function lineRuns(lines: readonly string[], family: string, pt: number, style: RunStyle = {}): TextRun[] {
  return lines.filter((l) => l !== '').map((line, i) => textRun(line, family, pt, style, i > 0))
}
