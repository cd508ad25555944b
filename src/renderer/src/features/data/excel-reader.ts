/**
 * Reads a workbook in a Web Worker (excel-read.worker.ts), with progress and cancel: 取消
 * ends the worker at once, whatever it was doing, and nothing has been written. Where no
 * Worker exists (unit tests under jsdom), it reads on this thread with the same messages.
 */
import { ExcelReadError, ImportCancelledError, readWorkbook, type ReadProgress, type SheetData } from '@shared/excel'
import type { WorkerReply } from './excel-read.worker'

export interface ExcelRead {
  sheets: Promise<SheetData[]>
  cancel: () => void
}

export function readExcelOffThread(bytes: Uint8Array, onProgress: (p: ReadProgress) => void): ExcelRead {
  if (typeof Worker === 'undefined') {
    const controller = new AbortController()
    return { sheets: readWorkbook(bytes, { signal: controller.signal, onProgress }), cancel: () => controller.abort() }
  }
  const worker = new Worker(new URL('./excel-read.worker.ts', import.meta.url), { type: 'module', name: 'excel-read' })
  let settle: { resolve: (s: SheetData[]) => void; reject: (e: Error) => void } | null = null
  const sheets = new Promise<SheetData[]>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const finish = () => {
    worker.terminate()
    settle = null
  }
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const reply = e.data
    if (reply.type === 'progress') return onProgress(reply.progress)
    const s = settle
    finish()
    if (reply.type === 'done') s?.resolve(reply.sheets)
    else s?.reject(reply.known ? new ExcelReadError(reply.message) : new Error(reply.message))
  }
  worker.onerror = (e) => {
    const s = settle
    finish()
    s?.reject(new ExcelReadError(`读取 Excel 文件时出错：${e.message || '未知错误'}`))
  }
  // A copy: the worker may keep or drop it; the caller's bytes stay usable.
  const copy = bytes.slice()
  worker.postMessage({ bytes: copy }, [copy.buffer])
  return {
    sheets,
    cancel: () => {
      const s = settle
      finish()
      s?.reject(new ImportCancelledError())
    },
  }
}
