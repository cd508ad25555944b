/**
 * A small seeded pseudo-random generator (sfc32, seeded through a string hash) for the sample
 * data. Never reads Math.random or the clock: the same seed and stream name always give the
 * same numbers, on every platform.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** 32-bit hash state of a string (xmur3-style), used to seed the four sfc32 words. */
function hashSeed(text: string): () => number {
  let h = 1779033703 ^ text.length
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    h ^= h >>> 16
    return h >>> 0
  }
}

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  /** `stream` names an independent sequence for the same seed (persons, sessions, …). */
  constructor(seed: number | string, stream = '') {
    const next = hashSeed(`${String(seed)}|${stream}`)
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.uint32()
  }

  /** Uniform integer in [0, 2^32). */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Picks by weight; `items` are [value, weight] pairs with positive total weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0
    for (let i = 0; i < items.length; i++) total += (items[i] as readonly [T, number])[1]
    let r = this.next() * total
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as readonly [T, number]
      r -= item[1]
      if (r < 0) return item[0]
    }
    return (items[items.length - 1] as readonly [T, number])[0]
  }

  /** Picks by precomputed cumulative weights (ascending, last = total): O(log n) per pick. */
  pickCumulative<T>(items: readonly T[], cumulative: readonly number[]): T {
    const r = this.next() * (cumulative[cumulative.length - 1] as number)
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (r < (cumulative[mid] as number)) hi = mid
      else lo = mid + 1
    }
    return items[lo] as T
  }

  /** Fisher–Yates shuffle, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }

  /** `k` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length
    if (k >= n) return this.shuffle(items.slice())
    if (k * 4 < n) {
      // Few from many: rejection on indices is cheaper than copying the whole list.
      const picked: number[] = []
      const out: T[] = []
      while (out.length < k) {
        const i = Math.floor(this.next() * n)
        if (picked.includes(i)) continue
        picked.push(i)
        out.push(items[i] as T)
      }
      return out
    }
    return this.shuffle(items.slice()).slice(0, k)
  }

  /** A random UUID in the version-4 layout (xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx). */
  uuid(): string {
    const w0 = this.uint32()
    const w1 = this.uint32()
    const w2 = this.uint32()
    const w3 = this.uint32()
    const b = (w: number, shift: number) => HEX[(w >>> shift) & 0xff] as string
    const version = HEX[((w1 >>> 8) & 0x0f) | 0x40] as string
    const variant = HEX[((w2 >>> 24) & 0x3f) | 0x80] as string
    return (
      b(w0, 24) + b(w0, 16) + b(w0, 8) + b(w0, 0) + '-' +
      b(w1, 24) + b(w1, 16) + '-' +
      version + b(w1, 0) + '-' +
      variant + b(w2, 16) + '-' +
      b(w2, 8) + b(w2, 0) + b(w3, 24) + b(w3, 16) + b(w3, 8) + b(w3, 0)
    )
  }
}
