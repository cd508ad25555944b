// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { PeriodKindPicker } from '@renderer/components/PeriodKindPicker'

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
})
afterEach(cleanup)

describe('PeriodKindPicker', () => {
  it('offers 季度, 半年, 年度 in that order and reports the kind chosen', () => {
    const onChange = vi.fn()
    render(<PeriodKindPicker aria-label="周期类型" value="Q" onChange={onChange} />)
    const group = screen.getByLabelText('周期类型')
    expect([...group.querySelectorAll('.ant-segmented-item-label')].map((e) => e.textContent)).toEqual(['季度', '半年', '年度'])
    expect((screen.getByRole('radio', { name: '季度' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByText('年度'))
    expect(onChange).toHaveBeenCalledWith('Y')
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('can be shown disabled', () => {
    render(<PeriodKindPicker value="H" disabled />)
    expect((screen.getByRole('radio', { name: '半年' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true)
  })
})
