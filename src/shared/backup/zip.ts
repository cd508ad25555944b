/**
 * The zip container of a .sgbak: written and read with the platform's native deflate
 * (CompressionStream 'deflate-raw' — Chromium/Electron and Node ≥ 20), several times faster
 * than a JavaScript deflate on tens of megabytes of JSON. Where the native streams are missing,
 * or a zip uses something this small reader does not (zip64, encryption), JSZip does the work.
 */
import JSZip from 'jszip'

export interface ZipEntry {
  name: string
  data: Uint8Array
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const hasNativeDeflate = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function'

async function pipe(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const pair = stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>
  const writer = pair.writable.getWriter()
  // Written while the output is read (no await here: a large input would wait for the reader).
  writer
    .write(data)
    .then(() => writer.close())
    .catch(() => undefined)
  const reader = pair.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    total += value.length
  }
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  }
}

/** A zip of the entries, deflated. */
export async function zipEntries(entries: ZipEntry[], modified: Date = new Date()): Promise<Uint8Array> {
  if (!hasNativeDeflate()) {
    const zip = new JSZip()
    for (const e of entries) zip.file(e.name, e.data, { binary: true, date: modified })
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  }
  const enc = new TextEncoder()
  const { time, date } = dosTime(modified)
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = enc.encode(e.name)
    const compressed = await pipe(e.data, new CompressionStream('deflate-raw'))
    const crc = crc32(e.data)
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true) // version needed
    lv.setUint16(6, 0x0800, true) // UTF-8 names
    lv.setUint16(8, 8, true) // deflate
    lv.setUint16(10, time, true)
    lv.setUint16(12, date, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, compressed.length, true)
    lv.setUint32(22, e.data.length, true)
    lv.setUint16(26, name.length, true)
    lv.setUint16(28, 0, true)
    local.set(name, 30)
    const dir = new Uint8Array(46 + name.length)
    const dv = new DataView(dir.buffer)
    dv.setUint32(0, 0x02014b50, true)
    dv.setUint16(4, 20, true) // made by
    dv.setUint16(6, 20, true)
    dv.setUint16(8, 0x0800, true)
    dv.setUint16(10, 8, true)
    dv.setUint16(12, time, true)
    dv.setUint16(14, date, true)
    dv.setUint32(16, crc, true)
    dv.setUint32(20, compressed.length, true)
    dv.setUint32(24, e.data.length, true)
    dv.setUint16(28, name.length, true)
    dv.setUint32(42, offset, true)
    dir.set(name, 46)
    parts.push(local, compressed)
    central.push(dir)
    offset += local.length + compressed.length
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, centralSize, true)
  ev.setUint32(16, offset, true)
  const out = new Uint8Array(offset + centralSize + end.length)
  let at = 0
  for (const p of [...parts, ...central, end]) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export interface OpenedZip {
  names: string[]
  has(name: string): boolean
  read(name: string): Promise<Uint8Array>
}

class ZipFormatError extends Error {}

/** No part of a backup unpacks to more than this (a 100 MB file of JSON stays far below). */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024

/** The central directory of a plain zip (no zip64, no encryption), or a ZipFormatError. */
function centralDirectory(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  if (eocd < 0) throw new ZipFormatError('no end of central directory')
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  let p = view.getUint32(eocd + 16, true)
  if (count === 0xffff || p === 0xffffffff || p + size > bytes.length) throw new ZipFormatError('zip64 or bad directory')
  const dec = new TextDecoder()
  const entries = new Map<string, { method: number; flags: number; compressedSize: number; size: number; offset: number }>()
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new ZipFormatError('bad directory entry')
    const flags = view.getUint16(p + 8, true)
    const method = view.getUint16(p + 10, true)
    const compressedSize = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const offset = view.getUint32(p + 42, true)
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen))
    if (flags & 1 || (method !== 0 && method !== 8)) throw new ZipFormatError('encrypted or unsupported method')
    if (compressedSize === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError('zip64')
    entries.set(name, { method, flags, compressedSize, size, offset })
    p += 46 + nameLen + extraLen + commentLen
  }
  return { view, entries }
}

/** Opens a zip; throws (any error) when it is not one. */
export async function openZip(bytes: Uint8Array): Promise<OpenedZip> {
  if (hasNativeDeflate()) {
    try {
      const { view, entries } = centralDirectory(bytes)
      return {
        names: [...entries.keys()],
        has: (name) => entries.has(name),
        async read(name) {
          const e = entries.get(name)
          if (!e) throw new ZipFormatError(`no entry ${name}`)
          if (e.size > MAX_ENTRY_BYTES) throw new ZipFormatError('entry too large')
          if (view.getUint32(e.offset, true) !== 0x04034b50) throw new ZipFormatError('bad local header')
          const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true)
          if (start + e.compressedSize > bytes.length) throw new ZipFormatError('entry past the end')
          const raw = bytes.subarray(start, start + e.compressedSize)
          const data = e.method === 0 ? raw.slice() : await pipe(raw, new DecompressionStream('deflate-raw'))
          if (data.length !== e.size) throw new ZipFormatError('size mismatch')
          return data
        },
      }
    } catch (e) {
      if (!(e instanceof ZipFormatError)) throw e
      // Something this reader does not handle: let JSZip try.
    }
  }
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir)
  return {
    names,
    has: (name) => zip.file(name) !== null,
    read: (name) => {
      const f = zip.file(name)
      if (!f) return Promise.reject(new ZipFormatError(`no entry ${name}`))
      return f.async('uint8array')
    },
  }
}
