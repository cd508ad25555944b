/**
 * A tiny Markdown reader for the bundled guide (docs/guide.md): headings, paragraphs,
 * bulleted and numbered lists, block quotes, rules, **bold** and `code`. It produces plain
 * data; MarkdownView turns that into React elements, so the text is always rendered as text
 * (no HTML is ever parsed or injected). Anything else shows up literally.
 */
export type Inline = { kind: 'text' | 'strong' | 'code'; text: string }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; inlines: Inline[]; id: string }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'rule' }

/** Splits **bold** and `code` out of a line of text. Unclosed markers stay as they are. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g
  let last = 0
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) })
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] })
    else out.push({ kind: 'code', text: m[2] ?? '' })
    last = at + m[0].length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('')
}

const HEADING = /^(#{1,3})\s+(.+?)\s*#*\s*$/
const BULLET = /^\s*[-*+]\s+(.*)$/
const NUMBERED = /^\s*\d+[.)、]\s+(.*)$/
const QUOTE = /^\s*>\s?(.*)$/
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null
  let quote: string[] = []
  const ids = new Map<string, number>()

  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join('')) })
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) })
    if (quote.length) blocks.push({ type: 'quote', inlines: parseInline(quote.join('')) })
    paragraph = []
    list = null
    quote = []
  }

  for (const raw of lines) {
    const line = raw.trimEnd()
    if (line.trim() === '') {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      flush()
      const inlines = parseInline(heading[2] ?? '')
      const base = `h-${plainText(inlines).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`
      const n = ids.get(base) ?? 0
      ids.set(base, n + 1)
      blocks.push({ type: 'heading', level: (heading[1]?.length ?? 1) as 1 | 2 | 3, inlines, id: n ? `${base}-${n}` : base })
      continue
    }
    if (RULE.test(line)) {
      flush()
      blocks.push({ type: 'rule' })
      continue
    }
    const bullet = BULLET.exec(line)
    const numbered = bullet ? null : NUMBERED.exec(line)
    if (bullet || numbered) {
      const ordered = !!numbered
      if (paragraph.length || quote.length || (list && list.ordered !== ordered)) flush()
      list ??= { ordered, items: [] }
      list.items.push(((bullet ?? numbered)?.[1] ?? '').trim())
      continue
    }
    const q = QUOTE.exec(line)
    if (q) {
      if (paragraph.length || list) flush()
      quote.push((q[1] ?? '').trim())
      continue
    }
    // A line after a list item continues it (an indented or wrapped item).
    if (list && /^\s+/.test(raw)) {
      const items = (list as { items: string[] }).items
      items[items.length - 1] += line.trim()
      continue
    }
    if (list || quote.length) flush()
    // Chinese text joins without spaces; Latin words keep one.
    const prev = paragraph[paragraph.length - 1]
    const needsSpace = !!prev && /[A-Za-z0-9.,;:!?]$/.test(prev) && /^[A-Za-z0-9]/.test(line.trim())
    paragraph.push(needsSpace ? ` ${line.trim()}` : line.trim())
  }
  flush()
  return blocks
}
