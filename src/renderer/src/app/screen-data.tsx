import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { useLoaderData, useRevalidator, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router-dom'
import { db } from '../db/connection'
import { changeMark, onTablesChanged } from '../db/changes'
import type { TableName } from '../db/schema'

/**
 * How a screen reads its data (docs/architecture.md, "Reading"): its route's loader calls `db/`
 * read functions before the screen is drawn, and reads again whenever a write to one of the tables
 * it depends on commits, while it is shown. The screen is drawn once, with its data: no spinner
 * that then makes way for the page, no half-filled first frame, and nothing shown is older than the
 * last write it depends on.
 *
 *   export const personsScreen = screen(['persons'], () => allPersons(db))
 *   routes.tsx:  { path: '/persons', ...read(personsScreen, <PersonsPage />) }
 *   the page:    const persons = personsScreen.useData()
 */
export interface Screen<T> {
  loader: (args: LoaderFunctionArgs) => Promise<Reading<T>>
  shouldRevalidate: (args: ShouldRevalidateFunctionArgs) => boolean
  /** Around the route's element (routes.tsx): hands the data down and reads again on a change. */
  Provider: (props: { children: ReactNode }) => ReactNode
  /** In the route's element: the loader's data, new after each reading. */
  useData: () => T
}

/** What a loader hands the screen: the data, and the tables' change mark taken before reading it. */
interface Reading<T> {
  data: T
  mark: number
}

/**
 * The data reaches the page through this context rather than the router's: a page that read the
 * router's state itself would be drawn again at every step of every navigation (leaving it too),
 * where only its Provider is, and the page only when its data is new.
 */
const ScreenData = createContext<{ screen: object; data: unknown } | null>(null)

export function screen<T>(
  tables: readonly TableName[],
  read: (args: LoaderFunctionArgs) => Promise<T>,
  options: {
    /** The loader reads the address's search (?period=…): a change of it reads again. */
    readsSearch?: boolean
  } = {},
): Screen<T> {
  const self: Screen<T> = {
    async loader(args) {
      const mark = changeMark(db, tables)
      return { data: await read(args), mark }
    },
    // A screen whose choices live in the address (报告导出) would read everything again at each
    // choice: only a new path, or a revalidation (same address), reads again.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      options.readsSearch || currentUrl.pathname !== nextUrl.pathname || currentUrl.search === nextUrl.search ? defaultShouldRevalidate : false,
    Provider({ children }) {
      const reading = useLoaderData() as Reading<T>
      useRevalidateOnChange(tables, reading.mark)
      const value = useMemo(() => ({ screen: self, data: reading.data }), [reading.data])
      return <ScreenData.Provider value={value}>{children}</ScreenData.Provider>
    },
    useData() {
      const value = useContext(ScreenData)
      if (value?.screen !== self) throw new Error('useData() is for the element of its own route (see routes.tsx)')
      return value.data as T
    },
  }
  return self
}

/**
 * Runs the shown screen's loader again after every committed write to one of `tables` (this
 * window's or another's), and at once when one committed between the loader's read (`mark`) and
 * now. Listening costs no read (db/changes.ts); the records themselves are read by the loader,
 * not by a live query, which would hand out a deep copy of each on every change.
 */
export function useRevalidateOnChange(tables: readonly TableName[], mark: number): void {
  const { revalidate } = useRevalidator()
  const key = tables.join(',')
  useEffect(() => {
    if (!key) return
    const watched = key.split(',') as TableName[]
    if (changeMark(db, watched) !== mark) void revalidate()
    return onTablesChanged(db, watched, () => void revalidate())
  }, [key, mark, revalidate])
}
