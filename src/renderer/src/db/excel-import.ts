/**
 * Import of legacy 督导台账 from Excel: the renderer's side. Reading, the column plan, row checks
 * and the batch are pure (src/shared/excel); this file gathers what they need from the database
 * and writes a prepared batch in ONE transaction (writeExcelImport).
 */
import {
  formatSessionCode,
  minutesBetween,
  type FollowUp,
  type Person,
  type Project,
  type SupervisionSession,
} from '@shared/model'
import {
  buildPreview,
  DEFAULT_IMPORT_DEFAULTS,
  ExcelReadError,
  findHeaderRow,
  importBlockers,
  ImportBlockedError,
  inferSheetYear,
  initialPlan,
  NEW_PERSON_PREFIX,
  NEW_PROJECT_PREFIX,
  prepareImport,
  readWorkbook,
  sheetColumns,
  skipUndecided,
  undecidedColumns,
  columnName,
  cellText,
  type ImportBatch,
  type ImportOutcome,
  type ImportContext,
  type ImportDefaults,
  type ImportSetup,
  type ProjectDecision,
  type ReadOptions,
  type SheetColumn,
  type SheetData,
  type SheetPreview,
} from '@shared/excel'
import { nowIso, todayString } from './clock'
import { getImportSynonyms } from './excel-import-settings'
import { newMeta } from './records'
import type { StudioDatabase } from './schema'
import { bulkWrite, type BulkOptions } from './bulk-write'

/** Settings row where imports before schema v5 kept each row's fingerprint → session id. */
const LEGACY_KEY = 'excelImport'

/** Reads a workbook on this thread (tests, the benchmark); the screen reads it in a worker (features/data/excel-reader.ts). */
export function openExcelFile(bytes: Uint8Array, options?: ReadOptions): Promise<SheetData[]> {
  return readWorkbook(bytes, options)
}

/** What the preview needs to know about the database. */
export async function loadImportContext(db: StudioDatabase, today: string = todayString()): Promise<ImportContext> {
  // Keys, codes and ids come from the indexes alone: a studio's database holds years of records,
  // and reading every session's text only to learn its 编号 took seconds. One read transaction,
  // so the walks of the indexes see the same records.
  const [persons, projects, codes, codeIds, keys, keyIds, legacyRow, synonyms] = await db.transaction(
    'r',
    [db.persons, db.projects, db.sessions, db.settings],
    () =>
      Promise.all([
        db.persons.toArray(),
        db.projects.toArray(),
        db.sessions.orderBy('code').keys(),
        db.sessions.orderBy('code').primaryKeys(),
        db.sessions.orderBy('importKey').keys(),
        db.sessions.orderBy('importKey').primaryKeys(),
        db.settings.get(LEGACY_KEY),
        getImportSynonyms(db),
      ]),
  )
  const codeById = new Map(codeIds.map((id, i) => [id, String(codes[i])]))
  const imported = new Map<string, { code: string }>()
  keys.forEach((k, i) => {
    const code = codeById.get(keyIds[i]!)
    if (code) imported.set(String(k), { code })
  })
  const legacy = new Map<string, string>()
  const fps = (legacyRow?.value as { fingerprints?: Record<string, string> } | undefined)?.fingerprints ?? {}
  for (const [fp, id] of Object.entries(fps)) {
    const code = codeById.get(id)
    if (code) legacy.set(fp, code)
  }
  return { today, persons, projects, imported, existingCodes: new Set(codes.map(String)), synonyms, legacy }
}

export async function previewExcelImport(db: StudioDatabase, sheet: SheetData, columns: readonly SheetColumn[], setup: ImportSetup, today?: string): Promise<SheetPreview> {
  return buildPreview(sheet, columns, setup, await loadImportContext(db, today))
}

/**
 * Writes a prepared batch (src/shared/excel/import-batch.ts) in one transaction: the people and
 * projects it names that do not exist yet, then the sessions — numbered like saveSession does
 * (the next 编号 of each year, in date order), each keeping its row's key — and their 跟进事项.
 * Every new record gets newMeta(). Rows whose key another import stored meanwhile are skipped.
 */
