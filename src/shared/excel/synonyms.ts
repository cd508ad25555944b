/**
 * What studios write in a ledger's 督导方式 and 督导功能 columns (个督, 团督, 视频…) and what it
 * means. One table, editable in 设置 → 导入同义词 (stored in settings, travels with backups: it is
 * the studio's vocabulary); the defaults below are what the app starts with.
 */
import { z } from 'zod'
import { SESSION_FUNCTIONS, SESSION_MODES, type SessionFunction, type SessionMode } from '../model/constants'
import { toHalfWidth } from './text'

export type SynonymField = 'mode' | 'functions'

export const SYNONYM_FIELD_LABELS: Record<SynonymField, string> = { mode: '督导方式', functions: '督导功能' }

export interface SynonymEntry {
  /** As written in the sheet (个督). */
  word: string
  field: SynonymField
  /** A 督导方式 or a 督导功能. */
  value: string
}

const entries = (field: SynonymField, value: string, words: string[]): SynonymEntry[] => words.map((word) => ({ word, field, value }))

export const DEFAULT_SYNONYMS: readonly SynonymEntry[] = [
  ...entries('mode', '个别督导', ['个别', '个督', '个体督导', '个案督导', '一对一', '单独']),
  ...entries('mode', '团体督导', ['团体', '团督', '小组督导', '小组', '集体', '团队']),
  ...entries('mode', '朋辈督导', ['朋辈', '朋督', '同辈', '互助督导']),
  ...entries('mode', '现场督导', ['现场', '现督', '实地', '驻点', '跟岗', '陪同督导']),
  ...entries('mode', '线上督导', ['线上', '视频', '电话', '网络', '微信', '腾讯会议', '钉钉', '远程']),
  ...entries('functions', '行政', ['行政', '管理']),
  ...entries('functions', '教育', ['教育', '培训', '学习', '教导']),
  ...entries('functions', '支持', ['支持', '情绪', '支援', '情感', '减压']),
]

const normWord = (s: string) => toHalfWidth(s).replace(/\s+/g, '').toLowerCase()

export const synonymEntrySchema = z
  .object({
    word: z.string().trim().min(1, { message: '请填写写法' }).max(20, { message: '写法不能超过 20 字' }),
    field: z.enum(['mode', 'functions'], { error: '请选择对应的项目' }),
    value: z.string().min(1, { message: '请选择含义' }),
  })
  .refine((e) => (e.field === 'mode' ? (SESSION_MODES as readonly string[]) : (SESSION_FUNCTIONS as readonly string[])).includes(e.value), {
    path: ['value'],
    message: '含义须为督导方式或督导功能之一',
  })

export const synonymTableSchema = z.array(synonymEntrySchema).superRefine((list, ctx) => {
  const seen = new Map<string, number>()
  list.forEach((e, i) => {
    const key = `${e.field}:${normWord(e.word)}`
    const first = seen.get(key)
    if (first !== undefined && list[first]!.value !== e.value)
      ctx.addIssue({ code: 'custom', path: [i, 'word'], message: `“${e.word}”已对应到“${list[first]!.value}”，同一写法只能有一个含义` })
    if (first === undefined) seen.set(key, i)
  })
})

/** The table as the matchers use it: normalised words, longest first (团体督导 before 团体). */
export interface SynonymIndex {
  mode: { word: string; value: SessionMode }[]
  functions: { word: string; value: SessionFunction }[]
}

export function indexSynonyms(table: readonly SynonymEntry[]): SynonymIndex {
  const pick = <V extends string>(field: SynonymField, canonical: readonly V[]) => {
    const list = [
      // The canonical names always count, whatever the table says.
      ...canonical.map((v) => ({ word: normWord(v), value: v })),
      ...table.filter((e) => e.field === field && (canonical as readonly string[]).includes(e.value)).map((e) => ({ word: normWord(e.word), value: e.value as V })),
    ].filter((e) => e.word.length > 0)
    return list.sort((a, b) => b.word.length - a.word.length)
  }
  return { mode: pick('mode', SESSION_MODES), functions: pick('functions', SESSION_FUNCTIONS) }
}

/**
 * A 督导方式 cell: an exact word of the table first, else the word found earliest in the text
 * (线上团督 → 线上督导), the longest one of those found at the same place. Null when none.
 */
export function matchMode(text: string, index: SynonymIndex): SessionMode | null {
  const t = normWord(text)
  if (!t) return null
  const exact = index.mode.find((e) => e.word === t)
  if (exact) return exact.value
  let best: { at: number; len: number; value: SessionMode } | null = null
  for (const e of index.mode) {
    const at = t.indexOf(e.word)
    if (at < 0) continue
    if (!best || at < best.at || (at === best.at && e.word.length > best.len)) best = { at, len: e.word.length, value: e.value }
  }
  return best?.value ?? null
}

/** A 督导功能 cell: every function whose word appears (教育、支持 / 教育支持性督导), in the canonical order. */
export function matchFunctions(text: string, index: SynonymIndex): SessionFunction[] {
  let t = normWord(text)
  const found = new Set<SessionFunction>()
  // Longest first, and a matched word is blanked so a shorter one inside it does not count twice.
  for (const e of index.functions)
    if (t.includes(e.word)) {
      found.add(e.value)
      t = t.split(e.word).join('\u0000')
    }
  return SESSION_FUNCTIONS.filter((f) => found.has(f))
}
