import { describe, expect, it } from 'vitest'
import { colourCss, SWATCH_BACKGROUNDS } from '@renderer/charts/colour-css'
import { COLOUR_STYLES, NEUTRAL_STYLE } from '@renderer/charts/index-colours'

describe('四色 CSS rules', () => {
  const css = colourCss()
  it('gives every colour its tag, swatch and card rule from COLOUR_STYLES', () => {
    for (const [colour, s] of Object.entries(COLOUR_STYLES)) {
      expect(css).toContain(`.colour-tag[data-colour="${colour}"]{border-color:${s.stroke};background:${s.tint};color:${s.stroke}}`)
      expect(css).toContain(`.colour-swatch[data-colour="${colour}"],.colour-tag[data-colour="${colour}"]::before{border-color:${s.stroke};background:${SWATCH_BACKGROUNDS[colour as keyof typeof SWATCH_BACKGROUNDS]}}`)
      expect(css).toContain(`.db-card[data-colour="${colour}"]{border-left-color:${s.fill};background:${s.tint}}`)
    }
  })
  it('draws 未评估 in the neutral grey, and the colour rules come after it so they win', () => {
    expect(css).toContain(`.db-card[data-colour]{border-left-color:${NEUTRAL_STYLE.fill};background:#fff}`)
    expect(css.indexOf('.db-card[data-colour]{')).toBeLessThan(css.indexOf('.db-card[data-colour="绿色"]'))
    expect(SWATCH_BACKGROUNDS.红色).toContain('repeating-linear-gradient')
  })
})
