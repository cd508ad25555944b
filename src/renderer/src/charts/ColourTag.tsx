import type { Colour } from '@shared/domain/supervision-index/grading'
import { GRADE_OF } from '@shared/domain/supervision-index/grading'
import { installColourCss } from './colour-css'

// Once, when the first screen that shows a 四色 tag loads (not on each of 200 cards' renders).
installColourCss()

/**
 * '■ 黄色 合格' with the colour's pattern swatch: the name is always written out. The swatch is the
 * tag's ::before (colour-css.ts), not an element: the 指数看板 draws 200 of these at once.
 */
export function ColourTag({ colour, grade, empty = '未评估', large = false }: { colour: Colour | null; grade?: string | null; empty?: string; large?: boolean }) {
  return (
    <span className={large ? 'colour-tag colour-tag-large' : 'colour-tag'} data-colour={colour ?? ''}>
      {colour ? `${colour} ${grade ?? GRADE_OF[colour]}` : empty}
    </span>
  )
}

/** The colour's pattern as a small square (CSS, see colour-css.ts). */
export function ColourSwatch({ colour, size }: { colour: Colour | null; size?: number }) {
  return <span aria-hidden className="colour-swatch" data-colour={colour ?? ''} style={size ? { width: size, height: size } : undefined} />
}
