/**
 * Trims a write cut short by a crash off the end of Chromium's LevelDB logs before Chromium
 * opens them, so a crash during a write can no longer make Chromium delete the studio's whole
 * IndexedDB store at a later start.
 *
 * Why (docs/architecture.md, Crash safety; LevelDB issue #1287, fix proposed in PR #1336): on
 * recovery LevelDB drops a log record the crash cut short, as it should, but Chromium opens
 * LevelDB with `reuse_logs`, so the next session appends its writes to the same file right after
 * the torn bytes. From then on the torn record sits in the middle of the log; the next recovery
 * reads it as corruption (`checksum mismatch`, `partial record without end`), and Chromium
 * answers a corrupt store by deleting it. Cutting the file back to the end of its last complete
 * record removes exactly the bytes LevelDB itself would drop, before anything can be appended.
 *
 * Only a torn end is touched. Anything else LevelDB would call corrupt (a bad checksum with
 * whole records after it, a fragment out of order) is left as it is and reported: guessing there
 * could remove a write that was acknowledged. Must run while no Chromium has the store open
 * (main, holding the single-instance lock, before the first window; the crash campaign before
 * each restart).
 *
 * The format is LevelDB's log format (doc/log_format.md): 32 KiB blocks of records, each with a
 * 7-byte header — masked CRC32C of type and data, length (2 bytes), type (FULL 1, FIRST 2,
 * MIDDLE 3, LAST 4) — a block's last < 7 bytes are zero padding. MANIFEST files share it.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, statSync, ftruncateSync } from 'node:fs'
import { join } from 'node:path'

const BLOCK = 32_768
const HEADER = 7
const FULL = 1
const FIRST = 2
const MIDDLE = 3
const LAST = 4

export type LogTail =
  /** Ends with a complete record (or is empty). */
  | { state: 'clean'; size: number }
  /** A record cut short at the end; `cleanEnd` is where the last complete one ends. */
  | { state: 'torn'; size: number; cleanEnd: number }
  /** Damage LevelDB reports that is not a torn end: left alone. */
  | { state: 'damaged'; size: number; at: number; reason: string }

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1
    table[i] = c >>> 0
  }
  return table
})()

/** CRC32C (Castagnoli), the checksum LevelDB's log uses. */
export function crc32c(bytes: Uint8Array, from = 0, to = bytes.length, seed = 0): number {
  let crc = ~seed >>> 0
  for (let i = from; i < to; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8)
  return ~crc >>> 0
}

/** LevelDB stores a CRC rotated and offset (crc32c.h Mask), so a CRC of data holding CRCs stays strong. */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0
}

const allZero = (bytes: Uint8Array, from: number, to: number) => {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false
  return true
}

/**
 * Reads the records as LevelDB's log::Reader does and says how the file ends. A record whose
 * header or data runs past the end of the file, a fragmented record without its LAST fragment
 * at the end of the file, or zeros after the last record are a torn end: the reader drops them
 * silently, and so may we.
 */
export function inspectLogTail(bytes: Uint8Array): LogTail {
  const size = bytes.length
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let pos = 0
  let cleanEnd = 0
  let inFragment = false
  const damaged = (at: number, reason: string): LogTail => ({ state: 'damaged', size, at, reason })
  while (pos < size) {
    const blockLeft = BLOCK - (pos % BLOCK)
    if (blockLeft < HEADER) {
      pos += blockLeft
      continue
    }
    // A header the crash cut short.
    if (size - pos < HEADER) break
    const masked = view.getUint32(pos, true)
    const length = view.getUint16(pos + 4, true)
    const type = bytes[pos + 6]!
    if (type === 0 && length === 0 && masked === 0) {
      if (allZero(bytes, pos, size)) break
      return damaged(pos, 'zero record before more data')
    }
    const end = pos + HEADER + length
    // Data the crash cut short: LevelDB's reader drops whatever runs past the end of the file.
    if (end > size) break
    if (HEADER + length > blockLeft) return damaged(pos, `record length ${length} past its block`)
    if (maskCrc(crc32c(bytes, pos + 6, end)) !== masked) return damaged(pos, 'checksum mismatch')
    if (type === FULL) {
      if (inFragment) return damaged(pos, 'partial record without end')
      cleanEnd = end
    } else if (type === FIRST) {
      if (inFragment) return damaged(pos, 'partial record without end')
      inFragment = true
    } else if (type === MIDDLE) {
      if (!inFragment) return damaged(pos, 'missing start of fragmented record')
    } else if (type === LAST) {
      if (!inFragment) return damaged(pos, 'missing start of fragmented record')
      inFragment = false
      cleanEnd = end
    } else {
      return damaged(pos, `unknown record type ${type}`)
    }
    pos = end
  }
  return cleanEnd === size ? { state: 'clean', size } : { state: 'torn', size, cleanEnd }
}

export interface LogRepair {
  file: string
  /** What the file was found to be; `torn` files were cut back to `cleanEnd`. */
  tail: LogTail
}

/** The write-ahead logs and the current MANIFEST of one LevelDB folder: the files LevelDB may reuse. */
function reusableLogs(folder: string): string[] {
  const names = readdirSync(folder)
  const logs = names.filter((n) => /^\d+\.log$/.test(n))
  const currentFile = join(folder, 'CURRENT')
  if (existsSync(currentFile)) {
    const manifest = readFileSync(currentFile, 'utf8').trim()
    if (/^MANIFEST-\d+$/.test(manifest) && names.includes(manifest)) logs.push(manifest)
  }
  return logs.map((n) => join(folder, n))
}

/** Cuts one file back to `length` and flushes it, so the cut survives a power cut too. */
function truncateDurably(file: string, length: number): void {
  const fd = openSync(file, 'r+')
  try {
    ftruncateSync(fd, length)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Every `*.indexeddb.leveldb` folder under Chromium's IndexedDB folder (`<userData>/IndexedDB`
 * in Electron, `<profile>/Default/IndexedDB` in Chromium): each reusable log with a torn end is
 * cut back to its last complete record. Returns every file it read and what it found; a folder
 * or file it cannot read is skipped (Chromium will report it, as it would have anyway).
 */
export function trimTornLogTails(indexedDbFolder: string): LogRepair[] {
  if (!existsSync(indexedDbFolder)) return []
  const repairs: LogRepair[] = []
  for (const name of readdirSync(indexedDbFolder)) {
    const folder = join(indexedDbFolder, name)
    if (!name.endsWith('.leveldb') || !statSync(folder).isDirectory()) continue
    for (const file of reusableLogs(folder)) {
      let tail: LogTail
      try {
        tail = inspectLogTail(readFileSync(file))
      } catch {
        continue
      }
      if (tail.state === 'torn') truncateDurably(file, tail.cleanEnd)
      repairs.push({ file, tail })
    }
  }
  return repairs
}
