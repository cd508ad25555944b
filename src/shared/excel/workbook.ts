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
}

export class ExcelReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExcelReadError'
  }
}

/** Largest spreadsheet the importer opens. */
const MAX_XLSX_BYTES = 50 * 1024 * 1024

function plain(v: ExcelCellValue | undefined): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('')
    if ('formula' in v || 'sharedFormula' in v) return plain((v as { result?: ExcelCellValue }).result)
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text
    if ('error' in v) return null
  }
  return String(v)
}

/** A cell's value; of a merged range, only the cells in the master's column carry it (vertical merges fill down). */
function valueOf(cell: Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) {
    if (cell.master.col !== cell.col) return null
    return plain(cell.master.value)
  }
  return plain(cell.value)
}

/** Reads every sheet of an .xlsx file into rows of plain values. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetData[]> {
  if (bytes.byteLength > MAX_XLSX_BYTES)
    throw new ExcelReadError(`文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），超过 50 MB，未导入。`)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new ExcelReadError('这是旧版 .xls 文件，暂不支持：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。')
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new ExcelReadError('所选文件不是 Excel 表格（.xlsx），无法导入。如为 .csv 或 .xls，请在 Excel 或 WPS 中另存为 .xlsx。')
  const { Workbook } = await loadExcelJS()
  const wb = new Workbook()
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    throw new ExcelReadError('无法读取这个 Excel 文件，文件可能已损坏或加了密码。')
  }
  const sheets: SheetData[] = []
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = []
    const cols = ws.columnCount
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const out: CellValue[] = new Array(cols).fill(null)
      if (row.hasValues || row.cellCount > 0) for (let c = 1; c <= cols; c++) out[c - 1] = valueOf(row.getCell(c))
      rows.push(out)
    }
    sheets.push({ name: ws.name, rows })
  })
  if (sheets.length === 0) throw new ExcelReadError('这个 Excel 文件没有工作表。')
  return sheets
}
