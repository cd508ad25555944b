import type { Workbook, Cell, CellValue as ExcelCellValue } from 'exceljs'
import type { CellValue } from './text'

/** exceljs is large: loaded only when a sheet is read or written. */
export async function loadExcelJS(): Promise<{ Workbook: new () => Workbook }> {
  const mod = (await import('exceljs')) as unknown as { Workbook?: new () => Workbook; default?: { Workbook: new () => Workbook } }
  const Ctor = mod.Workbook ?? mod.default?.Workbook
  if (!Ctor) throw new Error('无法加载 Excel 组件')
  return { Workbook: Ctor }
}

export interface SheetData {
  name: string
  rows: CellValue[][]
  /**
   * Formula cells the file holds no value for (saved by a program that does not calculate, or
   * calculating to an error): 0-based row and column, the formula and, for an error, its code.
   * Read as empty, so the preview flags the rows that would otherwise lose them silently.
   */
  formulas: FormulaCell[]
}

export interface FormulaCell {
  row: number
  col: number
  formula: string
  error: string | null
}

export class ExcelReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExcelReadError'
  }
}

/** Thrown when the user cancels while the workbook is being read. */
export class ImportCancelledError extends Error {
  constructor() {
    super('已取消导入，没有写入任何数据。')
    this.name = 'ImportCancelledError'
  }
}

export interface ReadProgress {
  /** load: unzipping and parsing the file; rows: reading the cells of `sheet`. */
  stage: 'load' | 'rows'
  sheet?: string
  done: number
  total: number
}

export interface ReadOptions {
  /** An AbortSignal (only `aborted` is read: shared code has no DOM types). */
  signal?: { readonly aborted: boolean }
  onProgress?: (p: ReadProgress) => void
}

/** Largest spreadsheet the importer opens. */
const MAX_XLSX_BYTES = 50 * 1024 * 1024

type Formula = { formula?: string; sharedFormula?: string; result?: ExcelCellValue }

/** A cell's plain value; `onFormula` hears of a formula whose value the file does not hold. */
function plain(v: ExcelCellValue | undefined, onFormula?: (formula: string, error: string | null) => void): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('')
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as Formula
      const result = f.result
      const formula = `=${f.formula ?? f.sharedFormula ?? ''}`
      if (result === undefined || result === null) onFormula?.(formula, null)
      else if (typeof result === 'object' && 'error' in result) onFormula?.(formula, String((result as { error: unknown }).error))
      return plain(result)
    }
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text
    if ('error' in v) return null
  }
  return String(v)
}

/** A cell's value; of a merged range, only the cells in the master's column carry it (vertical merges fill down). */
function valueOf(cell: Cell, onFormula: (formula: string, error: string | null) => void): CellValue {
  if (cell.isMerged && cell.master !== cell) {
    if (cell.master.col !== cell.col) return null
    return plain(cell.master.value)
  }
  return plain(cell.value, onFormula)
}

const PROGRESS_EVERY = 500

/** Reads every sheet of an .xlsx file into rows of plain values. */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<SheetData[]> {
  const { signal, onProgress } = options
  const check = () => {
    if (signal?.aborted) throw new ImportCancelledError()
  }
  if (bytes.byteLength > MAX_XLSX_BYTES)
    throw new ExcelReadError(`文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），超过 50 MB，未导入。`)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new ExcelReadError('这是旧版 .xls 文件，暂不支持：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。')
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new ExcelReadError('所选文件不是 Excel 表格（.xlsx），无法导入。如为 .csv 或 .xls，请在 Excel 或 WPS 中另存为 .xlsx。')
  onProgress?.({ stage: 'load', done: 0, total: 1 })
  const { Workbook } = await loadExcelJS()
  check()
  const wb = new Workbook()
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    throw new ExcelReadError('无法读取这个 Excel 文件，文件可能已损坏或加了密码。')
  }
  check()
  const sheets: SheetData[] = []
  const total = wb.worksheets.reduce((n, ws) => n + ws.rowCount, 0)
  let done = 0
  onProgress?.({ stage: 'load', done: 1, total: 1 })
  for (const ws of wb.worksheets) {
    const rows: CellValue[][] = []
    const formulas: FormulaCell[] = []
    const cols = ws.columnCount
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const out: CellValue[] = new Array(cols).fill(null)
      if (row.hasValues || row.cellCount > 0)
        for (let c = 1; c <= cols; c++) out[c - 1] = valueOf(row.getCell(c), (formula, error) => formulas.push({ row: r - 1, col: c - 1, formula, error }))
      rows.push(out)
      if (++done % PROGRESS_EVERY === 0) {
        check()
        onProgress?.({ stage: 'rows', sheet: ws.name, done, total })
      }
    }
    sheets.push({ name: ws.name, rows, formulas })
  }
  check()
  onProgress?.({ stage: 'rows', done: total, total })
  if (sheets.length === 0) throw new ExcelReadError('这个 Excel 文件没有工作表。')
  return sheets
}
