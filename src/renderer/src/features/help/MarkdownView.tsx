import type { ReactNode } from 'react'
import { parseMarkdown, type Block, type Inline } from './markdown'

function renderInlines(inlines: Inline[]): ReactNode[] {
  return inlines.map((inline, i) => {
    if (inline.kind === 'strong') return <strong key={i}>{inline.text}</strong>
    if (inline.kind === 'em') return <em key={i}>{inline.text}</em>
    if (inline.kind === 'code') return <code key={i}>{inline.text}</code>
    return <span key={i}>{inline.text}</span>
  })
}

function renderBlock(block: Block, i: number, headingOffset: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + headingOffset)
      const Tag = `h${level}` as 'h2'
      return (
        <Tag key={i} id={block.id}>
          {renderInlines(block.inlines)}
        </Tag>
      )
    }
    case 'paragraph':
      return <p key={i}>{renderInlines(block.inlines)}</p>
    case 'quote':
      return <blockquote key={i}>{renderInlines(block.inlines)}</blockquote>
    case 'rule':
      return <hr key={i} />
    case 'list': {
      const items = block.items.map((item, j) => <li key={j}>{renderInlines(item)}</li>)
      return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>
    }
  }
}

/**
 * Renders trusted-or-not Markdown as React elements (text nodes only: no HTML parsing, no
 * dangerouslySetInnerHTML). `headingOffset` shifts heading levels (1 → h2 under a page h1).
 */
export function MarkdownView({ source, headingOffset = 1 }: { source: string; headingOffset?: number }) {
  return <div className="markdown-view">{parseMarkdown(source).map((b, i) => renderBlock(b, i, headingOffset))}</div>
}
