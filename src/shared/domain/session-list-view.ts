/**
 * The 督导记录 list in display order, with what lets a filter or a search cost what it finds
 * rather than what the studio holds. At 100,000 records a plain scan (filterSessions) touched
 * every row object of a heap near 200 MB on each pick of a 被督导者 or each search: 50–110 ms on
 * the bench machine, most of it waiting for memory, while the screen must answer in < 50 ms.
 *
 * - postings: for 督导者, 被督导者, 关联项目 and 议题, each value's positions in the list,
 *   ascending (built on first use). A filter by one of them reads only the rows that hold the
 *   value (the shortest list when several are picked).
 * - gram columns: the rows' bigram bit sets (session-grams.ts) copied into display order, one
 *   column per 32-bit word (built on first use). A search rules texts out on the columns its
 *   terms need alone, reading them front to back, without touching the row objects. Read through
 *   each row's slot instead, the bit sets lie in the order the rows were loaded: at 100,000 rows
 *   that pass was a cache miss per row, 17 ms of a 44 ms search (CPU profile, bench machine).
 *
 * Every row that is read still goes through the whole filter (matchesFilter): the rows, their
 * order and their count are exactly those of filterSessions over the same rows.
 */
import { hasActiveFilter, matchesFilter, prepareTerms, searchTerms, type SessionFilter, type SessionListRow } from './session-filter'
import { GRAM_WORDS, type GramStore } from './session-grams'

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
  /**
   * The bit sets of `grams` in display order, word-major: word w of position i at
   * `[w * rows.length + i]`; a row without a slot has every bit set (it is always read). Null
   * without `grams`. Filled on first use, or ahead of it by warmUpSteps (100,000 rows: 6.4 MB).
   */
  gramColumns(): Int32Array | null
  /** Copies the bit sets of the rows before position `until` into the columns, if not yet (a warm-up step). */
  copyColumns(until: number): void
  /**
   * A posted filter's value → ascending positions of the rows that hold it. Built on first use,
   * one pass over the rows per filter (100,000 rows: 50–130 ms on the bench machine, as much as
   * a scan): the list screen asks for them while it is idle, so a pick does not wait for it.
   */
  postings(key: PostedKey): ReadonlyMap<string, Int32Array>
}

const NOWHERE = new Int32Array(0)

/** The view of rows already sorted for display: its bigram columns and postings are built when first asked for. */
export function listView<R extends SessionListRow>(rows: readonly R[], grams?: GramStore): SessionListView<R> {
  const columns = grams ? new Int32Array(GRAM_WORDS * rows.length) : null
  let copied = 0
  /** Copies the bit sets of the next rows up to `until` into the columns. */
  const copyColumns = (until: number) => {
    if (columns && grams && copied < until) copied = copyRows(rows, grams, columns, copied, Math.min(until, rows.length))
  }
  const gramColumns = () => {
    copyColumns(rows.length)
    return columns
  }
  const built = new Map<PostedKey, ReadonlyMap<string, Int32Array>>()
  const postings = (key: PostedKey) => {
    let map = built.get(key)
    if (map === undefined) built.set(key, (map = postingsOf(rows, POSTED.find(([k]) => k === key)![1])))
    return map
  }
  return { rows, grams, gramColumns, postings, copyColumns }
}

/** Every key the list view can answer from postings (to build them ahead of a pick). */
export const POSTED_KEYS: readonly PostedKey[] = POSTED.map(([key]) => key)

/** Rows whose bit sets one warm-up step copies: 100,000 rows in 10 steps of a few ms each. */
export const COLUMN_STEP_ROWS = 10_000

/**
 * What a view builds on first use, in steps of a few milliseconds, to build ahead of a search or
 * a pick while the screen is idle: the columns (in slices of COLUMN_STEP_ROWS rows, so no step
 * holds the page up), then each posting.
 */
export function warmUpSteps(view: SessionListView): (() => void)[] {
  const slices = Math.ceil(view.rows.length / COLUMN_STEP_ROWS)
  return [
    ...Array.from({ length: slices }, (_, k) => () => view.copyColumns((k + 1) * COLUMN_STEP_ROWS)),
    ...POSTED_KEYS.map((key) => () => void view.postings(key)),
  ]
}

/** Copies rows [from, until) into the columns; returns `until`. */
function copyRows(rows: readonly SessionListRow[], store: GramStore, columns: Int32Array, from: number, until: number): number {
  const n = rows.length
  const bits = store.bits
  for (let i = from; i < until; i++) {
    const slot = rows[i]!.gramSlot
    if (slot === undefined || slot < 0) for (let w = 0; w < GRAM_WORDS; w++) columns[w * n + i] = -1
    else for (let w = 0, base = slot * GRAM_WORDS; w < GRAM_WORDS; w++) columns[w * n + i] = bits[base + w]!
  }
  return until
}

/**
 * The positions (of `from`, or of every row) whose bit sets hold every (word, mask) pair the
 * terms need: one pass down the first pair's column, then the survivors for each further pair.
 */
function narrowByGrams(columns: Int32Array, n: number, needs: readonly Int32Array[], from: Int32Array | null): Int32Array {
  const out = new Int32Array(from ? from.length : n)
  let count = 0
  let first = true
  for (const need of needs) {
    for (let p = 0; p < need.length; p += 2) {
      const col = need[p]! * n
      const mask = need[p + 1]!
      let kept = 0
      if (first && from === null) {
        for (let i = 0; i < n; i++) if ((columns[col + i]! & mask) === mask) out[kept++] = i
      } else {
        const src = first ? from! : out
        const len = first ? from!.length : count
        for (let k = 0; k < len; k++) {
          const i = src[k]!
          if ((columns[col + i]! & mask) === mask) out[kept++] = i
        }
      }
      count = kept
      first = false
    }
  }
  return out.subarray(0, count)
}

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
  let prepared = prepareTerms(searchTerms(f.query), view.grams)
  // Terms only a text can hold (not ASCII, so never in a 编号) of two characters or more: a row
  // whose bit set lacks one of their bigrams cannot match, whatever else it holds.
  const textOnly: Int32Array[] = []
  prepared.terms.forEach((_, i) => {
    const need = prepared.grams?.needs[i]
    if (!prepared.inCode[i] && need) textOnly.push(need)
  })
  const { rows } = view
  const columns = textOnly.length > 0 ? view.gramColumns() : null
  if (columns) {
    positions = narrowByGrams(columns, rows.length, textOnly, positions)
    // Every term was checked on the columns: the rows left need their texts read, not their bits again.
    if (textOnly.length === prepared.terms.length) prepared = { ...prepared, grams: undefined }
  }
  const includeSensitive = f.includeSensitive === true
  const out: R[] = []
  const n = positions ? positions.length : rows.length
  for (let k = 0; k < n; k++) {
    const i = positions ? positions[k]! : k
    const r = rows[i]!
    if (matchesFilter(r, f, prepared, includeSensitive)) out.push(r)
  }
  return out
}