export async function writeExcelImport(db: StudioDatabase, batch: ImportBatch, options: BulkOptions = {}): Promise<ImportOutcome> {
  const at = nowIso()
  return bulkWrite(db, ['persons', 'projects', 'sessions', 'followUps'], async (writer) => {
    const taken = new Set((await db.sessions.where('importKey').anyOf(batch.sessions.map((s) => s.key)).keys()).map(String))
    const rows = batch.sessions.filter((s) => !taken.has(s.key))

    // People and projects by name; matched again in case someone added them meanwhile.
    const livePersons = (await db.persons.toArray()).filter((p) => p.deletedAt === null)
    const personByName = new Map(livePersons.map((p) => [p.name.replace(/\s+/g, ''), p.id]))
    const roleOf = new Map(batch.newPersons.map((p) => [p.name, p.role]))
    const persons: Person[] = []
    const personId = (ref: string): string => {
      if (!ref.startsWith(NEW_PERSON_PREFIX)) return ref
      const name = ref.slice(NEW_PERSON_PREFIX.length)
      const key = name.replace(/\s+/g, '')
      const found = personByName.get(key)
      if (found) return found
      const person: Person = { ...newMeta(at), name, role: roleOf.get(name) ?? '社工', org: '', qualification: '无', field: null, phone: '', note: '由 Excel 导入时新建，请补充资料' }
      persons.push(person)
      personByName.set(key, person.id)
      return person.id
    }
    const liveProjects = (await db.projects.toArray()).filter((p) => p.deletedAt === null)
    const projectByName = new Map(liveProjects.map((p) => [p.name.trim(), p.id]))
    const projectData = new Map(batch.newProjects.map((p) => [p.name, p.data]))
    const projects: Project[] = []
    const projectId = (ref: string): string => {
      if (!ref.startsWith(NEW_PROJECT_PREFIX)) return ref
      const name = ref.slice(NEW_PROJECT_PREFIX.length)
      const data = projectData.get(name)!
      const found = projectByName.get(data.name.trim())
      if (found) return found
      const project: Project = { ...newMeta(at), ...data }
      projects.push(project)
      projectByName.set(data.name.trim(), project.id)
      return project.id
    }

    const nextSeq = new Map<number, number>()
    const sessions: SupervisionSession[] = []
    const followUps: FollowUp[] = []
    const codes = new Map<number, { first: string; last: string; count: number }>()
    for (const { key, form } of rows) {
      const year = Number(form.date.slice(0, 4))
      if (!nextSeq.has(year)) {
        // The numbering of saveSession (db/sessions.ts): last seq of the year + 1.
        const last = await db.sessions.where('[year+seq]').between([year, 0], [year, Number.MAX_SAFE_INTEGER], true, true).last()
        nextSeq.set(year, (last?.seq ?? 0) + 1)
      }
      const seq = nextSeq.get(year)!
      nextSeq.set(year, seq + 1)
      const code = formatSessionCode(year, seq)
      const { followUps: items, sensitive, ...rest } = form
      const session: SupervisionSession = {
        ...newMeta(at),
        ...rest,
        supervisorIds: rest.supervisorIds.map(personId),
        superviseeIds: rest.superviseeIds.map(personId),
        projectIds: rest.projectIds.map(projectId),
        sensitive: sensitive ? 1 : 0,
        durationMinutes: minutesBetween(form.startTime, form.endTime),
        code,
        year,
        seq,
        status: '草稿',
        finalizedAt: null,
        importKey: key,
      }
      sessions.push(session)
      for (const { id: _id, ...f } of items) followUps.push({ ...newMeta(at), ...f, ownerId: personId(f.ownerId), sessionId: session.id })
      const c = codes.get(year)
      codes.set(year, c ? { ...c, last: code, count: c.count + 1 } : { first: code, last: code, count: 1 })
    }

    await writer.write([
      { table: 'persons', rows: persons, how: 'add' },
      { table: 'projects', rows: projects, how: 'add' },
      { table: 'sessions', rows: sessions, how: 'add' },
      { table: 'followUps', rows: followUps, how: 'add' },
    ])

    return {
      imported: sessions.length,
      followUps: followUps.length,
      linked: sessions.filter((s) => s.projectIds.length > 0).length,
      alreadyImported: batch.sessions.length - rows.length,
      newPersons: persons.map((p) => p.name),
      newProjects: projects.map((p) => p.name),
      codes: [...codes].sort((a, b) => a[0] - b[0]).map(([year, c]) => ({ year, ...c })),
    }
  }, options)
}

