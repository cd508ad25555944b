import { useLiveQuery } from 'dexie-react-hooks'

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((d, i) => Object.is(d, b[i]))

/**
 * How a part of a screen keeps a small read live (docs/architecture.md, "Reading"): a picker's
 * people, the header's studio name, a button's latest period. `read` calls `db/` read functions
 * only; it runs again whenever what it read changes, and whenever `deps` change. Undefined until
 * the read for the current `deps` has answered (never the answer for other deps), and for a null
 * `read`.
 *
 * For the parts every screen shares (shell, lock, pickers, one panel's extra read). A screen's own
 * data comes from its route loader (app/screen-data.ts): a live query deep-copies every record it
 * hands out on each change, which for a whole screen's records costs more than the read.
 */
export function useLive<T>(read: (() => Promise<T>) | null, deps: readonly unknown[]): T | undefined {
  // No answer at all for a null read: an answer would redraw the component for nothing.
  const answer = useLiveQuery(async () => (read ? { deps, value: await read() } : undefined), [...deps])
  return answer && sameDeps(answer.deps, deps) ? answer.value : undefined
}
