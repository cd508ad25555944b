/**
 * The preview of a sheet: every row read (row.ts), duplicates recognised — rows imported
 * before (by the key stored with their session), 编号 already taken, a row repeated in the
 * file — and what the import will create. Corrections made in the preview re-read one row and
 * finish the preview again.
 */
import { SESSION_CODE_RE } from '../model/stored'
import { mappingOf, type SheetColumn } from './plan'
import type { ImportContext, ImportPreview, ImportSetup, PreviewRow, ProjectNameMatch, RowFix } from './preview-types'
import { projectMatcher } from './project-match'
import { sheetReader, type SheetInput, type SheetReader } from './row'
import { cellText, toHalfWidth } from './text'

export interface SheetPreview {
  reader: SheetReader
  preview: ImportPreview
}

/** Reads every row of the sheet and finishes the preview. */
export function buildPreview(
  sheet: SheetInput,
  columns: readonly SheetColumn[],
  setup: ImportSetup,
  ctx: ImportContext,
  fixes: ReadonlyMap<number, RowFix> = new Map(),
): SheetPreview {
  const reader = sheetReader(sheet, columns, setup, ctx)
  const rows = reader.dataRows.map((r) => reader.read(r, fixes.get(r + 1)))
  return { reader, preview: finishPreview(rows, sheet, setup, ctx, reader.empty) }
}

/** The preview with one row corrected (fix by the row's number as Excel shows it). */
export function fixRow(sp: SheetPreview, sheet: SheetInput, setup: ImportSetup, ctx: ImportContext, rowNumber: number, fix: RowFix): SheetPreview {
  const rows = sp.preview.rows.map((row) => (row.rowNumber === rowNumber ? sp.reader.read(rowNumber - 1, fix) : row))
  return { reader: sp.reader, preview: finishPreview(rows, sheet, setup, ctx, sp.reader.empty) }
}

/** Statuses after duplicates, counts, people and projects to create. */
export function finishPreview(
  read: readonly PreviewRow[],
  sheet: SheetInput,
  setup: ImportSetup,
  ctx: ImportContext,
  empty: number,
): ImportPreview {
  const mapping = mappingOf(setup.plan)
  const seen = new Map<string, number>()
  const rows = read.map((row): PreviewRow => {
    if (row.status === 'summary') return row
    const problems = Object.values(row.problems).flat()
    let duplicate: string | null = null
    const before = ctx.imported.get(row.key)
    const legacy = row.legacyKey ? ctx.legacy?.get(row.legacyKey) : undefined
    const code = mapping.code === null ? '' : toHalfWidth(cellText(sheet.rows[row.rowNumber - 1]?.[mapping.code] ?? null))
    const twin = seen.get(row.key)
    if (before) duplicate = `此行已导入过（${before.code}），不再重复导入`
    else if (legacy) duplicate = `此行已导入过（${legacy}），不再重复导入`
    else if (SESSION_CODE_RE.test(code) && ctx.existingCodes.has(code)) duplicate = `编号 ${code} 的记录已存在，不再重复导入`
    else if (twin !== undefined) duplicate = `与第 ${twin} 行内容完全相同，不再重复导入`
    if (!seen.has(row.key)) seen.set(row.key, row.rowNumber)
    if (duplicate) return { ...row, status: 'duplicate', errors: [duplicate, ...problems], form: null }
    return { ...row, status: problems.length > 0 ? 'error' : 'ok', errors: problems }
  })

  const ok = rows.filter((r) => r.status === 'ok')
  const newPersons = new Map<string, '督导者' | '社工'>()
  for (const r of ok) for (const p of r.newPeople) if (!newPersons.has(p.name) || p.role === '督导者') newPersons.set(p.name, p.role)

  // Project names of the rows that can be imported, and of those that could be once corrected.
  const match = projectMatcher(ctx.projects.filter((p) => p.deletedAt === null))
  const names = new Map<string, number>()
  for (const r of rows) if (r.status === 'ok' || r.status === 'error') for (const n of r.projectNames) names.set(n, (names.get(n) ?? 0) + 1)
  const projects: ProjectNameMatch[] = [...names].map(([name, count]) => ({ name, rows: count, match: match(name) }))

  const counted = (s: PreviewRow['status']) => rows.filter((r) => r.status === s).length
  const withDate = rows.filter((r) => r.status !== 'summary' && r.display.date !== '')
  return {
    rows,
    counts: { rows: rows.length, ok: ok.length, error: counted('error'), duplicate: counted('duplicate'), summary: counted('summary'), empty },
    newPersons: [...newPersons].map(([name, role]) => ({ name, role })),
    projects,
    assumedYears: ok.filter((r) => r.assumedYear !== null).length,
    dateColumnSuspect: withDate.length >= 3 && withDate.every((r) => (r.problems.date ?? []).some((e) => e.startsWith('日期'))),
  }
}
