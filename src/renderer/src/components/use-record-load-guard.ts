import { useRef } from 'react'

/**
 * Keeps a form page's reload from overwriting what the page itself just wrote.
 *
 * A form page loads its record whenever the route's id changes. Saving a new record moves the
 * route to the record's id, and the router renders that move as a transition: the URL changes at
 * once while the page, still showing the form, stays usable until React commits. A click in
 * between (定稿 right after 保存) writes the record while the reload is reading it, and the
 * reload then put the older copy back on screen. So: the page does not reload the record it has
 * just created (it already shows exactly that), and a load that a write of this page overtook
 * leaves the page's newer state alone.
 */
export function useRecordLoadGuard() {
  const writes = useRef(0)
  const created = useRef<string | null>(null)
  return {
    /** Call when a write of this page starts. */
    writing(): void {
      writes.current += 1
    },
    /** Call when a save created `id`, before moving the route to it. */
    created(id: string): void {
      created.current = id
    },
    /**
     * Call at the start of a load of `recordId`. Null when no load is needed: the page just
     * created that record and shows it. Otherwise a token for `overtaken`.
     */
    begin(recordId: string | null): number | null {
      if (recordId !== null && recordId === created.current) {
        created.current = null
        return null
      }
      created.current = null
      return writes.current
    },
    /** True when a write of this page started after the load `token` began. */
    overtaken(token: number): boolean {
      return writes.current !== token
    },
  }
}
