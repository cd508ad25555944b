/**
 * Repairs what a crash in the middle of a write leaves in Chromium's LevelDB logs, before Chromium
 * opens them, so such a crash can no longer make Chromium delete the studio's whole IndexedDB
 * store at a later start.
 *
 * Why (docs/architecture.md, Crash safety; LevelDB issue #1287, fix proposed in PR #1336): on
 * recovery LevelDB drops a log record the crash cut short, as it should, but Chromium opens
 * LevelDB with `reuse_logs`, so the next session appends its writes to the same file right after
 * the torn bytes. From then on the torn record sits in the middle of the log; the next recovery
 * reads it as corruption (`checksum mismatch`, `partial record without end`), and Chromium
 * answers a corrupt store by deleting it.
 *
 * - A torn end is cut off (`trimmed`): exactly the bytes LevelDB itself would drop, before
 *   anything can be appended after them. Run at every start, this is all that is ever needed.
 * - A log a later session already appended to (written by a version without the trim, or cut
 *   short in a way the trim did not see) is rewritten without the torn record (`rescued`): every
 *   whole record before and after it is kept, laid out in blocks again as LevelDB's writer would
 *   have, and the file replaced atomically.
 * - Any other damage is left as it is (`left`): a record whose bytes are all there but wrong is
 *   no torn write, and dropping it could drop an acknowledged write; Chromium reports it as it
 *   would have anyway.
 *
 * Must run while no Chromium has the store open (main, holding the single-instance lock, before
 * the first window; the crash campaign before each restart).
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomicSync } from './fs-atomic'
import { BLOCK, FIRST, FULL, HEADER, LogWriter, type LogRecord, type ScanStop, crc32c, maskCrc, scanLog } from './leveldb-log'

export type LogTail =
  /** Ends with a whole record (or is empty). */
  | { state: 'clean'; size: number }
  /** A record cut short at the end; `cleanEnd` is where the last whole one ends. */
  | { state: 'torn'; size: number; cleanEnd: number }
  /** What LevelDB reports as corruption, at `at`; the last whole record before it ends at `cleanEnd`. */
  | { state: 'damaged'; size: number; cleanEnd: number; at: number; reason: string }

/** How a log ends: whole, torn by a crash, or damaged. */
export function inspectLogTail(bytes: Uint8Array): LogTail {
  const { cleanEnd, stop } = scanLog(bytes)
  const size = bytes.length
  if (stop.kind === 'damaged') return { state: 'damaged', size, cleanEnd, at: stop.at, reason: stop.reason }
  return cleanEnd === size ? { state: 'clean', size } : { state: 'torn', size, cleanEnd }
}

/** The first offset from `from` on where a whole record starts a clean run of records. */
function findResume(bytes: Uint8Array, from: number): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let q = from; q + HEADER <= bytes.length; q++) {
    const blockLeft = BLOCK - (q % BLOCK)
    const type = bytes[q + HEADER - 1]
    if (blockLeft < HEADER || (type !== FULL && type !== FIRST)) continue
    const length = view.getUint16(q + 4, true)
    if (HEADER + length > blockLeft || q + HEADER + length > bytes.length) continue
    if (maskCrc(crc32c(bytes, q + HEADER - 1, q + HEADER + length)) !== view.getUint32(q, true)) continue
    if (scanLog(bytes, q).records.length > 0) return q
  }
  return null
}

/**
 * Whether the damage at `stop.at` is a record the writer never finished, given that whole
 * records start again at `resume`: they start inside its header, inside the data its header
 * claims, or right after a fragment chain that never got its LAST. A record damaged in any other
 * way (its whole length there, a bad checksum) is not a torn write and is not dropped.
 */
function tornBefore(bytes: Uint8Array, stop: Extract<ScanStop, { kind: 'damaged' }>, resume: number): boolean {
  if (stop.reason === 'partial record without end') return resume === stop.at
  if (resume < stop.at + HEADER) return true
  const claimed = bytes[stop.at + 4]! | (bytes[stop.at + 5]! << 8)
  return stop.reason === 'checksum mismatch' && resume < stop.at + HEADER + claimed
}

export interface Rescue {
  bytes: Uint8Array
  /** The byte ranges of the old file left out: the torn records. */
  dropped: Array<{ from: number; to: number }>
  /** Whole records kept after the first torn one (written by a later session). */
  kept: number
}

/**
 * The log without the records a crash cut short, keeping every whole record a later session
 * appended after one (LevelDB would report those as corruption, or, where they fit in the torn
 * record's claimed length, drop them silently). Null when the log is whole, or damaged in a way
 * that is not a torn write.
 */
export function rescueLog(bytes: Uint8Array): Rescue | null {
  const first = scanLog(bytes)
  if (first.stop.kind === 'end') return null
  const after: LogRecord[] = []
  const dropped: Rescue['dropped'] = []
  let scan = first
  while (scan.stop.kind !== 'end') {
    const from = scan.cleanEnd
    const stop = scan.stop
    const resume = findResume(bytes, stop.kind === 'damaged' ? Math.max(stop.at, from + 1) : from + 1)
    if (resume === null) {
      if (stop.kind === 'damaged') return null
      dropped.push({ from, to: bytes.length })
      break
    }
    if (stop.kind === 'damaged' && !tornBefore(bytes, stop, resume)) return null
    dropped.push({ from, to: resume })
    scan = scanLog(bytes, resume)
    after.push(...scan.records)
  }
  const writer = new LogWriter(bytes.subarray(0, first.cleanEnd))
  for (const record of after) writer.add(...record.parts)
  return { bytes: writer.bytes(), dropped, kept: after.length }
}

export interface LogRepair {
  file: string
  tail: LogTail
  /** none: whole; trimmed: cut back to `tail.cleanEnd`; rescued: rewritten without its torn records; left: damaged otherwise, untouched. */
  action: 'none' | 'trimmed' | 'rescued' | 'left'
  rescue?: Rescue
}

/** The write-ahead logs and the current MANIFEST of one LevelDB folder: the files LevelDB reuses. */
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

/** One log: looked at, and trimmed or rescued when a crash left it so. */
export function repairLog(file: string): LogRepair {
  const bytes = readFileSync(file)
  const tail = inspectLogTail(bytes)
  if (tail.state === 'clean') return { file, tail, action: 'none' }
  const rescue = rescueLog(bytes)
  if (!rescue) return { file, tail, action: 'left' }
  // Only the end to cut: done in place. Records to keep after a torn one: a new file, swapped in whole.
  if (rescue.kept === 0 && tail.state === 'torn') {
    truncateDurably(file, tail.cleanEnd)
    return { file, tail, action: 'trimmed' }
  }
  writeFileAtomicSync(file, rescue.bytes)
  return { file, tail, action: 'rescued', rescue }
}

/**
 * Every `*.indexeddb.leveldb` folder under Chromium's IndexedDB folder (`<userData>/IndexedDB`
 * in Electron, `<profile>/Default/IndexedDB` in Chromium): each reusable log repaired. A file it
 * cannot read is skipped (Chromium will report it, as it would have anyway).
 */
export function repairLevelDbLogs(indexedDbFolder: string): LogRepair[] {
  if (!existsSync(indexedDbFolder)) return []
  const repairs: LogRepair[] = []
  for (const name of readdirSync(indexedDbFolder)) {
    const folder = join(indexedDbFolder, name)
    if (!name.endsWith('.leveldb') || !statSync(folder).isDirectory()) continue
    for (const file of reusableLogs(folder)) {
      try {
        repairs.push(repairLog(file))
      } catch {
        // unreadable or not writable: left to Chromium
      }
    }
  }
  return repairs
}
