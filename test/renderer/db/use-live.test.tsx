// @vitest-environment jsdom
// First: fake IndexedDB must be in place before Dexie loads.
import 'fake-indexeddb/auto'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@renderer/db/connection'
import { createPerson, getPerson, updatePerson } from '@renderer/db/persons'
import { useLive } from '@renderer/db/use-live'

beforeAll(async () => {
  await db.open()
})
beforeEach(async () => {
  await db.persons.clear()
})
afterEach(cleanup)

function Name({ id }: { id: string | null }) {
  const person = useLive(id ? () => getPerson(db, id) : null, [id])
  return <p data-testid="name">{person === undefined ? '（未读到）' : person.name}</p>
}

const shown = () => screen.getByTestId('name').textContent

describe('useLive: a small live read inside a screen', () => {
  it('answers, then follows writes to what it read', async () => {
    const p = await createPerson(db, { name: '张晓明', role: '社工', qualification: '无' })
    render(<Name id={p.id} />)
    await vi.waitFor(() => expect(shown()).toBe('张晓明'))
    await act(() => updatePerson(db, p.id, { name: '张晓明明', role: '社工', qualification: '无' }))
    await vi.waitFor(() => expect(shown()).toBe('张晓明明'))
  })

  it('never shows the answer for other deps: undefined until the new read has answered', async () => {
    const a = await createPerson(db, { name: '张晓明', role: '社工', qualification: '无' })
    const b = await createPerson(db, { name: '李华', role: '社工', qualification: '无' })
    const { rerender } = render(<Name id={a.id} />)
    await vi.waitFor(() => expect(shown()).toBe('张晓明'))
    rerender(<Name id={b.id} />)
    // The same render that got the new id: the old answer is not shown for it.
    expect(shown()).toBe('（未读到）')
    await vi.waitFor(() => expect(shown()).toBe('李华'))
  })

  it('reads nothing for a null read', async () => {
    render(<Name id={null} />)
    await act(() => new Promise((r) => setTimeout(r, 30)))
    expect(shown()).toBe('（未读到）')
  })
})
