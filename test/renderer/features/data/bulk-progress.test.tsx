// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { BulkOptions } from '@renderer/db/bulk-write'
import { BulkProgressView, useBulkRun } from '@renderer/features/data/BulkProgress'

afterEach(cleanup)

describe('a bulk write the user watches and may cancel', () => {
  it('passes progress and a signal to the write, cancel aborts it, and the progress goes when it ends', async () => {
    const { result } = renderHook(() => useBulkRun())
    let options: BulkOptions | undefined
    let finish: () => void = () => undefined
    let running: Promise<string> | undefined
    act(() => {
      running = result.current.run((o) => {
        options = o
        return new Promise<string>((resolve) => (finish = () => resolve('done')))
      })
    })
    expect(result.current.progress).toEqual({ done: 0, total: 0 })
    act(() => options!.onProgress!({ done: 1000, total: 20000 }))
    expect(result.current.progress).toEqual({ done: 1000, total: 20000 })
    expect(options!.signal!.aborted).toBe(false)
    act(() => result.current.cancel())
    expect(options!.signal!.aborted).toBe(true)
    await act(async () => {
      finish()
      await running
    })
    await expect(running).resolves.toBe('done')
    expect(result.current.progress).toBeNull()
  })

  it('shows how many rows are written and that cancelling changes nothing', () => {
    render(<BulkProgressView progress={{ done: 12000, total: 48000 }} label="正在恢复" />)
    expect(screen.getByLabelText('正在恢复').textContent).toContain('正在恢复：已写入 12,000 / 48,000 条（可以取消，取消后数据不会有任何改动）')
    expect(screen.getByLabelText('写入进度').getAttribute('aria-valuenow')).toBe('25')
  })
})
