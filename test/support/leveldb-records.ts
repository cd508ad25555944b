/** Record data for LevelDB log tests: `length` bytes of a pattern that differs per `seed`. */
export const recordOf = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) % 251)
