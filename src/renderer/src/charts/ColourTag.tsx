import type { Colour } from '@shared/domain/index/grading'
import { GRADE_OF } from '@shared/domain/index/grading'
import { COLOUR_STYLES, ColourSwatch, NEUTRAL_STYLE } from './index-colours'

/** '■ 黄色 合格' with the colour's pattern swatch: the name is always written out. */
export function ColourTag({ colour, grade, empty = '未评估', large = false }: { colour: Colour | null; grade?: string | null; empty?: string; large?: boolean }) {
  const s = colour ? COLOUR_STYLES[colour] : null
  return (
    <span
      className="colour-tag"
      data-colour={colour ?? ''}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: large ? '4px 12px' : '1px 8px',
        borderRadius: 4,
        border: `1px solid ${s?.stroke ?? NEUTRAL_STYLE.stroke}`,
        background: s?.tint ?? NEUTRAL_STYLE.tint,
        color: s?.stroke ?? NEUTRAL_STYLE.stroke,
        fontWeight: 600,
        fontSize: large ? 18 : 13,
        lineHeight: large ? '28px' : '20px',
        whiteSpace: 'nowrap',
      }}
    >
      <ColourSwatch colour={colour} size={large ? 18 : 12} />
      {colour ? `${colour} ${grade ?? GRADE_OF[colour]}` : empty}
    </span>
  )
}
