// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_MAX_WAIT_MS, useDraftAutosave } from '@renderer/components/use-draft-autosave'
import { db } from '@renderer/db/connection'
import { getDraft } from '@renderer/db/drafts'

/** A field whose every change is kept as a draft, the way the record pages use the hook. */
function Field() {
  const [text, setText] = useState('')
  const textRef = { current: text }
  const autosave = useDraftAutosave({ key: 'note:n1', kind: 'session', recordId: 'n1', enabled: true, read: () => ({ text: textRef.current }) })
  return (
    <>
      <input
        aria-label="督导过程"
        value={text}
        onChange={(e) => {
          textRef.current = e.target.value
          setText(e.target.value)
          autosave.schedule()
        }}
      />
      <button type="button">别处</button>
    </>
  )
}

const stored = async () => ((await getDraft(db, 'note:n1'))?.data as { text?: string } | undefined)?.text ?? null

/** Lets the draft's IndexedDB write (fake-indexeddb runs on setImmediate, which is not faked) finish. */
async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise<void>((r) => setImmediate(r)))
}

describe('draft autosave', () => {
  beforeEach(async () => {
    await db.drafts.clear()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    cleanup()
  })

  it('writes the draft at most a second after a keystroke while typing goes on without a pause', async () => {
    render(<Field />)
    const input = screen.getByLabelText('督导过程')
    let typed = ''
    const typedAt: number[] = []
    // A character every 150 ms for 4 s: never the 0.8 s of quiet a debounce waits for.
    for (let i = 0; i < 27; i++) {
      typed += String.fromCharCode(0x4e00 + i)
      typedAt.push(Date.now())
      fireEvent.change(input, { target: { value: typed } })
      await settle()
      const text = (await stored()) ?? ''
      // Everything typed more than the maximum wait ago is in the draft.
      const due = typedAt.filter((t) => Date.now() - t > DRAFT_MAX_WAIT_MS).length
      expect(text.length, `at ${i * 150} ms`).toBeGreaterThanOrEqual(due)
      expect(typed.startsWith(text)).toBe(true)
      act(() => vi.advanceTimersByTime(150))
    }
    expect(((await stored()) ?? '').length).toBeGreaterThanOrEqual(20)
  })

  it('writes a pending change at once when the field loses focus', async () => {
    render(<Field />)
    const input = screen.getByLabelText('督导过程')
    input.focus()
    fireEvent.change(input, { target: { value: '回顾近三个月的排班' } })
    await settle()
    expect(await stored()).toBeNull()
    fireEvent.focusOut(input)
    await settle()
    expect(await stored()).toBe('回顾近三个月的排班')
  })

  it('writes a pending change at once when the page is hidden', async () => {
    render(<Field />)
    fireEvent.change(screen.getByLabelText('督导过程'), { target: { value: '志愿者流失' } })
    await settle()
    expect(await stored()).toBeNull()
    fireEvent(window, new Event('pagehide'))
    await settle()
    expect(await stored()).toBe('志愿者流失')
  })
})
