/**
 * The 四色 tags, swatches and dashboard cards as CSS rules built from COLOUR_STYLES, so the
 * colours are written once (in TypeScript) and a page of 200 project cards sets a class and a
 * data attribute per element instead of twenty inline style properties each.
 */
import type { Colour } from '@shared/domain/supervision-index/grading'
import { COLOUR_STYLES, NEUTRAL_STYLE } from './index-colours'

/** A swatch's background per colour: the pattern of the charts, drawn with CSS gradients. */
export const SWATCH_BACKGROUNDS: Record<Colour, string> = {
  绿色: COLOUR_STYLES.绿色.fill,
  蓝色: `repeating-linear-gradient(45deg, ${COLOUR_STYLES.蓝色.fill} 0 4px, #9fc0e3 4px 6px)`,
  黄色: `radial-gradient(circle, #3d2f00 0 1.4px, transparent 1.6px) 0 0/6px 6px, ${COLOUR_STYLES.黄色.fill}`,
  红色: `repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.6) 4px 5px), repeating-linear-gradient(-45deg, ${COLOUR_STYLES.红色.fill} 0 4px, #e9a19c 4px 5px)`,
}

export function colourCss(): string {
  const n = NEUTRAL_STYLE
  const rules = [
    `.colour-tag{display:inline-flex;align-items:center;gap:6px;padding:1px 8px;border-radius:4px;border:1px solid ${n.stroke};background:${n.tint};color:${n.stroke};font-weight:600;font-size:13px;line-height:20px;white-space:nowrap}`,
    `.colour-tag-large{padding:4px 12px;font-size:18px;line-height:28px}`,
    `.colour-swatch,.colour-tag::before{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:middle;border:1px solid ${n.stroke};background:${n.tint}}`,
    `.colour-tag::before{content:"";width:12px;height:12px;box-sizing:border-box}`,
    `.colour-tag-large::before{width:18px;height:18px}`,
    `.db-card[data-colour]{border-left-color:${n.fill};background:#fff}`,
  ]
  for (const [colour, s] of Object.entries(COLOUR_STYLES) as [Colour, (typeof COLOUR_STYLES)[Colour]][]) {
    const sel = `[data-colour="${colour}"]`
    rules.push(`.colour-tag${sel}{border-color:${s.stroke};background:${s.tint};color:${s.stroke}}`)
    rules.push(`.colour-swatch${sel},.colour-tag${sel}::before{border-color:${s.stroke};background:${SWATCH_BACKGROUNDS[colour]}}`)
    rules.push(`.db-card${sel}{border-left-color:${s.fill};background:${s.tint}}`)
  }
  return rules.join('\n')
}

let installed = false
/** Adds the rules to the page once (the CSP allows inline styles, as antd's own need). */
export function installColourCss(doc: Document | undefined = typeof document === 'undefined' ? undefined : document) {
  if (installed || !doc) return
  installed = true
  const style = doc.createElement('style')
  style.dataset.colours = ''
  style.textContent = colourCss()
  doc.head.appendChild(style)
}
