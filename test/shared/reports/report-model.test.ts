import { describe, expect, it } from 'vitest'
import {
  PRINT_FILL_HEX,
  cellDisplayText,
  chineseNumeral,
  cleanText,
  normaliseRow,
  textLines,
} from '../../../src/shared/reports/report-model'
import { FONT_SETS, MAX_FONT_NAME_LENGTH, fontSet, runFonts } from '../../../src/shared/reports/fonts'

describe('chineseNumeral', () => {
  it('writes 1–99 in Chinese numerals', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 35, 99].map(chineseNumeral)).toEqual([
      '一', '二', '九', '十', '十一', '十九', '二十', '二十一', '三十五', '九十九',
    ])
  })
  it('falls back to digits outside 1–99', () => {
    expect(chineseNumeral(100)).toBe('100')
    expect(chineseNumeral(0)).toBe('0')
  })
})

describe('cleanText / textLines', () => {
  it('turns Excel line breaks into newlines and drops characters Word cannot open', () => {
    expect(cleanText('甲\u000B乙\r\n丙\r丁\u0001\u0008\uFFFF戊\t己')).toBe('甲\n乙\n丙\n丁戊 己')
  })
  it('drops lone surrogates but keeps pairs', () => {
    expect(cleanText('a\uD800b😀c\uDC00')).toBe('ab😀c')
  })
  it('splits into non-blank lines', () => {
    expect(textLines('第一行\n\n  \n第二行  \n')).toEqual(['第一行', '第二行'])
  })
})

describe('cells', () => {
  it('writes the colour name into a filled cell', () => {
    expect(cellDisplayText({ text: '合格', fill: '黄色' })).toBe('黄色 合格')
    expect(cellDisplayText({ text: '', fill: '蓝色' })).toBe('蓝色')
    expect(cellDisplayText({ text: '79.6 黄色 合格', fill: '黄色' })).toBe('79.6 黄色 合格')
    expect(cellDisplayText({ text: '无填充' })).toBe('无填充')
  })
  it('normalises rows given as arrays or objects', () => {
    expect(normaliseRow(['a', { text: 'b', bold: true }]).cells).toEqual([{ text: 'a' }, { text: 'b', bold: true }])
    expect(normaliseRow({ cells: ['x'], minHeightMm: 20 })).toEqual({ cells: [{ text: 'x' }], minHeightMm: 20 })
  })
  it('has light print fills for the four colours', () => {
    expect(PRINT_FILL_HEX).toEqual({ 绿色: 'E2F0D9', 蓝色: 'DDEBF7', 黄色: 'FFF2CC', 红色: 'F8CBAD' })
  })
})

describe('fonts', () => {
  it('has the Windows and official sets', () => {
    expect(fontSet('windows')).toEqual({ title: 'SimHei', heading1: 'SimHei', heading2: 'KaiTi', body: 'FangSong', table: 'SimSun' })
    expect(fontSet('official')).toEqual({
      title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', body: '仿宋_GB2312', table: '宋体',
    })
  })
  it('keeps every font name within 31 characters', () => {
    for (const set of Object.values(FONT_SETS)) for (const name of Object.values(set)) expect(name.length).toBeLessThanOrEqual(MAX_FONT_NAME_LENGTH)
    expect(() => runFonts('X'.repeat(32))).toThrow(`字体名称须为 1–31 个字符：${'X'.repeat(32)}`)
  })
  it('sets one family for every script', () => {
    expect(runFonts('FangSong')).toEqual({ ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: 'FangSong', cs: 'FangSong', hint: 'eastAsia' })
  })
})
