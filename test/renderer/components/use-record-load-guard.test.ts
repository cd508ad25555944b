// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useRecordLoadGuard } from '@renderer/components/use-record-load-guard'

describe('useRecordLoadGuard', () => {
  it('skips the reload of the record the page has just created, once', () => {
    const { result } = renderHook(() => useRecordLoadGuard())
    result.current.writing()
    result.current.created('a')
    expect(result.current.begin('a')).toBeNull()
    // Coming back to the same record later (another route in between) loads it.
    expect(result.current.begin(null)).not.toBeNull()
    expect(result.current.begin('a')).not.toBeNull()
  })

  it('loads another record than the one created', () => {
    const { result } = renderHook(() => useRecordLoadGuard())
    result.current.created('a')
    expect(result.current.begin('b')).toBe(0)
    // …and that load forgets the creation.
    expect(result.current.begin('a')).toBe(0)
  })

  it('says a load was overtaken by a write of the page that started after it', () => {
    const { result, rerender } = renderHook(() => useRecordLoadGuard())
    const token = result.current.begin('a')!
    expect(result.current.overtaken(token)).toBe(false)
    rerender()
    result.current.writing()
    expect(result.current.overtaken(token)).toBe(true)
    // A load begun after the write is current.
    expect(result.current.overtaken(result.current.begin('a')!)).toBe(false)
  })
})
