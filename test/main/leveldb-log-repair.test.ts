import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BLOCK, FIRST, FULL, HEADER, LogWriter, MIDDLE, scanLog } from '../../src/main/leveldb-log'
import { inspectLogTail, repairLevelDbLogs, rescueLog } from '../../src/main/leveldb-log-repair'
import { recordOf } from '../support/leveldb-records'

const log = (...lengths: number[]) => {
  const w = new LogWriter()
  lengths.forEach((n, i) => w.add(recordOf(n, i)))
  return w.bytes()
}
/** `whole` and then the first `keep` bytes of a record of `length` a crash cut short. */
const cutShort = (whole: Uint8Array, length: number, keep: number) => new LogWriter(whole).add(recordOf(length, 99)).bytes().subarray(0, whole.length + keep)
/** What the next session of a Chromium without the trim leaves: its writes appended after the torn bytes. */
const appendTo = (bytes: Uint8Array, ...lengths: number[]) => {
  const w = new LogWriter(bytes)
  lengths.forEach((n, i) => w.add(recordOf(n, 50 + i)))
  return w.bytes()
}
const contents = (bytes: Uint8Array) => scanLog(bytes).records.map((r) => Buffer.concat(r.parts).toString('hex'))

describe('inspectLogTail', () => {
  it('calls an empty log and one of whole records clean, fragments across blocks included', () => {
    expect(inspectLogTail(new Uint8Array())).toEqual({ state: 'clean', size: 0 })
    const bytes = log(100, 0, 40_000, 5, 70_000, 32_768 - HEADER - 100 - HEADER)
    expect(bytes.length).toBeGreaterThan(3 * BLOCK)
    expect(inspectLogTail(bytes)).toEqual({ state: 'clean', size: bytes.length })
    const padded = log(BLOCK - HEADER - 6, 10)
    expect(inspectLogTail(padded)).toEqual({ state: 'clean', size: padded.length })
  })

  it('finds the end of the last whole record when the crash cut the header, the data or a fragment chain', () => {
    const whole = log(100, 200)
    const clean = whole.length
    // Header only (what the two campaign losses had), part of a header, part of the data.
    expect(inspectLogTail(cutShort(whole, 50_000, HEADER))).toEqual({ state: 'torn', size: clean + HEADER, cleanEnd: clean })
    expect(inspectLogTail(cutShort(whole, 50_000, 3))).toEqual({ state: 'torn', size: clean + 3, cleanEnd: clean })
    expect(inspectLogTail(cutShort(whole, 50_000, HEADER + 1000))).toMatchObject({ state: 'torn', cleanEnd: clean })
    // A FIRST fragment whole, its LAST missing: LevelDB drops the whole chain.
    const firstOnly = BLOCK - (clean % BLOCK)
    expect(inspectLogTail(cutShort(whole, 50_000, firstOnly))).toMatchObject({ state: 'torn', cleanEnd: clean })
    expect(inspectLogTail(cutShort(whole, 50_000, firstOnly + HEADER + 10))).toMatchObject({ state: 'torn', cleanEnd: clean })
    // Zeros where the data should be (a file extended, its data never written).
    const zeros = new Uint8Array(clean + 500)
    zeros.set(whole)
    expect(inspectLogTail(zeros)).toMatchObject({ state: 'torn', cleanEnd: clean })
  })

  it('tells damage in the middle: whole records after a torn one, bad checksums, fragments out of order', () => {
    const whole = log(100, 200)
    const appended = appendTo(cutShort(whole, 598, HEADER), 300, 800)
    expect(inspectLogTail(appended)).toEqual({ state: 'damaged', size: appended.length, cleanEnd: whole.length, at: whole.length, reason: 'checksum mismatch' })
    // Unless what came after is shorter than the torn record claimed: LevelDB's reader then reads
    // it as that record's missing data, finds the file ends first and drops it all, so may we.
    const short = appendTo(cutShort(whole, 598, HEADER), 300)
    expect(inspectLogTail(short)).toEqual({ state: 'torn', size: short.length, cleanEnd: whole.length })

    const flipped = log(100, 200, 300)
    flipped[HEADER + 100 + HEADER + 5] = flipped[HEADER + 100 + HEADER + 5]! ^ 1
    expect(inspectLogTail(flipped)).toMatchObject({ state: 'damaged', at: HEADER + 100, reason: 'checksum mismatch' })
    const middleFirst = new LogWriter().add(recordOf(10, 1)).physical(MIDDLE, recordOf(10, 2)).bytes()
    expect(inspectLogTail(middleFirst)).toMatchObject({ state: 'damaged', reason: 'missing start of fragmented record' })
    const fullInChain = new LogWriter().physical(FIRST, recordOf(10, 1)).physical(FULL, recordOf(10, 2)).bytes()
    expect(inspectLogTail(fullInChain)).toMatchObject({ state: 'damaged', at: HEADER + 10, reason: 'partial record without end' })
    expect(inspectLogTail(new LogWriter().physical(9, recordOf(10, 1)).bytes())).toMatchObject({ state: 'damaged', reason: 'unknown record type 9' })
    const zerosThenData = new Uint8Array(HEADER + 40)
    zerosThenData.set(recordOf(30, 1), HEADER + 10)
    expect(inspectLogTail(zerosThenData)).toMatchObject({ state: 'damaged', reason: 'zero record before more data' })
  })
})

