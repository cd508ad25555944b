/**
 * The page of a Word report after GB/T 9704 (docs/domain.md "Word reports"): A4, margins top 37
 * / bottom 35 / left 28 / right 26 mm, the type sizes and line spacings, indents, alignments and
 * borders. Lengths in twips (1/20 pt, 1440 per inch).
 */
import { AlignmentType, BorderStyle, LineRuleType, type IBorderOptions } from 'docx'
import type { Align } from '../report-model'

export const TWIPS_PER_MM = 1440 / 25.4

/** Millimetres → twips, rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM)
}

export const A4_TWIPS = { width: 11906, height: 16838 } as const

export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const

export const MARGINS_TWIPS = {
  top: mmToTwips(MARGINS_MM.top), // 2098
  bottom: mmToTwips(MARGINS_MM.bottom), // 1984
  left: mmToTwips(MARGINS_MM.left), // 1587
  right: mmToTwips(MARGINS_MM.right), // 1474
} as const

/** Width of the text block: A4 width minus the left and right margins (8845 twips ≈ 156 mm). */
export const TEXT_WIDTH_TWIPS = A4_TWIPS.width - MARGINS_TWIPS.left - MARGINS_TWIPS.right

/** Footer distance from the page edge: the page number sits about 7 mm below the text block. */
export const FOOTER_TWIPS = mmToTwips(22)
export const HEADER_TWIPS = mmToTwips(15)

// Sizes in points.
export const TITLE_PT = 22
export const BODY_PT = 16
export const LINE_PT = 28
export const NOTE_PT = 12
export const PAGE_NUMBER_PT = 14
export const DATA_TABLE_PT = 10.5
export const FORM_TABLE_PT = 12

/** Left and right padding of a table cell. */
export const CELL_MARGIN_TWIPS = 85

export const halfPoints = (pt: number): number => Math.round(pt * 2)
export const exactLine = (pt: number) => ({ line: Math.round(pt * 20), lineRule: LineRuleType.EXACT })
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO }
export const TWO_CHARS_INDENT = { firstLine: 2 * BODY_PT * 20, firstLineChars: 200 }
export const NO_INDENT = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 }

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

export const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
export const OUTER: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' }
export const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
