/**
 * Reads a workbook off the page's thread: exceljs takes seconds over a 10,000-row ledger, and
 * the page must stay responsive (and cancellable) meanwhile. Messages: in `{ bytes }`; out
 * `{ type: 'progress', progress }`, `{ type: 'done', sheets }` or `{ type: 'error', message, known }`.
 */
import { ExcelReadError, readWorkbook, type ReadProgress, type SheetData } from '@shared/excel'

export type WorkerReply =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; sheets: SheetData[] }
  | { type: 'error'; message: string; known: boolean }

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ bytes: Uint8Array }>) => void) | null; postMessage: (reply: WorkerReply) => void }

scope.onmessage = (e) => {
  readWorkbook(e.data.bytes, { onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) })
    .then((sheets) => scope.postMessage({ type: 'done', sheets }))
    .catch((err: unknown) =>
      scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err), known: err instanceof ExcelReadError }),
    )
}
