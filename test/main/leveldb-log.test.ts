import { describe, expect, it } from 'vitest'
import { BLOCK, FIRST, FULL, HEADER, LAST, LogWriter, MIDDLE, crc32c, maskCrc, scanLog } from '../../src/main/leveldb-log'
import { recordOf } from '../support/leveldb-records'

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

describe('LogWriter and scanLog', () => {
  it('lay records out in blocks as LevelDB does and read them back whole', () => {
    const lengths = [100, 0, 40_000, 5, 70_000, 1000]
    const w = new LogWriter()
    lengths.forEach((n, i) => w.add(recordOf(n, i)))
    const bytes = w.bytes()
    // 40,000 bytes starting at 107 + 7: FIRST in block 0, LAST in block 1; 70,000: FIRST, MIDDLE, LAST.
    const types: number[] = []
    for (let pos = 0; pos < bytes.length; ) {
      if (BLOCK - (pos % BLOCK) < HEADER) {
        pos += BLOCK - (pos % BLOCK)
        continue
      }
      types.push(bytes[pos + 6]!)
      pos += HEADER + (bytes[pos + 4]! | (bytes[pos + 5]! << 8))
    }
    expect(types).toEqual([FULL, FULL, FIRST, LAST, FULL, FIRST, MIDDLE, LAST, FULL])
    const scan = scanLog(bytes)
    expect(scan.stop).toEqual({ kind: 'end' })
    expect(scan.cleanEnd).toBe(bytes.length)
    expect(scan.records.map((r) => Buffer.concat(r.parts))).toEqual(lengths.map((n, i) => Buffer.from(recordOf(n, i))))
  })

  it('pads a block’s last 6 bytes with zeros and starts the next record in the next block', () => {
    const bytes = new LogWriter().add(recordOf(BLOCK - HEADER - 6, 1)).add(recordOf(10, 2)).bytes()
    expect(bytes.length).toBe(BLOCK + HEADER + 10)
    expect([...bytes.subarray(BLOCK - 6, BLOCK)]).toEqual([0, 0, 0, 0, 0, 0])
    expect(scanLog(bytes).records).toHaveLength(2)
  })

  it('continues a file where it ends, as reuse_logs does, and reads from a given record', () => {
    const first = new LogWriter().add(recordOf(50_000, 1)).bytes()
    const both = new LogWriter(first).add(recordOf(20, 2)).bytes()
    expect(scanLog(both).records.map((r) => r.from)).toEqual([0, first.length])
    expect(scanLog(both, first.length).records.map((r) => r.parts[0]!.length)).toEqual([20])
  })
})
