import { describe, expect, it } from 'vitest'
import { normalizeTime } from '@renderer/components/time-input'

describe('normalizeTime', () => {
  it.each([
    ['9:5', '09:05'],
    ['09:30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9.30', '09:30'],
    ['９：３０', '09:30'],
    ['14点30', '14:30'],
    ['14', '14:00'],
    ['25:00', '25:00'],
    ['9:75', '9:75'],
    ['abc', 'abc'],
    ['', ''],
  ])('%s → %s', (raw, expected) => expect(normalizeTime(raw)).toBe(expected))
})
