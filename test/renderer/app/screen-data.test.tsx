// @vitest-environment jsdom
// First: fake IndexedDB must be in place before Dexie loads.
import 'fake-indexeddb/auto'
import { act, cleanup, render, screen as view } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router-dom'
import { db } from '@renderer/db/connection'
import { allPersons, createPerson } from '@renderer/db/persons'
import { createProject } from '@renderer/db/projects'
import { updatePreferences } from '@renderer/db/settings'
import { screen } from '@renderer/app/screen-data'

beforeAll(async () => {
  // Creating the database announces every table as changed: done before any screen watches.
  await db.open()
})
beforeEach(async () => {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
})
afterEach(cleanup)

const person = (name: string) => createPerson(db, { name, role: '社工', qualification: '无' })
const project = (name: string) =>
  createProject(db, {
    name,
    organization: '',
    street: '',
    community: '海青社区',
    field: '养老',
    beneficiaries: '',
    fundingSource: '政府购买服务',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    leaderId: null,
    status: '进行中',
    targets: { activities: 1, serviceCount: 1, volunteers: 1 },
  })

/** A screen of the names of every person, with counters of its loader's runs and of its page's renders. */
function personsScreen(options: { readsSearch?: boolean; afterRead?: () => Promise<unknown> } = {}) {
  const renders = { count: 0 }
  let releaseOther: () => void = () => undefined
  const read = vi.fn(async () => {
    const names = (await allPersons(db)).map((p) => p.name).sort()
    await options.afterRead?.()
    return names
  })
  const s = screen(['persons'], read, { readsSearch: options.readsSearch })
  function Page() {
    renders.count += 1
    const names = s.useData()
    return <p data-testid="names">{names.join('、') || '（无）'}</p>
  }
  function Controls() {
    const [, setSearch] = useSearchParams()
    return <button onClick={() => setSearch({ q: String(Math.random()) })}>换条件</button>
  }
  const router = createMemoryRouter(
    [
      {
        path: '/persons',
        element: (
          <>
            <s.Provider>
              <Page />
            </s.Provider>
            <Controls />
          </>
        ),
        loader: s.loader,
        shouldRevalidate: s.shouldRevalidate,
        hydrateFallbackElement: <p>读取中</p>,
      },
      { path: '/other', element: <p>另一屏</p>, loader: () => new Promise((resolve) => (releaseOther = () => resolve(null))) },
    ],
    { initialEntries: ['/persons'] },
  )
  render(<RouterProvider router={router} />)
  return { read, renders, router, releaseOther: () => releaseOther() }
}

const names = () => view.getByTestId('names').textContent

describe('screen(): a route loader read again when its tables change', () => {
  it('draws the loader data, and reads again after a write to a table it depends on', async () => {
    await person('张晓明')
    const { read } = personsScreen()
    expect(await view.findByText('张晓明')).toBeTruthy()
    expect(read).toHaveBeenCalledTimes(1)
    await act(() => person('李华'))
    await vi.waitFor(() => expect(names()).toBe('张晓明、李华'))
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('does not read again for writes to other tables', async () => {
    const { read } = personsScreen()
    expect(await view.findByText('（无）')).toBeTruthy()
    await act(async () => {
      await project('海青社区长者服务')
      await updatePreferences(db, { operatorName: '李老师' })
    })
    // Give a wrongly triggered revalidation the time to run.
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(read).toHaveBeenCalledTimes(1)
    expect(names()).toBe('（无）')
  })

  it('reads again at once when a write committed between the loader and the first paint', async () => {
    let first = true
    const { read } = personsScreen({
      afterRead: async () => {
        if (!first) return
        first = false
        await person('王芳')
      },
    })
    await vi.waitFor(() => expect(names()).toBe('王芳'))
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('does not read again when only the search changes, unless the loader reads it', async () => {
    const plain = personsScreen()
    await view.findByText('（无）')
    await act(async () => view.getByRole('button', { name: '换条件' }).click())
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(plain.read).toHaveBeenCalledTimes(1)
    cleanup()

    const searching = personsScreen({ readsSearch: true })
    await view.findByText('（无）')
    await act(async () => view.getByRole('button', { name: '换条件' }).click())
    await vi.waitFor(() => expect(searching.read).toHaveBeenCalledTimes(2))
  })

  it('stops watching when the screen is left', async () => {
    const { read } = personsScreen()
    await view.findByText('（无）')
    cleanup()
    await person('赵敏')
    await new Promise((r) => setTimeout(r, 50))
    expect(read).toHaveBeenCalledTimes(1)
  })

  it('draws the page again only for new data, not at each step of a navigation', async () => {
    const { renders, router, releaseOther } = personsScreen()
    await view.findByText('（无）')
    const before = renders.count
    // Leaving: the next screen's loader is still reading, the router is 'loading'.
    await act(async () => void router.navigate('/other'))
    expect(router.state.navigation.state).toBe('loading')
    expect(renders.count).toBe(before)
    await act(async () => releaseOther())
    expect(await view.findByText('另一屏')).toBeTruthy()
  })

  it('refuses useData() outside its own route', () => {
    const s = screen(['persons'], async () => 1)
    function Stray() {
      s.useData()
      return null
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      expect(() => render(<Stray />)).toThrow('useData() is for the element of its own route')
    } finally {
      quiet.mockRestore()
    }
  })
})
