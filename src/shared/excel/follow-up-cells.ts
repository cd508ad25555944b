/**
 * A ledger's 跟进事项 cell → the items written in it, as people write them: numbered (1. 2. /
 * 1、 / （1） / ①), separated by ；or line breaks, each perhaps naming its 负责人, its 期限 and
 * whether it is done. Pure text work; the row turns the names into people and the dates into
 * ISO dates (the year of a 3月20日 comes from the session).
 */
import type { FollowUpStatus } from '../model/constants'
import { toHalfWidth } from './text'

/** Full-width digits and spaces as ASCII; the punctuation stays as typed (the patterns accept both widths). */
const digits = (s: string) =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/　/g, ' ')

export interface FollowUpCell {
  content: string
  /** 负责人 named in the item (负责人：韩雨桐 / 由韩雨桐负责 / （韩雨桐负责）). */
  owner: string | null
  /** 期限 as written (3月20日 / 2025-03-20), for the date parser. */
  due: string | null
  status: FollowUpStatus | null
  /** 完成日期 as written after 已完成. */
  completed: string | null
}

const NAME = '[\\u4e00-\\u9fa5·]{2,4}'
// A date as written in a follow-up: 2025-03-20, 2025年3月20日, 3月20日, 3/20, 3.20.
const DATE = '(?:\\d{4}\\s*[年./-]\\s*)?\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*[日号]?'
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

// A number starting an item: 1. / 1、 at the start or after a separator (never inside 1.5小时 or
// 3.20), （1） and ① anywhere.
const NUMBERING = new RegExp(`(?:(?:^|(?<=[\\s；;。，,]))\\d{1,2}[.、)）](?!\\d)|[（(]\\d{1,2}[)）]|[${CIRCLED}])\\s*`, 'g')

const STATUS_WORDS: [RegExp, FollowUpStatus][] = [
  [/^(?:已完成|已办结|已落实|完成)$/, '已完成'],
  [/^(?:进行中|跟进中|推进中)$/, '进行中'],
  [/^(?:已取消|取消)$/, '已取消'],
  [/^(?:待办|未完成|未开始)$/, '待办'],
]

/** A 跟进状态 cell or the status word of an item. */
export function parseFollowUpStatus(text: string): FollowUpStatus | null {
  const t = toHalfWidth(text).replace(/\s+/g, '')
  for (const [re, status] of STATUS_WORDS) if (re.test(t)) return status
  return null
}

/** Splits a cell into its items (empty list for an empty cell or 无 / 暂无). */
export function splitFollowUpItems(text: string): string[] {
  const t = digits(text).replace(/\r\n?/g, '\n').trim()
  if (!t || /^(无|暂无|没有|\/|-+)$/.test(t)) return []
  return t
    .split(/\n|[；;]/)
    .flatMap((line) => line.replace(NUMBERING, '\u0000').split('\u0000'))
    .map((s) => s.replace(/^[\s,，。、]+|[\s,，；;、]+$/g, '').trim())
    .filter((s) => s.length > 0 && !/^(无|暂无)$/.test(s))
}

/**
 * One item: its 负责人, 期限 and status taken out of the text, the rest is the content. A name
 * before a colon (韩雨桐：联系家属) is the 负责人 only when `isKnownName` says it is a person (the
 * studio's or the row's): 家访：了解情况 is a task.
 */
export function parseFollowUpItem(item: string, isKnownName: (name: string) => boolean = () => false): FollowUpCell {
  let s = item
  let owner: string | null = null
  let due: string | null = null
  let status: FollowUpStatus | null = null
  let completed: string | null = null
  const take = (re: RegExp, on: (m: RegExpExecArray) => void) => {
    const m = re.exec(s)
    if (!m) return
    on(m)
    s = (s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length)).trim()
  }
  // Status in brackets or after a separator at the end: （已完成 3月18日） / ——已完成.
  take(new RegExp(`[（(【\\[]\\s*(已完成|已办结|已落实|进行中|跟进中|已取消|待办)\\s*[,，:：]?\\s*(${DATE})?\\s*[)）】\\]]\\s*$`), (m) => {
    status = parseFollowUpStatus(m[1]!)
    completed = m[2] ?? null
  })
  if (!status)
    take(new RegExp(`(?:^|[,，;；\\s]|—+|-{2,})\\s*(已完成|已办结|已落实|进行中|跟进中|已取消)\\s*(${DATE})?\\s*[。.]?$`), (m) => {
      status = parseFollowUpStatus(m[1]!)
      completed = m[2] ?? null
    })
  take(new RegExp(`(?:负责人|责任人|负责|跟进人)\\s*[:：]\\s*(${NAME})`), (m) => (owner = m[1]!))
  if (!owner) take(new RegExp(`[（(]\\s*(${NAME})\\s*(?:负责|跟进)\\s*[)）]`), (m) => (owner = m[1]!))
  if (!owner) take(new RegExp(`由\\s*(${NAME})\\s*(?:负责|跟进|落实|完成)`), (m) => (owner = m[1]!))
  if (!owner) {
    const m = new RegExp(`^(${NAME})\\s*[:：]`).exec(s)
    if (m && isKnownName(m[1]!)) take(new RegExp(`^${m[1]}\\s*[:：]`), () => (owner = m[1]!))
  }
  take(new RegExp(`(?:期限|截止|截至|时限|完成时间|完成期限)\\s*[:：]?\\s*(${DATE})\\s*(?:前|之前|以前)?`), (m) => (due = m[1]!))
  if (!due) take(new RegExp(`(?:于|在)?\\s*(${DATE})\\s*(?:前|之前|以前)(?:完成)?`), (m) => (due = m[1]!))
  const content = s
    .replace(/[（(]\s*[,，;；]?\s*[)）]/g, '')
    .replace(/^[\s,，:：;；、]+|[\s,，:：;；、]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
  return { content, owner, due, status, completed }
}

/** The items of a cell, each parsed. */
export function splitFollowUps(text: string, isKnownName?: (name: string) => boolean): FollowUpCell[] {
  return splitFollowUpItems(text).map((item) => parseFollowUpItem(item, isKnownName))
}
