import {
  buildPreview,
  DEFAULT_IMPORT_DEFAULTS,
  DEFAULT_SYNONYMS,
  findHeaderRow,
  initialPlan,
  sheetColumns,
  skipUndecided,
  type CellValue,
  type ColumnChoice,
  type ImportContext,
  type ImportDefaults,
  type ImportSetup,
  type RowFix,
  type SheetColumn,
} from '@shared/excel'

const at = '2025-01-01T00:00:00.000Z'
export const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  today: '2025-06-30',
  persons: [
    { id: 'p-zhou', name: '周晓岚', deletedAt: null, createdAt: at },
    { id: 'p-han', name: '韩雨桐', deletedAt: null, createdAt: at },
  ],
  projects: [{ id: 'pr-1', name: '“共享儿女”独居老人关爱服务', deletedAt: null }],
  imported: new Map(),
  existingCodes: new Set(),
  synonyms: DEFAULT_SYNONYMS,
  ...over,
})

/** The preview of rows as the mapping step would first set it up (columns left undecided: 不导入). */
export function previewOf(
  rows: CellValue[][],
  opts: { ctx?: ImportContext; defaults?: Partial<ImportDefaults>; setup?: Partial<ImportSetup>; plan?: (plan: ColumnChoice[], columns: SheetColumn[]) => ColumnChoice[]; fixes?: Map<number, RowFix>; formulas?: { row: number; col: number; formula: string; error: string | null }[] } = {},
) {
  const guess = findHeaderRow(rows)!
  const columns = sheetColumns(rows, guess.headerRow)
  const plan = (opts.plan ?? ((p) => skipUndecided(p)))(initialPlan(columns), columns)
  const setup: ImportSetup = { headerRow: guess.headerRow, plan, defaults: { ...DEFAULT_IMPORT_DEFAULTS, ...opts.defaults }, valueChoices: [], year: null, ...opts.setup }
  return buildPreview({ rows, formulas: opts.formulas }, columns, setup, opts.ctx ?? ctx(), opts.fixes).preview
}

