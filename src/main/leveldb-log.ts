/**
 * LevelDB's log format (doc/log_format.md), as Chromium's IndexedDB writes it: its write-ahead
 * logs and MANIFEST files are 32 KiB blocks of records, each with a 7-byte header — masked
 * CRC32C of type and data, data length (2 bytes, little-endian), type (FULL 1, FIRST 2, MIDDLE 3,
 * LAST 4) — and a block's last < 7 bytes are zero padding. A logical record too long for the rest
 * of its block is cut into a FIRST, MIDDLE… and LAST fragment.
 */
import * as CRC32C from 'crc-32/crc32c'

export const BLOCK = 32_768
export const HEADER = 7
export const FULL = 1
export const FIRST = 2
export const MIDDLE = 3
export const LAST = 4

/** CRC32C (Castagnoli), the checksum LevelDB's log uses, of `bytes[from, to)`. */
export function crc32c(bytes: Uint8Array, from = 0, to = bytes.length): number {
  return CRC32C.buf(bytes.subarray(from, to)) >>> 0
}

/** LevelDB stores a CRC rotated and offset (crc32c.h Mask), so a CRC of data holding CRCs stays strong. */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0
}

/** A logical record: where it starts and ends in the file, and its fragments' data. */
export interface LogRecord {
  from: number
  to: number
  parts: Uint8Array[]
}

export type ScanStop =
  /** Every byte read into a whole record (or block padding). */
  | { kind: 'end' }
  /** A record the writer never finished at the end of the file: LevelDB's reader drops it silently. */
  | { kind: 'torn' }
  /** What LevelDB's reader reports as corruption. */
  | { kind: 'damaged'; at: number; reason: string }

export interface Scan {
  records: LogRecord[]
  /** Where the last whole logical record ends (`start` if there is none). */
  cleanEnd: number
  stop: ScanStop
}

const allZero = (bytes: Uint8Array, from: number, to: number) => {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false
  return true
}

/**
 * Reads the records from `start` (a record's first byte; blocks count from the file's start) as
 * LevelDB's log::Reader does. A header or data running past the end of the file, a fragment
 * chain without its LAST at the end, or only zeros after the last record are a torn end.
 */
export function scanLog(bytes: Uint8Array, start = 0): Scan {
  const size = bytes.length
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: LogRecord[] = []
  let pos = start
  let cleanEnd = start
  let chain: LogRecord | null = null
  const stop = (s: ScanStop): Scan => ({ records, cleanEnd, stop: s })
  while (pos < size) {
    const blockLeft = BLOCK - (pos % BLOCK)
    if (blockLeft < HEADER) {
      pos += blockLeft
      continue
    }
    if (size - pos < HEADER) return stop({ kind: 'torn' })
    const masked = view.getUint32(pos, true)
    const length = view.getUint16(pos + 4, true)
    const type = bytes[pos + 6]!
    if (type === 0 && length === 0 && masked === 0) {
      if (allZero(bytes, pos, size)) return stop({ kind: 'torn' })
      return stop({ kind: 'damaged', at: pos, reason: 'zero record before more data' })
    }
    const end = pos + HEADER + length
    if (end > size) return stop({ kind: 'torn' })
    if (HEADER + length > blockLeft) return stop({ kind: 'damaged', at: pos, reason: `record length ${length} past its block` })
    if (maskCrc(crc32c(bytes, pos + HEADER - 1, end)) !== masked) return stop({ kind: 'damaged', at: pos, reason: 'checksum mismatch' })
    const data = bytes.subarray(pos + HEADER, end)
    if (type === FULL || type === FIRST) {
      if (chain) return stop({ kind: 'damaged', at: pos, reason: 'partial record without end' })
      const record = { from: pos, to: end, parts: [data] }
      if (type === FULL) {
        records.push(record)
        cleanEnd = end
      } else chain = record
    } else if (type === MIDDLE || type === LAST) {
      if (!chain) return stop({ kind: 'damaged', at: pos, reason: 'missing start of fragmented record' })
      chain.parts.push(data)
      chain.to = end
      if (type === LAST) {
        records.push(chain)
        chain = null
        cleanEnd = end
      }
    } else {
      return stop({ kind: 'damaged', at: pos, reason: `unknown record type ${type}` })
    }
    pos = end
  }
  return stop(chain ? { kind: 'torn' } : { kind: 'end' })
}

/** LevelDB's log::Writer: lays logical records out in blocks, continuing a file as reuse_logs does. */
export class LogWriter {
  protected chunks: Uint8Array[] = []
  protected offset: number

  /** `existing`: the bytes already in the file. */
  constructor(existing: Uint8Array = new Uint8Array()) {
    if (existing.length) this.chunks.push(existing)
    this.offset = existing.length % BLOCK
  }

  /** One logical record (its data may come in parts), fragmented over blocks when it does not fit. */
  add(...parts: Uint8Array[]): this {
    const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts)
    let at = 0
    let begin = true
    do {
      const leftover = BLOCK - this.offset
      if (leftover < HEADER) {
        this.chunks.push(new Uint8Array(leftover))
        this.offset = 0
      }
      const length = Math.min(data.length - at, BLOCK - this.offset - HEADER)
      const end = at + length === data.length
      this.physical(begin && end ? FULL : begin ? FIRST : end ? LAST : MIDDLE, data.subarray(at, at + length))
      at += length
      begin = false
    } while (at < data.length)
    return this
  }

  /** One physical record; `crcOf` lets a test write a wrong checksum. */
  physical(type: number, data: Uint8Array, crcOf: Uint8Array = data): this {
    const header = new Uint8Array(HEADER)
    const typed = new Uint8Array(1 + crcOf.length)
    typed[0] = type
    typed.set(crcOf, 1)
    const view = new DataView(header.buffer)
    view.setUint32(0, maskCrc(crc32c(typed)), true)
    view.setUint16(4, data.length, true)
    header[6] = type
    this.chunks.push(header, data.slice())
    this.offset += HEADER + data.length
    return this
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks)
  }
}
