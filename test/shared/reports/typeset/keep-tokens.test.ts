import { describe, expect, it } from 'vitest'
import { breaksInWord, keepSegments, keepTokens } from '../../../../src/shared/reports/typeset/keep-tokens'
import { textWidthEm } from '../../../../src/shared/reports/typeset/text-width'

describe('keep tokens', () => {
  it('finds codes, dates, periods, numbers with units and ratios', () => {
    expect(keepTokens('DD-2026-0079（已定稿）')).toEqual(['DD-2026-0079'])
    expect(keepTokens('期限 2026-10-07，已完成 2026-10-02')).toEqual(['2026-10-07', '2026-10-02'])
    expect(keepTokens('截至2026年9月30日，逾期超过 30 天的 7 项')).toEqual(['2026年9月30日', '30 天', '7 项'])
    expect(keepTokens('与2026年第2季度（45.0 分，红色）相比下降 8.6 分')).toEqual(['2026年第2季度', '45.0 分', '8.6 分'])
    expect(keepTokens('活动场次 4/6.5（61.5%）')).toEqual(['4/6.5', '61.5%'])
    expect(keepTokens('↓ 8.6')).toEqual(['↓ 8.6'])
    expect(keepTokens('2026年上半年、2026年度、2027年12月31日')).toEqual(['2026年上半年', '2026年度', '2027年12月31日'])
    expect(keepTokens('84.6')).toEqual(['84.6'])
    // A short quoted name stays whole (a ranking table once set 新港山路社区“独居老人照/护”项目).
    expect(keepTokens('新港山路社区“独居老人照护”项目')).toEqual(['“独居老人照护”'])
    expect(keepTokens('“一个超过八个字的很长的引号内容”')).toEqual([])
  })
  it('leaves plain Chinese text and single digits alone', () => {
    expect(keepSegments('第3季度项目进展')).toEqual([{ text: '第3季度项目进展', keep: false }])
    expect(keepSegments('共 42 次')).toEqual([
      { text: '共 ', keep: false },
      { text: '42 次', keep: true },
    ])
  })
  it('knows which tokens Word could break itself (those with Chinese characters)', () => {
    expect(breaksInWord('2026年9月30日')).toBe(true)
    expect(breaksInWord('30 天')).toBe(true)
    expect(breaksInWord('DD-2026-0079')).toBe(false)
  })
  it('estimates widths wide: Chinese 1 em; Latin as DejaVu Serif bold sets it (LibreOffice without SimSun)', () => {
    expect(textWidthEm('督导评估报告')).toBe(6)
    expect(textWidthEm('84.6')).toBeCloseTo(2.48)
    expect(textWidthEm('30 天')).toBeCloseTo(2.7)
    expect(textWidthEm('DD-2026-0079')).toBeCloseTo(8.1)
  })
})
