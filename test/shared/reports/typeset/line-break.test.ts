import { describe, expect, it } from 'vitest'
import { balanceLines, breakLines, breakOpportunities } from '../../../../src/shared/reports/typeset/line-break'

describe('line breaking', () => {
  it('never breaks inside a token, before closing or after opening punctuation', () => {
    const text = '（2026年10月7日）DD-2026-0079，好'
    const at = breakOpportunities(text)
    // Inside the date, inside the code, after （, before ） and before ，: none.
    for (const inside of [1, 3, 6, 8, 11, 14, 20, 24]) expect(at).not.toContain(inside)
    expect(at).toContain(text.indexOf('DD'))
    expect(at).toContain(text.indexOf('好'))
  })
  it('breaks a cell only between whole pieces', () => {
    expect(breakLines('2026年1月1日至2027年12月31日', 11)).toEqual(['2026年1月1日至', '2027年12月31日'])
    expect(breakLines('短', 11)).toEqual(['短'])
    // A piece wider than the line overflows on its own line rather than being cut.
    expect(breakLines('编号DD-2026-0079', 4)).toEqual(['编号', 'DD-2026-0079'])
  })
  it('balances a title on word boundaries, wide on top, never leaving 报告 alone', () => {
    const parts = ['新港山路社区', '“青少年心理辅导”项目', '督导评估报告']
    // 23 em on a 20 em line: two lines; 17 | 6 and 6 | 17 both give 17 as the longest, the top one wider wins.
    expect(balanceLines(parts, 20)).toEqual(['新港山路社区“青少年心理辅导”项目', '督导评估报告'])
    expect(balanceLines(['古街社区', '助老送餐服务项目', '督导评估报告'], 20)).toEqual(['古街社区助老送餐服务项目督导评估报告'])
    // Three parts that balance better in the middle: 8 | 8 rather than 12 | 4.
    expect(balanceLines(['甲乙丙丁', '戊己庚辛', '壬癸子丑', '寅卯'], 12)).toEqual(['甲乙丙丁戊己庚辛', '壬癸子丑寅卯'])
  })
  it('cuts inside a part only when the part itself is too long', () => {
    const lines = balanceLines(['一二三四五六七八九十一二三四五六七八九十一二三四五'], 20)
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => l.length)).toEqual([13, 12])
  })
})
