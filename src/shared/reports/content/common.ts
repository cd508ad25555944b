/**
 * Helpers shared by the four content builders (督导记录表, 项目督导评估报告, 工作室督导工作总结,
 * 被督导者督导档案). Pure: no clock, no database. Numbers are never computed here; these helpers
 * only format what the domain functions return.
 */
import type { FollowUpStatus } from '../../model/constants'
import { chineseNumeral, type Block, type ImageBlock, type Report, type TableBlock, type TableRowSpec } from '../report-model'
import type { ChartRequest } from './charts'
import { parsePeriod } from '../../domain/period'
import { EMPTY_TEXT, formatDate } from '../../text/format'
import { shareTexts } from '../../domain/shares'

/** Shown in a form cell whose field was left empty (the app's one empty mark). */
export { EMPTY_TEXT }

/**
 * A table of figures by one label (季度, 议题, 督导者…), every column centred and the label's column
 * `weight` times as wide as a figure's: how the archive and the plan sections print their counts.
 */
export function figuresTable(caption: string, label: { header: string; weight: number }, figures: readonly string[], rows: TableRowSpec[]): TableBlock {
  return {
    kind: 'table',
    caption,
    columns: [{ header: label.header, width: { weight: label.weight }, align: 'center' }, ...figures.map((header) => ({ header, align: 'center' as const }))],
    rows,
  }
}

/**
 * 督导方式 with their sessions, hours and share of the sessions, then the 合计: the studio summary's and
 * the district summary's table. The shares partition the sessions: rounded (largest remainder) so
 * that they add up to the 合计's 100.0%; with no session there is no share to give.
 */
export function modeSharesTable(caption: string, modes: readonly { key: string; count: number; hours: string }[], total: { count: number; hours: string }): TableBlock {
  const shares = shareTexts(modes.map((m) => m.count))
  return {
    kind: 'table',
    caption,
    columns: [
      { header: '督导方式', align: 'center' },
      { header: '督导次数', align: 'center' },
      { header: '督导时数（小时）', align: 'center' },
      { header: '占督导次数', align: 'center' },
    ],
    rows: [
      ...modes.map((m, i) => [m.key, String(m.count), m.hours, shares[i]!]),
      [{ text: '合计', bold: true, align: 'center' }, { text: String(total.count), bold: true }, { text: total.hours, bold: true }, total.count ? '100.0%' : EMPTY_TEXT],
    ],
  }
}

/** A chart drawn to PNG by the renderer, with the size it should have on the page. */
export interface ChartImage {
  png: Uint8Array
  widthMm: number
  heightMm: number
}

/** Chart images by the key of the chart request (see charts.ts); a missing key means "no image". */
export type ChartImages = Readonly<Record<string, ChartImage | undefined>>

/** The picture of a chart request with its caption, or null when no image came back (the report goes without it). */
export function chartImageBlock(requests: readonly ChartRequest[], images: ChartImages, key: string): ImageBlock | null {
  const request = requests.find((c) => c.key === key)
  const img = images[key]
  if (!request || !img) return null
  return { kind: 'image', png: img.png, widthMm: img.widthMm, heightMm: img.heightMm, caption: request.caption }
}

/** What replaces the text fields of a sensitive record unless the user asks for them. */
export const SENSITIVE_TEXT = '（敏感记录，内容不导出）'

/**
 * Column widths (mm) that hold their content on one line at 10.5 pt: DD-2026-0001, 2026-04-03,
 * 个别督导, a three-character name, a sequence number, an hours figure.
 */
export const COLUMN_MM = { code: 29, date: 24, mode: 19, name: 16, seq: 11, hours: 14, count: 19 } as const

/** The word a summary uses for its own period: 本季度, 上半年, 下半年, 本年度. */
export function periodWord(period: string): string {
  const p = parsePeriod(period)
  if (!p) return '本期'
  if (p.kind === 'Q') return '本季度'
  if (p.kind === 'H') return p.index === 1 ? '上半年' : '下半年'
  return '本年度'
}

/** Looks up names by id; unknown ids read '（已删除人员）' so a record never shows a bare UUID. */
export class NameBook {
  private readonly names = new Map<string, string>()
  constructor(
    entries: readonly { id: string; name: string }[],
    private readonly unknown = '（已删除人员）',
  ) {
    for (const e of entries) this.names.set(e.id, e.name)
  }
  name(id: string | null | undefined): string {
    if (!id) return EMPTY_TEXT
    return this.names.get(id) ?? this.unknown
  }
  /** '高瑞敏、刘辉'; '—' for none. */
  list(ids: readonly string[]): string {
    return ids.length === 0 ? EMPTY_TEXT : ids.map((id) => this.name(id)).join('、')
  }
}

/** Text for a form cell: the value, or '—' when empty. */
export function orEmpty(text: string | null | undefined): string {
  const t = (text ?? '').trim()
  return t === '' ? EMPTY_TEXT : t
}

/** Drops characters that Windows, macOS and Linux refuse in file names, and the quotes of project names. */
export function safeFileName(text: string): string {
  return text
    .replace(/[“”"'‘’「」『』]/g, '')
    // eslint-disable-next-line no-control-regex -- control characters cannot stand in a file name
    .replace(/[\\/:*?<>|\u0000-\u001F]/g, '')
    .replace(/\s+/g, '')
    .slice(0, 80)
}

/**
 * A name cut into the words a title may break between: after a place (…社区, …街道, …镇, …村)
 * and around a quoted name, a short tail staying with what it ends — 古街社区 | 助老送餐服务项目,
 * 新港山路社区 | “青少年心理辅导”项目.
 */
export function nameWords(name: string): string[] {
  const words: string[] = []
  for (const part of name.split(/(“[^”]*”)/)) {
    if (part === '') continue
    const pieces = part.startsWith('“') ? [part] : part.split(/(?<=社区|街道|镇|村)/)
    for (const piece of pieces) {
      if (piece === '') continue
      // A tail of one or two characters (项目, 计划) is no word of its own.
      if (words.length > 0 && [...piece].length <= 2) words[words.length - 1] += piece
      else words.push(piece)
    }
  }
  return words
}

/** 'a、b、c' for up to `max` items, then 'a、b、c等'. */
export function joinLimited(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join('、')
  return `${items.slice(0, max).join('、')}等`
}

/** Where a follow-up stands, in one short phrase for a table cell. */
export function followUpStateText(
  f: { status: FollowUpStatus; completedDate: string | null; dueDate: string },
  daysOverdue: number,
): string {
  if (f.status === '已完成') return f.completedDate ? `已完成 ${formatDate(f.completedDate)}` : '已完成'
  if (f.status === '已取消') return '已取消'
  return daysOverdue > 0 ? `${f.status}，逾期 ${daysOverdue} 天` : f.status
}

/** The headings of a report as the reader sees them, numbers included (一、 （一） 1.), for previews. */
export function outline(report: Pick<Report, 'blocks'>): { level: 1 | 2 | 3; text: string }[] {
  const counters = [0, 0, 0]
  const out: { level: 1 | 2 | 3; text: string }[] = []
  for (const block of report.blocks as Block[]) {
    if (block.kind !== 'heading') continue
    let prefix = ''
    if (block.numbered !== false) {
      counters[block.level - 1]! += 1
      for (let i = block.level; i < counters.length; i++) counters[i] = 0
      const n = counters[block.level - 1]!
      prefix = block.level === 1 ? `${chineseNumeral(n)}、` : block.level === 2 ? `（${chineseNumeral(n)}）` : `${n}.`
    }
    out.push({ level: block.level, text: prefix + block.text })
  }
  return out
}
