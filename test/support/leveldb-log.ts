/**
 * LevelDB's log writer (db/log_writer.cc) for tests: lays records out in 32 KiB blocks exactly
 * as Chromium's LevelDB does, so a test can build the logs a crash leaves behind.
 */
import { crc32c, maskCrc } from '../../src/main/leveldb-log-tail'

export const BLOCK = 32_768
export const HEADER = 7
export const RecordType = { Full: 1, First: 2, Middle: 3, Last: 4 } as const

export class LogWriter {
  private chunks: Uint8Array[] = []
  private offset: number

  /** `existing`: the bytes already in the file, as LevelDB's reuse_logs continues one. */
  constructor(existing: Uint8Array = new Uint8Array()) {
    if (existing.length) this.chunks.push(existing)
    this.offset = existing.length % BLOCK
  }

  /** One logical record, fragmented over blocks (FIRST, MIDDLE…, LAST) when it does not fit. */
  add(data: Uint8Array): this {
    let at = 0
    let begin = true
    do {
      const leftover = BLOCK - this.offset
      if (leftover < HEADER) {
        this.chunks.push(new Uint8Array(leftover))
        this.offset = 0
      }
      const avail = BLOCK - this.offset - HEADER
      const length = Math.min(data.length - at, avail)
      const end = at + length === data.length
      const type = begin && end ? RecordType.Full : begin ? RecordType.First : end ? RecordType.Last : RecordType.Middle
      this.physical(type, data.subarray(at, at + length))
      at += length
      begin = false
    } while (at < data.length)
    return this
  }

  /** One physical record as given: for fragments out of order and damaged checksums. */
  physical(type: number, data: Uint8Array, crcOf: Uint8Array = data): this {
    const header = new Uint8Array(HEADER)
    const view = new DataView(header.buffer)
    const typed = new Uint8Array(1 + crcOf.length)
    typed[0] = type
    typed.set(crcOf, 1)
    view.setUint32(0, maskCrc(crc32c(typed)), true)
    view.setUint16(4, data.length, true)
    header[6] = type
    this.chunks.push(header, data.slice())
    this.offset += HEADER + data.length
    return this
  }

  bytes(): Uint8Array {
    const total = this.chunks.reduce((n, c) => n + c.length, 0)
    const out = new Uint8Array(total)
    let at = 0
    for (const c of this.chunks) {
      out.set(c, at)
      at += c.length
    }
    return out
  }
}

/** `length` bytes of a pattern that differs per record. */
export function recordOf(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) % 251)
}
