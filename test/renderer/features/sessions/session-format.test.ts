import { describe, expect, it } from 'vitest'
import { durationText, namesOf, weekdayOf } from '@renderer/features/sessions/session-format'

describe('list cell formats', () => {
  it('duration exactly as typed', () => {
    expect(durationText(45)).toBe('45分钟')
    expect(durationText(60)).toBe('1小时')
    expect(durationText(90)).toBe('1小时30分')
    expect(durationText(125)).toBe('2小时5分')
    expect(durationText(480)).toBe('8小时')
  })

  it('weekday of a calendar date, whatever the time zone', () => {
    expect(weekdayOf('2025-07-14')).toBe('周一')
    expect(weekdayOf('2025-07-20')).toBe('周日')
    expect(weekdayOf('2024-02-29')).toBe('周四')
  })

  it('names joined with 、, unknown ids named as such', () => {
    const names = new Map([['a', '周晓岚'], ['b', '李文静']])
    expect(namesOf(['b', 'a'], names)).toBe('李文静、周晓岚')
    expect(namesOf(['a', 'x'], names)).toBe('周晓岚、（未知）')
    expect(namesOf([], names)).toBe('')
  })
})
