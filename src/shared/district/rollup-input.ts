/**
 * Roll-up documents coming in to the district — from a studio's `studio-<code>-rollup` database or
 * a `.sgrollup` file — checked whole before anything is stored: each must pass the contract's
 * strict schema, and a database's documents must be its own studio's. A refusal names the studio
 * and the period in Chinese, so the district knows whom to ask.
 */
import zhCN from 'zod/v4/locales/zh-CN.js'
import { periodLabel } from '../domain/period'
import { ROLLUP_PREFIX, rollupDocId, rollupDocumentSchema, type RollupDocument } from '../rollup/document'

export class RollupRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RollupRefused'
  }
}

/** '工作室“林泉…”（linquan）2026年第1季度', from whatever of the document can be read. */
export function rollupWho(raw: unknown, fallback: string): string {
  const r = (raw ?? {}) as { studio?: { code?: unknown; name?: unknown }; period?: unknown }
  const code = typeof r.studio?.code === 'string' ? r.studio.code : null
  const name = typeof r.studio?.name === 'string' && r.studio.name.trim() ? r.studio.name.trim() : null
  const studio = name && code ? `工作室“${name}”（${code}）` : name ? `工作室“${name}”` : code ? `工作室 ${code}` : fallback
  const period = typeof r.period === 'string' ? periodLabel(r.period) : '（周期不明）'
  return `${studio}${period}`
}

/** The document, checked; throws RollupRefused naming its studio and period. */
export function checkRollup(raw: unknown, fallback: string): RollupDocument {
  const parsed = rollupDocumentSchema.safeParse(raw, { error: zhCN().localeError })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length ? `（${issue.path.join('.')}）` : ''
    throw new RollupRefused(`${rollupWho(raw, fallback)}的汇总数据无效${where}：${issue.message}，未导入`)
  }
  const doc = parsed.data
  if (doc._id !== rollupDocId(doc.studio.code, doc.period)) throw new RollupRefused(`${rollupWho(raw, fallback)}的汇总数据编号不符（${doc._id}），未导入`)
  return doc
}

/**
 * A `.sgrollup` file: one roll-up document, or a list of them (a studio sending several periods at
 * once). Every document is checked before any is kept: one bad document refuses the file.
 */
export function readRollupFile(text: string, fileName = '文件'): RollupDocument[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RollupRefused(`${fileName}不是汇总数据文件（.sgrollup）：内容无法读取`)
  }
  const list = Array.isArray(json) ? json : [json]
  if (list.length === 0) throw new RollupRefused(`${fileName}中没有汇总数据`)
  if (list.length > 1000) throw new RollupRefused(`${fileName}中的汇总数据超过 1000 份，请分开导入`)
  return list.map((raw, i) => checkRollup(raw, `${fileName}第 ${i + 1} 份`))
}

/**
 * The documents of one studio's roll-up database (`_all_docs?include_docs=true` rows): roll-ups
 * only (design and meta documents are the server's), each the studio's own.
 */
export function checkServerRollups(code: string, docs: readonly unknown[]): RollupDocument[] {
  const out: RollupDocument[] = []
  for (const raw of docs) {
    const id = (raw as { _id?: unknown } | null)?._id
    if (typeof id !== 'string' || !id.startsWith(ROLLUP_PREFIX)) continue
    const doc = checkRollup(raw, `工作室 ${code}`)
    if (doc.studio.code !== code) throw new RollupRefused(`${rollupWho(raw, code)}出现在工作室 ${code} 的汇总库中，不属于该工作室，未导入`)
    out.push(doc)
  }
  return out
}
