/**
 * The 督导记录 list in display order, with what lets a filter or a search cost what it finds
 * rather than what the studio holds. At 100,000 records a plain scan (filterSessions) touched
 * every row object of a heap near 200 MB on each pick of a 被督导者 or each search: 50–110 ms on
 * the bench machine, most of it waiting for memory, while the screen must answer in < 50 ms.
 *
 * - postings: for 督导者, 被督导者, 关联项目 and 议题, each value's positions in the list,
 *   ascending (built on first use). A filter by one of them reads only the rows that hold the
 *   value (the shortest list when several are picked).
 * - slots: each position's slot in the bigram index (session-grams.ts) in one Int32Array, so a
 *   search rules texts out on their bit sets alone, without reading the row objects.
 *
 * Every row that is read still goes through the whole filter (matchesFilter): the rows, their
 * order and their count are exactly those of filterSessions over the same rows.
 */
import { hasActiveFilter, matchesFilter, prepareTerms, searchTerms, type SessionFilter, type SessionListRow } from './session-filter'
import { mayContain, type GramStore } from './session-grams'

/** The filters answered from postings: the filter's key and the row's list it looks in. */
const POSTED = [
  ['supervisorId', 'supervisorIds'],
  ['superviseeId', 'superviseeIds'],
  ['projectId', 'projectIds'],
  ['topic', 'topics'],
] as const
type PostedKey = (typeof POSTED)[number][0]

export interface SessionListView<R extends SessionListRow = SessionListRow> {
  /** In display order. */
  rows: readonly R[]
  /** The bigram index the rows' `gramSlot`s point into, if any. */
  grams: GramStore | undefined
  /** Per position: the row's slot in `grams`, or -1 (a row without one is always read). */
  slots: Int32Array
  /**
   * A posted filter's value → ascending positions of the rows that hold it. Built on first use,
   * one pass over the rows per filter (100,000 rows: 50–130 ms on the bench machine, as much as
   * a scan): the list screen asks for them while it is idle, so a pick does not wait for it.
   */
  postings(key: PostedKey): ReadonlyMap<string, Int32Array>
}

const NOWHERE = new Int32Array(0)

/** The view of rows already sorted for display: the slots now, the postings when first asked for. */
export function listView<R extends SessionListRow>(rows: readonly R[], grams?: GramStore): SessionListView<R> {
  const slots = new Int32Array(rows.length)
  for (let i = 0; i < rows.length; i++) slots[i] = rows[i]!.gramSlot ?? -1
  const built = new Map<PostedKey, ReadonlyMap<string, Int32Array>>()
  const postings = (key: PostedKey) => {
    let map = built.get(key)
    if (map === undefined) built.set(key, (map = postingsOf(rows, POSTED.find(([k]) => k === key)![1])))
    return map
  }
  return { rows, grams, slots, postings }
}

/** Every key the list view can answer from postings (to build them ahead of a pick). */
export const POSTED_KEYS: readonly PostedKey[] = POSTED.map(([key]) => key)

function postingsOf(rows: readonly SessionListRow[], field: (typeof POSTED)[number][1]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>()
  for (let i = 0; i < rows.length; i++) {
    const values = rows[i]![field]
    for (let j = 0; j < values.length; j++) {
      const list = lists.get(values[j]!)
      if (list === undefined) lists.set(values[j]!, [i])
      // A value listed twice in one row is one position.
      else if (list[list.length - 1] !== i) list.push(i)
    }
  }
  const packed = new Map<string, Int32Array>()
  for (const [value, list] of lists) packed.set(value, new Int32Array(list))
  return packed
}

function mayContainAll(store: GramStore, slot: number, needs: readonly Int32Array[]): boolean {
  for (let t = 0; t < needs.length; t++) if (!mayContain(store, slot, needs[t]!)) return false
  return true
}

/**
 * The rows of the view that match the filter, in the view's order: the same as
 * filterSessions(view.rows, f, view.grams). Nothing filtered: the view's own rows.
 */
export function filterView<R extends SessionListRow>(view: SessionListView<R>, f: SessionFilter): readonly R[] {
  if (!hasActiveFilter(f)) return view.rows
  let positions: Int32Array | null = null
  for (const [key] of POSTED) {
    const value = f[key]
    if (!value) continue
    const list = view.postings(key).get(value) ?? NOWHERE
    if (positions === null || list.length < positions.length) positions = list
  }
  const prepared = prepareTerms(searchTerms(f.query), view.grams)
  // Terms only a text can hold (not ASCII, so never in a 编号) of two characters or more: a row
  // whose bit set lacks one of their bigrams cannot match, whatever else it holds.
  const textOnly: Int32Array[] = []
  prepared.terms.forEach((_, i) => {
    const need = prepared.grams?.needs[i]
    if (!prepared.inCode[i] && need) textOnly.push(need)
  })
  const store = view.grams
  const { rows, slots } = view
  const includeSensitive = f.includeSensitive === true
  const out: R[] = []
  const n = positions ? positions.length : rows.length
  for (let k = 0; k < n; k++) {
    const i = positions ? positions[k]! : k
    if (store && textOnly.length > 0 && slots[i]! >= 0 && !mayContainAll(store, slots[i]!, textOnly)) continue
    const r = rows[i]!
    if (matchesFilter(r, f, prepared, includeSensitive)) out.push(r)
  }
  return out
}