export const NO_HEADER_MESSAGE = '没有找到表头：请确认表格中有一行列名，如“日期”“督导者”“被督导者”“督导内容”。'

/** Sheets that look like a ledger (a recognisable header), in the workbook's order. */
export function ledgerSheets(sheets: readonly SheetData[]): number[] {
  return sheets.flatMap((s, i) => (findHeaderRow(s.rows) ? [i] : []))
}

/** A sheet's first setup: the guessed header and plan, the year its title or names give, the default choices. */
export function firstSetup(
  sheet: SheetData,
  fileName: string,
  options: { defaults?: ImportDefaults; /** Where the header is when none is recognised (the user then says which row). */ headerRow?: number } = {},
): { setup: ImportSetup; columns: SheetColumn[] } {
  const headerRow = findHeaderRow(sheet.rows)?.headerRow ?? options.headerRow
  if (headerRow === undefined) throw new ExcelReadError(NO_HEADER_MESSAGE)
  const defaults = options.defaults ?? DEFAULT_IMPORT_DEFAULTS
  const columns = sheetColumns(sheet.rows, headerRow)
  const titleRows = sheet.rows.slice(0, headerRow).map((r) => r.map((c) => cellText(c)).filter(Boolean).join(' '))
  const year = inferSheetYear({ titleRows, sheetName: sheet.name, fileName })
  return { columns, setup: { headerRow, plan: initialPlan(columns), defaults, valueChoices: [], year } }
}

/**
 * The whole import without the screens: tests and the benchmark. Each choice a person makes in
 * the screens is an option here, and the same checks refuse the file with the same Chinese
 * messages: columns with data left undecided, project names not confirmed, an assumed year.
 */
export async function importExcelFile(
  db: StudioDatabase,
  bytes: Uint8Array,
  options: {
    fileName?: string
    sheet?: number
    today?: string
    defaults?: ImportDefaults
    /** 不导入 for every column left undecided (what clicking 不导入 on each would do). */
    skipUnmapped?: boolean
    decideProjects?: (name: string, preview: SheetPreview['preview']) => ProjectDecision
    yearConfirmed?: boolean
  } & BulkOptions = {},
) {
  const sheets = await openExcelFile(bytes, { signal: options.signal })
  const index = options.sheet ?? ledgerSheets(sheets)[0]
  if (index === undefined) throw new ExcelReadError(NO_HEADER_MESSAGE)
  const sheet = sheets[index]!
  const { setup, columns } = firstSetup(sheet, options.fileName ?? '', { defaults: options.defaults })
  if (options.skipUnmapped) setup.plan = skipUndecided(setup.plan)
  const waiting = undecidedColumns(setup.plan, columns)
  if (waiting.length > 0) throw new ImportBlockedError([unmappedMessage(waiting)])
  const { preview } = await previewExcelImport(db, sheet, columns, setup, options.today)
  const decisions = Object.fromEntries(
    preview.projects.filter((p) => p.match.kind !== 'exact' && options.decideProjects).map((p) => [p.name, options.decideProjects!(p.name, preview)]),
  )
  const blockers = importBlockers(preview, decisions, options.yearConfirmed ?? false)
  const batch = prepareImport(preview, decisions, { yearConfirmed: options.yearConfirmed ?? false })
  if (options.signal?.aborted) throw new ImportBlockedError(['已取消导入'])
  const result = await writeExcelImport(db, batch, { signal: options.signal, onProgress: options.onProgress })
  return { sheets, setup, columns, preview, batch, result, blockers }
}

/** Why the preview waits: the columns with data no choice was made for. */
export function unmappedMessage(columns: readonly SheetColumn[]): string {
  return `还有 ${columns.length} 列有数据但未选择去向：${columns.map(columnName).join('、')}。请为每一列选择对应的项目、追加到文字字段，或选择“不导入”。`
}
