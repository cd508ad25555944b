import { match, pinyin } from 'pinyin-pro'

const initialsCache = new Map<string, string>()

/** 张晓明 → "zxm": the pinyin initials people type to find a name quickly. */
export function pinyinInitials(text: string): string {
  let cached = initialsCache.get(text)
  if (cached === undefined) {
    cached = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()
    initialsCache.set(text, cached)
  }
  return cached
}

/**
 * Does `query` find `text`? A Chinese substring, the pinyin initials ("zxm" finds 张晓明),
 * or full pinyin ("zhangxiao") all match; case and surrounding spaces are ignored.
 */
export function matchesName(text: string, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (q === '') return true
  if (text.toLowerCase().includes(q)) return true
  if (!/^[a-z\s]+$/.test(q)) return false
  const compact = q.replace(/\s+/g, '')
  if (pinyinInitials(text).includes(compact)) return true
  return match(text, compact, { continuous: true }) !== null
}
