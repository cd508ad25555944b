import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { crc32c, inspectLogTail, maskCrc, trimTornLogTails } from '../../src/main/leveldb-log-tail'
import { BLOCK, HEADER, LogWriter, RecordType, recordOf } from '../support/leveldb-log'

const log = (...lengths: number[]) => {
  const w = new LogWriter()
  lengths.forEach((n, i) => w.add(recordOf(n, i)))
  return w.bytes()
}

describe('crc32c and its mask', () => {
  it('match LevelDB (util/crc32c_test.cc)', () => {
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa)
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43)
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e)
    const crc = crc32c(new TextEncoder().encode('foo'))
    expect(maskCrc(crc)).not.toBe(crc)
    expect(maskCrc(maskCrc(crc))).not.toBe(crc)
  })
})

describe('inspectLogTail', () => {
  it('calls an empty log and one of whole records clean, fragments across blocks included', () => {
    expect(inspectLogTail(new Uint8Array())).toEqual({ state: 'clean', size: 0 })
    const bytes = log(100, 0, 40_000, 5, 70_000, 32_768 - HEADER - 100 - HEADER)
    expect(bytes.length).toBeGreaterThan(3 * BLOCK)
    expect(inspectLogTail(bytes)).toEqual({ state: 'clean', size: bytes.length })
  })

  it('skips the zero trailer the writer leaves when fewer than 7 bytes of a block remain', () => {
    // 32,768 − 7 − 32,755 = 6 bytes left: padding, and the next record starts a block.
    const bytes = log(32_755, 10)
    expect(bytes.length).toBe(BLOCK + HEADER + 10)
    expect(inspectLogTail(bytes)).toEqual({ state: 'clean', size: bytes.length })
  })

  it('finds the end of the last whole record when the crash cut the header, the data or a fragment chain', () => {
    const whole = log(100, 200)
    const clean = whole.length
    const torn = (extra: Uint8Array) => {
      const bytes = new Uint8Array(clean + extra.length)
      bytes.set(whole)
      bytes.set(extra, clean)
      return inspectLogTail(bytes)
    }
    const next = new LogWriter(whole).add(recordOf(50_000, 9)).bytes().subarray(clean)
    // Header only (what the two campaign losses had), part of a header, part of the data.
    expect(torn(next.subarray(0, HEADER))).toEqual({ state: 'torn', size: clean + HEADER, cleanEnd: clean })
    expect(torn(next.subarray(0, 3))).toEqual({ state: 'torn', size: clean + 3, cleanEnd: clean })
    expect(torn(next.subarray(0, HEADER + 1000))).toMatchObject({ state: 'torn', cleanEnd: clean })
    // A FIRST fragment whole, its LAST missing: LevelDB drops the whole chain.
    const firstOnly = BLOCK - (clean % BLOCK)
    expect(torn(next.subarray(0, firstOnly))).toMatchObject({ state: 'torn', cleanEnd: clean })
    expect(torn(next.subarray(0, firstOnly + HEADER + 10))).toMatchObject({ state: 'torn', cleanEnd: clean })
    // Zeros where the data should be (a file extended, its data never written).
    expect(torn(new Uint8Array(500))).toMatchObject({ state: 'torn', cleanEnd: clean })
  })

  it('leaves damage that is not a torn end alone: whole records after a torn one, bad checksums, fragments out of order', () => {
    // What the campaign's lost stores held: a torn record with the next session's writes after it.
    const whole = log(100, 200)
    const tornHeader = new LogWriter(whole).add(recordOf(598, 3)).bytes().subarray(0, whole.length + HEADER)
    const appended = new LogWriter(tornHeader).add(recordOf(300, 4)).add(recordOf(800, 5)).bytes()
    expect(inspectLogTail(appended)).toMatchObject({ state: 'damaged', at: whole.length, reason: 'checksum mismatch' })
    // Unless what came after is shorter than the torn record claimed: LevelDB's reader then reads
    // it as that record's missing data, finds the file ends first and drops it all, so may we.
    const short = new LogWriter(tornHeader).add(recordOf(300, 4)).bytes()
    expect(inspectLogTail(short)).toEqual({ state: 'torn', size: short.length, cleanEnd: whole.length })

    const flipped = log(100, 200, 300)
    flipped[HEADER + 100 + HEADER + 5] = flipped[HEADER + 100 + HEADER + 5]! ^ 1
    expect(inspectLogTail(flipped)).toMatchObject({ state: 'damaged', at: HEADER + 100, reason: 'checksum mismatch' })

    const middleFirst = new LogWriter().add(recordOf(10, 1)).physical(RecordType.Middle, recordOf(10, 2)).bytes()
    expect(inspectLogTail(middleFirst)).toMatchObject({ state: 'damaged', reason: 'missing start of fragmented record' })
    const fullInChain = new LogWriter().physical(RecordType.First, recordOf(10, 1)).physical(RecordType.Full, recordOf(10, 2)).bytes()
    expect(inspectLogTail(fullInChain)).toMatchObject({ state: 'damaged', reason: 'partial record without end' })
    const unknown = new LogWriter().physical(9, recordOf(10, 1)).bytes()
    expect(inspectLogTail(unknown)).toMatchObject({ state: 'damaged', reason: 'unknown record type 9' })
    // Zeros with a record after them.
    const zerosThenData = new Uint8Array(HEADER + 40)
    zerosThenData.set(recordOf(30, 1), HEADER + 10)
    expect(inspectLogTail(zerosThenData)).toMatchObject({ state: 'damaged', reason: 'zero record before more data' })
  })
})

