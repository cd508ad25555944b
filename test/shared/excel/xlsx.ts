import ExcelJS from 'exceljs'

/** A cell: a value, or a formula with (or, as some programs save it, without) its computed result. */
export type XlsxCell = string | number | Date | null | { formula: string; result?: string | number | { error: string } }

/** Builds an .xlsx in memory the way a studio's sheet looks (for import tests and fixtures). */
export async function makeXlsx(
  sheets: { name?: string; rows: XlsxCell[][]; merges?: string[]; dateColumns?: number[] }[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(s.name ?? `Sheet${i + 1}`)
    for (const row of s.rows) ws.addRow(row as ExcelJS.CellValue[])
    for (const col of s.dateColumns ?? []) ws.getColumn(col).numFmt = 'yyyy/m/d'
    for (const m of s.merges ?? []) ws.mergeCells(m)
  })
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}
