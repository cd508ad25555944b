// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, plainText } from '@renderer/features/help/markdown'
import { MarkdownView } from '@renderer/features/help/MarkdownView'

afterEach(cleanup)

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists, quotes and rules', () => {
    const blocks = parseMarkdown(
      ['# 标题', '', '第一行', '第二行', '', '1. **记录**：写', '2. 跟进', '', '- 甲', '- 乙', '', '> 注意', '', '---', '## 小节'].join('\n'),
    )
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'rule', 'heading'])
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 1, id: 'h-标题' })
    expect(blocks[1]).toMatchObject({ inlines: [{ kind: 'text', text: '第一行第二行' }] })
    expect(blocks[2]).toMatchObject({ ordered: true, items: [[{ kind: 'strong', text: '记录' }, { kind: 'text', text: '：写' }], [{ kind: 'text', text: '跟进' }]] })
    expect(blocks[3]).toMatchObject({ ordered: false })
  })

  it('parses inline bold and code, leaving unclosed markers alone', () => {
    expect(parseInline('按 `F1` 打开**指南**')).toEqual([
      { kind: 'text', text: '按 ' },
      { kind: 'code', text: 'F1' },
      { kind: 'text', text: ' 打开' },
      { kind: 'strong', text: '指南' },
    ])
    expect(plainText(parseInline('a ** b ` c'))).toBe('a ** b ` c')
  })

  it('reads *italic* and escapes; links, tables and HTML stay literal text', () => {
    expect(parseInline('*注意* \\*不是强调\\* [链接](https://example.com) <b>x</b>')).toEqual([
      { kind: 'em', text: '注意' },
      { kind: 'text', text: ' *不是强调* [链接](https://example.com) <b>x</b>' },
    ])
    expect(parseMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toEqual([{ type: 'paragraph', inlines: [{ kind: 'text', text: '| a | b ||---|---|| 1 | 2 |' }] }])
  })

  it('joins wrapped Latin lines with a space and Chinese lines without', () => {
    expect(parseMarkdown('Use the\nbackup file.\n\n- 第一\n  行\n- two\n  lines')).toEqual([
      { type: 'paragraph', inlines: [{ kind: 'text', text: 'Use the backup file.' }] },
      { type: 'list', ordered: false, items: [[{ kind: 'text', text: '第一行' }], [{ kind: 'text', text: 'two lines' }]] },
    ])
  })

  it('reads the bundled guide: the weekly flow and moving to a new laptop', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../../docs/guide.md'), 'utf8')
    const headings = parseMarkdown(guide)
      .filter((b) => b.type === 'heading')
      .map((b) => (b.type === 'heading' ? plainText(b.inlines) : ''))
    expect(headings).toContain('每周的工作流程：记录 → 跟进 → 评估 → 导出 → 备份')
    expect(headings).toContain('换一台新电脑')
  })
})

describe('MarkdownView', () => {
  it('renders HTML in the source as text, never as markup', () => {
    const { container } = render(
      <MarkdownView source={'# <img src=x onerror="window.__x=1">\n\n<script>window.__y=1</script> **<b>粗</b>**'} />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(container.querySelector('h2')?.textContent).toBe('<img src=x onerror="window.__x=1">')
    expect(container.querySelector('strong')?.textContent).toBe('<b>粗</b>')
  })

  it('shifts heading levels under the page title', () => {
    const { container } = render(<MarkdownView source={'# 指南\n\n## 小节'} headingOffset={1} />)
    expect(container.querySelector('h2')?.textContent).toBe('指南')
    expect(container.querySelector('h3')?.textContent).toBe('小节')
  })
})
