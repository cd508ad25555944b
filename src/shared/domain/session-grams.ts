/**
 * A search index for the 督导记录 list: for each row, a small bit set of the pairs of adjacent
 * characters (bigrams) of its searched text (`SessionListRow.lower`). A row whose set lacks one
 * bigram of a term cannot contain the term, so the search skips its text without reading it; a
 * row whose set has them all is still matched character by character (a bit may stand for
 * several bigrams). The index only ever skips rows that cannot match: the results, their order
 * and their count are those of the plain scan (filterSessions without it).
 *
 * Why: a search scanned every character of every record on each keystroke (100,000 records of
 * ~370 characters: 37 million characters, 300 ms on the bench machine). With 512 bits per record
 * (~45 % set for a record of 370 characters) a 2-character term still reads about half the
 * texts, a 4-character one about 10 %, a 6-character phrase about 2 %.
 *
 * The bit sets live in one growing Int32Array (64 bytes per row, no object per row: 6.4 MB for
 * 100,000 rows); a row names its slot (`gramSlot`). Slots are written once: a row read again gets
 * a new slot, so a set handed out with an older snapshot never changes under its holder.
 */

/** 32-bit words per row: 512 bits. */
export const GRAM_WORDS = 16
const BITS_LOG2 = 9

/** The bit of the bigram (a, b): a multiplicative hash of the two UTF-16 code units. */
function gramBit(a: number, b: number): number {
  return Math.imul((a << 16) ^ b, 0x9e3779b1) >>> (32 - BITS_LOG2)
}

export class GramStore {
  bits: Int32Array
  private used = 0

  constructor(capacity = 1024) {
    this.bits = new Int32Array(capacity * GRAM_WORDS)
  }

  /** Writes the bit set of `text` into a new slot and returns the slot. */
  add(text: string): number {
    if ((this.used + 1) * GRAM_WORDS > this.bits.length) {
      const grown = new Int32Array(Math.max(this.bits.length * 2, 1024 * GRAM_WORDS))
      grown.set(this.bits)
      this.bits = grown
    }
    const slot = this.used++
    const base = slot * GRAM_WORDS
    const bits = this.bits
    let prev = text.length > 0 ? text.charCodeAt(0) : 0
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i)
      const bit = gramBit(prev, c)
      bits[base + (bit >>> 5)]! |= 1 << (bit & 31)
      prev = c
    }
    return slot
  }

  /** Slots written so far (rows read again leave their old slot behind until the next full read). */
  get size(): number {
    return this.used
  }
}

/** The bits a term needs (word index, mask pairs), or null for a term of one character (no bigram: scan). */
export function termGrams(term: string): Int32Array | null {
  if (term.length < 2) return null
  const masks = new Int32Array(GRAM_WORDS)
  for (let i = 1; i < term.length; i++) {
    const bit = gramBit(term.charCodeAt(i - 1), term.charCodeAt(i))
    masks[bit >>> 5]! |= 1 << (bit & 31)
  }
  const pairs: number[] = []
  for (let w = 0; w < GRAM_WORDS; w++) if (masks[w] !== 0) pairs.push(w, masks[w]!)
  return Int32Array.from(pairs)
}

/** False when the row's text cannot contain the term; true when it may (then read the text). */
export function mayContain(store: GramStore, slot: number, needed: Int32Array): boolean {
  const bits = store.bits
  const base = slot * GRAM_WORDS
  for (let i = 0; i < needed.length; i += 2) {
    const mask = needed[i + 1]!
    if ((bits[base + needed[i]!]! & mask) !== mask) return false
  }
  return true
}
