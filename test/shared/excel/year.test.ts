import { describe, expect, it } from 'vitest'
import { inferSheetYear, parseMonthDay, withYear, yearFromNeighbours, yearInText } from '@shared/excel'

describe('the year of dates written without one', () => {
  it.each([
    ['2024年林泉社区督导台账', 2024],
    ['督导台账2024', 2024],
    ['二〇二四年督导记录', 2024],
    ['２０２４年度', 2024],
    ['2024-2025年督导记录', null],
    ['督导记录汇总', null],
    ['第12345号', null],
  ])('%s → %s', (text, year) => expect(yearInText(text)).toBe(year))

  it('title first, then the sheet name, then the file name', () => {
    expect(inferSheetYear({ titleRows: ['2024年林泉社区督导台账'], sheetName: '2023', fileName: '台账2022.xlsx' })).toEqual({
      year: 2024,
      source: 'title',
      text: '2024年林泉社区督导台账',
    })
    expect(inferSheetYear({ titleRows: ['林泉社区督导台账'], sheetName: '2023年', fileName: '台账2022.xlsx' })).toEqual({ year: 2023, source: 'sheet', text: '2023年' })
    expect(inferSheetYear({ titleRows: [], sheetName: 'Sheet1', fileName: '督导台账2022.xlsx' })).toEqual({ year: 2022, source: 'file', text: '督导台账2022' })
    expect(inferSheetYear({ titleRows: [''], sheetName: 'Sheet1', fileName: '督导台账.xlsx' })).toBeNull()
  })

  it('the neighbouring rows: the year above, the next one past December, else the year below', () => {
    expect(yearFromNeighbours(3, '2024-03-01', '2024-03-20')).toBe(2024)
    expect(yearFromNeighbours(1, '2024-12-20', '2025-01-10')).toBe(2025)
    expect(yearFromNeighbours(3, '2024-04-02', null)).toBe(2024) // a row a little out of order stays in its year
    expect(yearFromNeighbours(12, null, '2025-01-10')).toBe(2024)
    expect(yearFromNeighbours(1, null, '2025-01-10')).toBe(2025)
    expect(yearFromNeighbours(5, null, null)).toBeNull()
  })

  it('month and day without a year', () => {
    expect(parseMonthDay('3月6日')).toEqual({ month: 3, day: 6, rest: '' })
    expect(parseMonthDay('3月6日 14:00-16:00')).toEqual({ month: 3, day: 6, rest: '14:00-16:00' })
    expect(parseMonthDay('3/6')).toEqual({ month: 3, day: 6, rest: '' })
    expect(parseMonthDay('3.6')).toEqual({ month: 3, day: 6, rest: '' })
    expect(parseMonthDay('三月六日（周三）')).toEqual({ month: 3, day: 6, rest: '' })
    expect(parseMonthDay('13月6日')).toBeNull()
    expect(parseMonthDay('2025年3月6日')).toBeNull()
    expect(parseMonthDay(45722)).toBeNull()
    expect(withYear({ month: 2, day: 29 }, 2024)).toBe('2024-02-29')
    expect(withYear({ month: 2, day: 29 }, 2025)).toBeNull()
  })
})
