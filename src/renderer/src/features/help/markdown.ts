/**
 * The bundled guide (docs/guide.md) read by markdown-it, reduced to plain data that
 * MarkdownView turns into React elements: headings, paragraphs, bulleted and numbered lists,
 * block quotes, rules; bold, italic and `code` inline. No HTML string is produced or injected.
 *
 * markdown-it starts from its "zero" preset (HTML off, nothing enabled) and gets only the
 * constructs the view can show. Anything else (links, tables, code blocks, raw HTML) stays
 * literal text.
 */
import MarkdownIt, { type Token } from 'markdown-it'

export type Inline = { kind: 'text' | 'strong' | 'em' | 'code'; text: string }

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

export type Block =
  | { type: 'heading'; level: HeadingLevel; inlines: Inline[]; id: string }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'rule' }

const md = new MarkdownIt('zero').enable(['heading', 'list', 'blockquote', 'hr', 'emphasis', 'backticks', 'escape', 'newline'])

/** Where a line break in the source was, Chinese text joins without a space; Latin words keep one. */
function joinsWithSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9.,;:!?]$/.test(before) && /^[A-Za-z0-9]/.test(after)
}

/**
 * Flattens markdown-it's inline tokens: bold and italic keep their text, `code` its content.
 * Each run is one line or paragraph; a line break between runs or inside one joins the lines.
 */
function inlinesOf(runs: Token[][]): Inline[] {
  const out: Inline[] = []
  let wrap: 'strong' | 'em' | null = null
  let opened = false
  let lineBreak = false
  const push = (kind: Inline['kind'], text: string) => {
    if (text === '') return
    const last = out[out.length - 1]
    if (lineBreak && last && joinsWithSpace(last.text, text)) text = ` ${text}`
    if (last && last.kind === kind && (kind === 'text' || (wrap && !opened))) last.text += text
    else out.push({ kind, text })
    lineBreak = false
    opened = false
  }
  for (const run of runs) {
    lineBreak = out.length > 0
    for (const token of run) {
      if (token.type === 'strong_open' || token.type === 'em_open') {
        wrap = token.type === 'strong_open' ? 'strong' : 'em'
        opened = true
      } else if (token.type === 'strong_close' || token.type === 'em_close') wrap = null
      else if (token.type === 'softbreak' || token.type === 'hardbreak') lineBreak = true
      else if (token.type === 'code_inline') push(wrap ?? 'code', token.content)
      else push(wrap ?? 'text', token.content)
    }
  }
  return out
}

/** Splits **bold**, *italic* and `code` out of a line of text. Unclosed markers stay as they are. */
export function parseInline(text: string): Inline[] {
  return inlinesOf([md.parseInline(text, {})[0]?.children ?? []])
}

export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('')
}

/** The inline content between an opening token and its closing one, paragraphs joined like lines. */
function inlineRun(tokens: Token[], from: number, closeType: string): { inlines: Inline[]; next: number } {
  const runs: Token[][] = []
  let depth = 0
  let i = from + 1
  for (; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type === tokens[from]!.type) depth++
    if (token.type === closeType && depth-- === 0) break
    if (token.type === 'inline') runs.push(token.children ?? [])
  }
  return { inlines: inlinesOf(runs), next: i + 1 }
}

export function parseMarkdown(source: string): Block[] {
  const tokens = md.parse(source, {})
  const blocks: Block[] = []
  const ids = new Map<string, number>()
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!
    if (token.type === 'heading_open') {
      const { inlines, next } = inlineRun(tokens, i, 'heading_close')
      const base = `h-${plainText(inlines).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`
      const n = ids.get(base) ?? 0
      ids.set(base, n + 1)
      blocks.push({ type: 'heading', level: Number(token.tag.slice(1)) as HeadingLevel, inlines, id: n ? `${base}-${n}` : base })
      i = next
    } else if (token.type === 'paragraph_open') {
      const { inlines, next } = inlineRun(tokens, i, 'paragraph_close')
      blocks.push({ type: 'paragraph', inlines })
      i = next
    } else if (token.type === 'blockquote_open') {
      const { inlines, next } = inlineRun(tokens, i, 'blockquote_close')
      blocks.push({ type: 'quote', inlines })
      i = next
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const close = token.type.replace('_open', '_close')
      const items: Inline[][] = []
      i++
      while (tokens[i] && tokens[i]!.type !== close) {
        // A nested list's text joins its item's, as one line.
        const { inlines, next } = inlineRun(tokens, i, 'list_item_close')
        items.push(inlines)
        i = next
      }
      blocks.push({ type: 'list', ordered: token.type === 'ordered_list_open', items })
      i++
    } else {
      if (token.type === 'hr') blocks.push({ type: 'rule' })
      i++
    }
  }
  return blocks
}
