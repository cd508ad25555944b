import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExcelReadError, ImportCancelledError, type ReadProgress } from '@shared/excel'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../../src/main/security'
import { readExcelOffThread } from '@renderer/features/data/excel-reader'
import { makeXlsx } from '../../../shared/excel/xlsx'

/** A stand-in for the browser's Worker: records what the reader does and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | null = null
  onmessage: ((e: { data: unknown }) => void) | null = null
  onerror: ((e: { message: string }) => void) | null = null
  posted: unknown[] = []
  terminated = false
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this
  }
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(data: unknown) {
    this.onmessage?.({ data })
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  FakeWorker.last = null
})

describe('reading a workbook off the page’s thread', () => {
  it('starts a module worker of our own origin, hands on its progress and its sheets, then ends it', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const seen: ReadProgress[] = []
    const bytes = new Uint8Array([0x50, 0x4b, 1, 2])
    const read = readExcelOffThread(bytes, (p) => seen.push(p))
    const w = FakeWorker.last!
    expect(w.options).toEqual({ type: 'module', name: 'excel-read' })
    expect(w.url.pathname).toMatch(/excel-read\.worker\.ts$/)
    expect(w.posted).toEqual([{ bytes }])
    expect(bytes).toEqual(new Uint8Array([0x50, 0x4b, 1, 2])) // a copy was sent: the caller's bytes stay
    w.reply({ type: 'progress', progress: { stage: 'rows', done: 500, total: 1000 } })
    w.reply({ type: 'done', sheets: [{ name: 'Sheet1', rows: [['日期']], formulas: [] }] })
    expect(await read.sheets).toEqual([{ name: 'Sheet1', rows: [['日期']], formulas: [] }])
    expect(seen).toEqual([{ stage: 'rows', done: 500, total: 1000 }])
    expect(w.terminated).toBe(true)
  })

  it('取消 ends the worker at once and says nothing was written; errors arrive in Chinese', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const read = readExcelOffThread(new Uint8Array([1]), () => undefined)
    read.cancel()
    expect(FakeWorker.last!.terminated).toBe(true)
    await expect(read.sheets).rejects.toBeInstanceOf(ImportCancelledError)

    const bad = readExcelOffThread(new Uint8Array([1]), () => undefined)
    FakeWorker.last!.reply({ type: 'error', message: '所选文件不是 Excel 表格（.xlsx）', known: true })
    await expect(bad.sheets).rejects.toEqual(new ExcelReadError('所选文件不是 Excel 表格（.xlsx）'))

    const crashed = readExcelOffThread(new Uint8Array([1]), () => undefined)
    FakeWorker.last!.onerror?.({ message: 'out of memory' })
    await expect(crashed.sheets).rejects.toThrow('读取 Excel 文件时出错：out of memory')
  })

  it('without Worker (tests), reads on this thread with the same results', async () => {
    vi.stubGlobal('Worker', undefined)
    const bytes = await makeXlsx([{ rows: [['日期', '督导者'], ['2025-03-06', '周晓岚']] }])
    const sheets = await readExcelOffThread(bytes, () => undefined).sheets
    expect(sheets[0]!.rows).toEqual([['日期', '督导者'], ['2025-03-06', '周晓岚']])
  })

  it('the Content-Security-Policy lets our own worker script run and nothing else', () => {
    // worker-src falls back to script-src, then default-src (CSP Level 3).
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]))
      const workers = directives.get('worker-src') ?? directives.get('script-src') ?? directives.get('default-src')
      expect(workers).toEqual(["'self'"])
    }
    const html = readFileSync(new URL('../../../../src/renderer/index.html', import.meta.url), 'utf8')
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`)
  })
})
