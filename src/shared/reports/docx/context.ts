import type { Paragraph } from 'docx'
import type { FontSet } from '../fonts'
import type { Align } from '../report-model'
import type { RunStyle } from './runs'

/**
 * What a block's renderer (tables, signatures) asks of the document being written: the fonts,
 * the page break still pending, whether signatures follow, the numbering of tables.
 */
export interface RenderContext {
  readonly fonts: FontSet
  /** The block leads to the signatures: it stays on their page. */
  readonly leadsToSignatures: boolean
  /** Whether the next paragraph starts a new page (consumes the pending page break). */
  takePageBreak(): boolean
  /** The next table number (表N). */
  nextTableNumber(): number
  paragraph(
    style: string,
    runs: readonly ({ text: string } & RunStyle)[],
    family: string,
    pt: number,
    extra?: { alignment?: Align; indent?: boolean; keepNext?: boolean },
  ): Paragraph
  /** An empty paragraph of a given height (air after a table, before signatures). */
  spacerParagraph(heightPt: number): Paragraph
  /** A 1 pt paragraph that carries a pending page break before a table, or null when none is pending. */
  breakCarrier(): Paragraph | null
}
