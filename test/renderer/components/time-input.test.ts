import { describe, expect, it } from 'vitest'
import { normalizeTime } from '@renderer/components/time-input'

// How times are read is tested with readTime (test/shared/model/typed-input.test.ts).
describe('normalizeTime', () => {
  it('gives the stored form of a time it can read', () => {
    expect(normalizeTime('930')).toBe('09:30')
    expect(normalizeTime('14点30')).toBe('14:30')
  })
  it('gives back what was typed (trimmed) when it cannot, so the form names the field', () => {
    expect(normalizeTime(' 25:00 ')).toBe('25:00')
    expect(normalizeTime('abc')).toBe('abc')
    expect(normalizeTime('')).toBe('')
  })
})
