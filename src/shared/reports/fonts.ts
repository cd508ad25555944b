/**
 * Font sets for the Word reports (docs/domain.md "Word reports", docs/architecture.md trap 7).
 *
 * 'windows' (default) uses fonts every Chinese Windows has; 'official' uses the 公文 fonts for studios
 * that have them installed. Every run gets the same family for ascii, hAnsi, eastAsia and cs, so digits
 * and Latin letters match the Chinese text and WPS/Word never fall back to Calibri or Times.
 */

export type FontSetName = 'windows' | 'official'

export type FontRole = 'title' | 'heading1' | 'heading2' | 'body' | 'table'

export type FontSet = Readonly<Record<FontRole, string>>

export const FONT_SETS: Readonly<Record<FontSetName, FontSet>> = {
  windows: {
    title: 'SimHei', // 黑体 stands in for 方正小标宋简体
    heading1: 'SimHei', // 黑体
    heading2: 'KaiTi', // 楷体
    body: 'FangSong', // 仿宋
    table: 'SimSun', // 宋体
  },
  official: {
    title: '方正小标宋简体',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    body: '仿宋_GB2312',
    table: '宋体',
  },
}

/** Word truncates font names longer than 31 characters (and then cannot find the font). */
export const MAX_FONT_NAME_LENGTH = 31

export const FONT_SET_LABELS: Readonly<Record<FontSetName, string>> = {
  windows: 'Windows 常用字体（黑体、楷体、仿宋、宋体）',
  official: '公文字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312）',
}

export function fontSet(name: FontSetName = 'windows'): FontSet {
  const set = FONT_SETS[name]
  if (!set) throw new Error(`未知的字体方案：${String(name)}`)
  return set
}

/** The w:rFonts attributes of a run: one family for every script, hinted as East Asian. */
export function runFonts(family: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: 'eastAsia' } {
  if (family.length === 0 || family.length > MAX_FONT_NAME_LENGTH) {
    throw new Error(`字体名称须为 1–${MAX_FONT_NAME_LENGTH} 个字符：${family}`)
  }
  return { ascii: family, hAnsi: family, eastAsia: family, cs: family, hint: 'eastAsia' }
}
