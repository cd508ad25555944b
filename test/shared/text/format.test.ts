import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  EMPTY_TEXT,
  formatBytes,
  formatDate,
  formatDateInText,
  formatDateRange,
  formatDateRangeInText,
  formatDuration,
  formatHours,
  formatMonth,
  formatTimestamp,
  formatClock,
  formatWeekday,
} from '@shared/text/format'

describe('dates', () => {
  it('formatDate: the numeric date of tables and forms; missing → —', () => {
    expect(formatDate('2026-09-30')).toBe('2026-09-30')
    expect(formatDate('')).toBe('—')
    expect(formatDate(null)).toBe('—')
    expect(formatDate(undefined)).toBe(EMPTY_TEXT)
  })

  it('formatWeekday: of a calendar date, whatever the time zone', () => {
    expect(formatWeekday('2025-07-14')).toBe('周一')
    expect(formatWeekday('2025-07-20')).toBe('周日')
    expect(formatWeekday('2024-02-29')).toBe('周四')
    expect(formatWeekday('2026-09-30')).toBe('周三')
    expect(() => formatWeekday('2025-02-30')).toThrow('日期不存在')
  })

  it('formatDateInText: written out for a report, no leading zeros', () => {
    expect(formatDateInText('2026-04-03')).toBe('2026年4月3日')
    expect(formatDateInText('2025-12-31')).toBe('2025年12月31日')
    expect(formatDateInText('2025-04-09T01:30:00.000Z')).toBe('2025年4月9日')
    expect(formatDateInText('')).toBe('—')
    expect(formatDateInText(null)).toBe('—')
    expect(formatDateInText('未定')).toBe('未定')
  })

  it('ranges', () => {
    expect(formatDateRange('2025-06-01', '2026-05-31')).toBe('2025-06-01 — 2026-05-31')
    expect(formatDateRange('2025-06-01', null)).toBe('2025-06-01 — —')
    expect(formatDateRangeInText('2025-01-01', '2025-06-30')).toBe('2025年1月1日至2025年6月30日')
  })

  it('formatMonth', () => {
    expect(formatMonth('2026-04')).toBe('4月')
    expect(formatMonth('2026-11', true)).toBe('2026年11月')
    expect(formatMonth('2026年4月')).toBe('2026年4月')
  })
})

describe('formatTimestamp: local wall-clock time to the minute', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'Asia/Shanghai')
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('in Beijing', () => {
    expect(formatTimestamp('2026-12-05T22:23:57.000Z')).toBe('2026-12-06 06:23')
    expect(formatTimestamp('2025-06-01T02:00:00.000Z')).toBe('2025-06-01 10:00')
    expect(formatTimestamp('2025-01-01T15:59:59.999Z')).toBe('2025-01-01 23:59')
  })

  it('missing or unreadable → —', () => {
    expect(formatTimestamp(null)).toBe('—')
    expect(formatTimestamp(undefined)).toBe('—')
    expect(formatTimestamp('')).toBe('—')
    expect(formatTimestamp('昨天')).toBe('—')
  })

  it('formatClock: the time of day in Beijing, not the UTC hour the ISO text starts with', () => {
    expect(formatClock('2026-12-05T22:23:57.000Z')).toBe('06:23:57')
    expect(formatClock('2025-01-01T15:59:59.999Z')).toBe('23:59:59')
    expect(formatClock('昨天')).toBe('—')
  })
})

describe('durations and hours', () => {
  it('formatDuration: exactly as entered', () => {
    expect(formatDuration(45)).toBe('45 分钟')
    expect(formatDuration(60)).toBe('1 小时')
    expect(formatDuration(90)).toBe('1 小时 30 分钟')
    expect(formatDuration(125)).toBe('2 小时 5 分钟')
    expect(formatDuration(480)).toBe('8 小时')
  })

  it('formatHours: one decimal, rounded half up', () => {
    expect(formatHours(90)).toBe('1.5 小时')
    expect(formatHours(3810)).toBe('63.5 小时')
    expect(formatHours(100)).toBe('1.7 小时')
    expect(formatHours(0)).toBe('0.0 小时')
  })
})

describe('formatBytes', () => {
  it('bytes, KB, MB, GB', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(20480)).toBe('20.0 KB')
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB')
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB')
    expect(formatBytes(null)).toBe('—')
    expect(formatBytes(undefined)).toBe('—')
    expect(formatBytes(Number.NaN)).toBe('—')
  })
})
