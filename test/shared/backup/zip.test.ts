import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { crc32, openZip, zipEntries } from '@shared/backup/zip'

const enc = new TextEncoder()
const dec = new TextDecoder()

describe('zip container (native deflate)', () => {
  it('CRC-32 of a known string', () => {
    expect(crc32(enc.encode('123456789')).toString(16)).toBe('cbf43926')
  })

  it('writes zips JSZip reads, with UTF-8 names, and reads zips JSZip writes', async () => {
    const text = '督导记录'.repeat(1000)
    const ours = await zipEntries([{ name: 'tables/人员.json', data: enc.encode(text) }, { name: 'empty.json', data: new Uint8Array() }])
    const theirs = await JSZip.loadAsync(ours)
    expect(await theirs.file('tables/人员.json')!.async('string')).toBe(text)
    expect(await theirs.file('empty.json')!.async('string')).toBe('')
    expect(ours.length).toBeLessThan(text.length / 10)

    const jszip = new JSZip()
    jszip.file('a.json', '{"a":1}')
    jszip.file('b.txt', 'stored', { compression: 'STORE' })
    const opened = await openZip(await jszip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    expect(opened.names.sort()).toEqual(['a.json', 'b.txt'])
    expect(dec.decode(await opened.read('a.json'))).toBe('{"a":1}')
    expect(dec.decode(await opened.read('b.txt'))).toBe('stored')
    // Streamed zips (data descriptors) too.
    const streamed = await openZip(await jszip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true }))
    expect(dec.decode(await streamed.read('a.json'))).toBe('{"a":1}')
  })

  it('reads back what it wrote', async () => {
    const data = enc.encode(JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ i, name: `第${i}条` }))))
    const opened = await openZip(await zipEntries([{ name: 'x.json', data }]))
    expect(await opened.read('x.json')).toEqual(data)
    expect(opened.has('y.json')).toBe(false)
  })

  it('rejects what is not a zip', async () => {
    await expect(openZip(enc.encode('not a zip at all, just some text to read'))).rejects.toThrow("Can't find end of central directory : is this a zip file ?")
  })
})
