/**
 * One string per distinct value. Each record read from IndexedDB brings its own copies of the
 * ids, dates and labels it holds: at 100,000 督导记录 the list kept about 1.3 million small
 * strings (some 50 MB of its heap, measured in Node) for under a thousand distinct values, and
 * comparing two copies of a 36-character id reads them character by character where one string
 * compares at once (a scan by 被督导者 ran twice as fast on pooled rows).
 */
export class StringPool {
  private readonly pool = new Map<string, string>()

  /** Distinct values held. */
  get size(): number {
    return this.pool.size
  }

  /** The pool's string equal to `s` (`s` itself, the first time it is seen). */
  of(s: string): string {
    const held = this.pool.get(s)
    if (held !== undefined) return held
    this.pool.set(s, s)
    return s
  }

  /** A new array of the pool's strings for `list`. */
  list(list: readonly string[]): string[] {
    const out = new Array<string>(list.length)
    for (let i = 0; i < list.length; i++) out[i] = this.of(list[i]!)
    return out
  }
}