describe('trimTornLogTails', () => {
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

  it('cuts a torn log and the current MANIFEST back to their last whole record, and nothing else', () => {
    const wholeLog = log(500, 600)
    const tornLog = new LogWriter(wholeLog).add(recordOf(186, 7)).bytes().subarray(0, wholeLog.length + HEADER)
    const wholeManifest = log(40)
    const tornManifest = new LogWriter(wholeManifest).add(recordOf(90, 1)).bytes().subarray(0, wholeManifest.length + 20)
    const oldManifest = new Uint8Array([1, 2, 3])
    const a = store('app_app_0.indexeddb.leveldb', {
      CURRENT: 'MANIFEST-000005\n',
      'MANIFEST-000005': tornManifest,
      'MANIFEST-000002': oldManifest,
      '000007.log': tornLog,
      '000003.ldb': oldManifest,
    })
    const cleanLog = log(50)
    const b = store('http_127.0.0.1_8080.indexeddb.leveldb', { CURRENT: 'MANIFEST-000001\n', 'MANIFEST-000001': wholeManifest, '000004.log': cleanLog })
    // Blobs live beside the stores and are not logs.
    store('app_app_0.indexeddb.blob', { '1': tornLog })

    const repairs = trimTornLogTails(root)

    expect(readFileSync(join(a, '000007.log'))).toEqual(Buffer.from(wholeLog))
    expect(readFileSync(join(a, 'MANIFEST-000005'))).toEqual(Buffer.from(wholeManifest))
    expect(readFileSync(join(a, 'MANIFEST-000002'))).toEqual(Buffer.from(oldManifest))
    expect(readFileSync(join(a, '000003.ldb'))).toEqual(Buffer.from(oldManifest))
    expect(readFileSync(join(b, '000004.log'))).toEqual(Buffer.from(cleanLog))
    expect(readFileSync(join(root, 'app_app_0.indexeddb.blob', '1'))).toEqual(Buffer.from(tornLog))
    expect(repairs.filter((r) => r.tail.state === 'torn').map((r) => [r.file, r.tail])).toEqual([
      [join(a, '000007.log'), { state: 'torn', size: tornLog.length, cleanEnd: wholeLog.length }],
      [join(a, 'MANIFEST-000005'), { state: 'torn', size: tornManifest.length, cleanEnd: wholeManifest.length }],
    ])
    expect(repairs).toHaveLength(4)
    // A second start finds nothing more to do.
    expect(trimTornLogTails(root).every((r) => r.tail.state === 'clean')).toBe(true)
  })

  it('leaves a damaged log exactly as it is', () => {
    const whole = log(100, 200)
    const tornHeader = new LogWriter(whole).add(recordOf(598, 3)).bytes().subarray(0, whole.length + HEADER)
    const damaged = new LogWriter(tornHeader).add(recordOf(300, 4)).add(recordOf(800, 5)).bytes()
    const folder = store('x.indexeddb.leveldb', { '000009.log': damaged })
    expect(trimTornLogTails(root)).toEqual([
      { file: join(folder, '000009.log'), tail: { state: 'damaged', size: damaged.length, at: whole.length, reason: 'checksum mismatch' } },
    ])
    expect(readFileSync(join(folder, '000009.log'))).toEqual(Buffer.from(damaged))
  })

  it('does nothing where there is no IndexedDB folder yet (a first start)', () => {
    expect(trimTornLogTails(join(root, 'missing'))).toEqual([])
  })
})