describe('rescueLog', () => {
  it('drops a torn record from the middle and keeps every whole record before and after it, in LevelDB’s block layout', () => {
    const whole = log(100, 40_000, 200)
    const torn = cutShort(whole, 598, HEADER)
    const damaged = appendTo(torn, 300, 50_000, 20)
    const rescue = rescueLog(damaged)!
    expect(rescue.dropped).toEqual([{ from: whole.length, to: torn.length }])
    expect(rescue.kept).toBe(3)
    expect(inspectLogTail(rescue.bytes)).toEqual({ state: 'clean', size: rescue.bytes.length })
    expect(contents(rescue.bytes)).toEqual([...contents(whole), ...contents(appendTo(new Uint8Array(), 300, 50_000, 20))])
    // Exactly what a writer that had never met the torn record would have written.
    expect(Buffer.from(rescue.bytes)).toEqual(Buffer.from(appendTo(whole, 300, 50_000, 20)))
  })

  it('rescues a log torn twice, a torn fragment chain and a torn end after the appended records', () => {
    const whole = log(100)
    // A FIRST fragment whole, its LAST never written, then a later session's records.
    const chain = cutShort(whole, 40_000, BLOCK - whole.length)
    const twice = appendTo(cutShort(appendTo(chain, 30, 40), 598, 3), 50)
    const endTorn = cutShort(twice, 900, HEADER + 10)
    const rescue = rescueLog(endTorn)!
    expect(rescue.dropped).toEqual([
      { from: whole.length, to: chain.length },
      { from: chain.length + 2 * HEADER + 70, to: chain.length + 2 * HEADER + 70 + 3 },
      { from: twice.length, to: endTorn.length },
    ])
    expect(contents(rescue.bytes)).toEqual(contents(appendTo(whole, 30, 40).subarray(0)).concat(contents(appendTo(new Uint8Array(), 50))))
    expect(inspectLogTail(rescue.bytes).state).toBe('clean')
  })

  it('keeps records a later session appended inside the length a torn record claims (LevelDB would drop them silently)', () => {
    const whole = log(100, 200)
    const swallowed = appendTo(cutShort(whole, 598, HEADER), 300)
    expect(inspectLogTail(swallowed)).toMatchObject({ state: 'torn', cleanEnd: whole.length })
    expect(rescueLog(swallowed)).toEqual({ bytes: appendTo(whole, 300), dropped: [{ from: whole.length, to: whole.length + HEADER }], kept: 1 })
  })

  it('drops nothing but a torn end when nothing follows it, and gives up on damage that is no torn write', () => {
    expect(rescueLog(log(100))).toBeNull()
    const whole = log(100)
    expect(rescueLog(cutShort(whole, 500, HEADER + 20))).toEqual({ bytes: whole, dropped: [{ from: whole.length, to: whole.length + HEADER + 20 }], kept: 0 })
    // A record whose bytes are all there but one is wrong: the next record starts where its length says, so it was written whole.
    const flipped = log(100, 200, 300)
    flipped[HEADER + 100 + HEADER + 5] = flipped[HEADER + 100 + HEADER + 5]! ^ 1
    expect(rescueLog(flipped)).toBeNull()
    // A fragment whose chain has no start is no torn write either.
    expect(rescueLog(new LogWriter().add(recordOf(10, 1)).physical(MIDDLE, recordOf(10, 2)).add(recordOf(10, 3)).bytes())).toBeNull()
  })
})

describe('repairLevelDbLogs', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'idb-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  const store = (name: string, files: Record<string, Uint8Array | string>) => {
    const folder = join(root, name)
    mkdirSync(folder, { recursive: true })
    for (const [file, bytes] of Object.entries(files)) writeFileSync(join(folder, file), bytes)
    return folder
  }

  it('trims a torn log and the current MANIFEST, rescues a damaged log, and touches nothing else', () => {
    const wholeLog = log(500, 600)
    const tornLog = cutShort(wholeLog, 186, HEADER)
    const wholeManifest = log(40)
    const tornManifest = cutShort(wholeManifest, 90, 20)
    const other = new Uint8Array([1, 2, 3])
    const a = store('app_studio_0.indexeddb.leveldb', {
      CURRENT: 'MANIFEST-000005\n',
      'MANIFEST-000005': tornManifest,
      'MANIFEST-000002': tornManifest,
      '000007.log': tornLog,
      '000003.ldb': other,
    })
    const cleanLog = log(50)
    const damaged = appendTo(cutShort(wholeLog, 598, HEADER), 300, 800)
    const b = store('http_127.0.0.1_8080.indexeddb.leveldb', { CURRENT: 'MANIFEST-000001\n', 'MANIFEST-000001': wholeManifest, '000004.log': cleanLog, '000009.log': damaged })
    // Blobs live beside the stores and are not logs.
    store('app_studio_0.indexeddb.blob', { '1': tornLog })

    const repairs = repairLevelDbLogs(root)

    expect(readFileSync(join(a, '000007.log'))).toEqual(Buffer.from(wholeLog))
    expect(readFileSync(join(a, 'MANIFEST-000005'))).toEqual(Buffer.from(wholeManifest))
    expect(readFileSync(join(a, 'MANIFEST-000002'))).toEqual(Buffer.from(tornManifest))
    expect(readFileSync(join(a, '000003.ldb'))).toEqual(Buffer.from(other))
    expect(readFileSync(join(b, '000004.log'))).toEqual(Buffer.from(cleanLog))
    expect(readFileSync(join(b, '000009.log'))).toEqual(Buffer.from(appendTo(wholeLog, 300, 800)))
    expect(readFileSync(join(root, 'app_studio_0.indexeddb.blob', '1'))).toEqual(Buffer.from(tornLog))
    // The rescue replaced the file atomically: no temporary file is left beside it.
    expect(readdirSync(b).sort()).toEqual(['000004.log', '000009.log', 'CURRENT', 'MANIFEST-000001'])
    expect(repairs.map((r) => [r.file.slice(root.length + 1), r.action])).toEqual([
      ['app_studio_0.indexeddb.leveldb/000007.log', 'trimmed'],
      ['app_studio_0.indexeddb.leveldb/MANIFEST-000005', 'trimmed'],
      ['http_127.0.0.1_8080.indexeddb.leveldb/000004.log', 'none'],
      ['http_127.0.0.1_8080.indexeddb.leveldb/000009.log', 'rescued'],
      ['http_127.0.0.1_8080.indexeddb.leveldb/MANIFEST-000001', 'none'],
    ])
    // The next start finds nothing more to do.
    expect(repairLevelDbLogs(root).every((r) => r.action === 'none')).toBe(true)
  })

  it('leaves a log damaged otherwise exactly as it is', () => {
    const flipped = log(100, 200, 300)
    flipped[HEADER + 100 + HEADER + 5] = flipped[HEADER + 100 + HEADER + 5]! ^ 1
    const folder = store('x.indexeddb.leveldb', { '000009.log': flipped })
    expect(repairLevelDbLogs(root)).toMatchObject([{ file: join(folder, '000009.log'), action: 'left', tail: { state: 'damaged', reason: 'checksum mismatch' } }])
    expect(readFileSync(join(folder, '000009.log'))).toEqual(Buffer.from(flipped))
  })

  it('does nothing where there is no IndexedDB folder yet (a first start)', () => {
    expect(repairLevelDbLogs(join(root, 'missing'))).toEqual([])
  })
})
