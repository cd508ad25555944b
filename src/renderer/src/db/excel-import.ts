/**
 * Import of legacy 督导记录 from Excel: the renderer's side. Reading, header guessing and
 * row checks are pure (src/shared/excel); this file gathers what they need from the
 * database and writes the valid rows in ONE transaction.
 */
import {
  formatSessionCode,
  minutesBetween,
  sessionInputSchema,
  type Person,
  type SettingRow,
  type SupervisionSession,
} from '@shared/model'
import {
  buildPreview,
  DEFAULT_IMPORT_DEFAULTS,
  ExcelReadError,
  findHeaderRow,
  NEW_PERSON_PREFIX,
  readWorkbook,
  type ColumnMapping,
  type HeaderGuess,
  type ImportContext,
  type ImportDefaults,
  type ImportPreview,
  type SheetData,
} from '@shared/excel'
import { nowIso, todayString } from './clock'
import { newMeta } from './records'
import type { StudioDatabase } from './schema'
import { write } from './write'

/** Settings row remembering every imported row's fingerprint → the session made from it. */
const IMPORT_KEY = 'excelImport'
const CHUNK = 1000

type FingerprintMap = Record<string, string>

async function fingerprints(db: StudioDatabase): Promise<FingerprintMap> {
  const row = await db.table('settings').get(IMPORT_KEY)
  const map = (row?.value as { fingerprints?: unknown } | undefined)?.fingerprints
  return map && typeof map === 'object' ? (map as FingerprintMap) : {}
}

export function openExcelFile(bytes: Uint8Array): Promise<SheetData[]> {
  return readWorkbook(bytes)
}

/** What the preview needs to know about the database. */
export async function loadImportContext(db: StudioDatabase, today: string = todayString()): Promise<ImportContext> {
  // Codes and ids come from the code index alone: a studio's database holds years of records,
  // and reading every session's text only to learn its 编号 took seconds.
  // One read transaction, so the two walks of the code index see the same records.
  const [persons, projects, codes, ids, fps] = await db.transaction('r', [db.persons, db.projects, db.sessions, db.settings], () =>
    Promise.all([
      db.persons.toArray(),
      db.projects.toArray(),
      db.sessions.orderBy('code').keys(),
      db.sessions.orderBy('code').primaryKeys(),
      fingerprints(db),
    ]),
  )
  const codeById = new Map(ids.map((id, i) => [id, String(codes[i])]))
  const imported = new Map<string, string>()
  for (const [fp, id] of Object.entries(fps)) {
    const code = codeById.get(id)
    if (code) imported.set(fp, code)
  }
  return { today, persons, projects, imported, existingCodes: new Set(codes.map(String)) }
}

export async function previewExcelImport(
  db: StudioDatabase,
  sheet: SheetData,
  headerRow: number,
  mapping: ColumnMapping,
  defaults: ImportDefaults,
  today?: string,
): Promise<ImportPreview> {
  return buildPreview(sheet.rows, headerRow, mapping, defaults, await loadImportContext(db, today))
}

export interface ExcelImportSummary {
  imported: number
  skippedErrors: number
  duplicates: number
  emptyRows: number
  newPersons: string[]
  /** 编号 given, per year: first and last. */
  codes: { year: number; first: string; last: string; count: number }[]
}

/**
 * Writes the preview's valid rows: creates the people not found by name, numbers the
 * sessions like saveSession does (the next 编号 of each year, in date order), and remembers
 * each row's fingerprint so the same sheet imported again adds nothing. One transaction.
 */
export async function commitExcelImport(db: StudioDatabase, preview: ImportPreview, options: { today?: string } = {}): Promise<ExcelImportSummary> {
  const schema = sessionInputSchema(options.today ?? todayString())
  const at = nowIso()
  const candidates = preview.rows
    .filter((r) => r.status === 'ok' && r.input)
    .map((r) => ({ row: r, form: r.form ?? schema.parse(r.input) }))
    .sort((a, b) => a.form.date.localeCompare(b.form.date) || a.row.rowNumber - b.row.rowNumber)

  return write(db, ['persons', 'sessions', 'settings'], async () => {
    const fps = await fingerprints(db)
    // Another import may have finished since the preview: check again here.
    const knownIds = Object.values(fps)
    const still = new Set((await db.sessions.bulkGet(knownIds)).filter((s): s is SupervisionSession => !!s).map((s) => s.id))
    const seen = new Set<string>()
    const rows = candidates.filter(({ row }) => {
      const id = fps[row.fingerprint]
      if ((id && still.has(id)) || seen.has(row.fingerprint)) return false
      seen.add(row.fingerprint)
      return true
    })

    // People to create, by name; matched again in case someone added them meanwhile.
    const live = (await db.persons.toArray()).filter((p) => p.deletedAt === null)
    const byName = new Map(live.map((p) => [p.name.replace(/\s+/g, ''), p.id]))
    const created: Person[] = []
    const roleOf = new Map(preview.newPersons.map((p) => [p.name, p.role]))
    const idFor = (ref: string): string => {
      if (!ref.startsWith(NEW_PERSON_PREFIX)) return ref
      const name = ref.slice(NEW_PERSON_PREFIX.length)
      const key = name.replace(/\s+/g, '')
      const found = byName.get(key)
      if (found) return found
      const person: Person = {
        ...newMeta(at),
        name,
        role: roleOf.get(name) ?? '社工',
        org: '',
        qualification: '无',
        field: null,
        phone: '',
        note: '由 Excel 导入时新建，请补充资料',
      }
      created.push(person)
      byName.set(key, person.id)
      return person.id
    }

    const nextSeq = new Map<number, number>()
    const sessions: SupervisionSession[] = []
    const codes = new Map<number, { first: string; last: string; count: number }>()
    for (const { row, form } of rows) {
      const year = Number(form.date.slice(0, 4))
      if (!nextSeq.has(year)) {
        // The numbering of saveSession (src/renderer/src/db/sessions.ts): last seq of the year + 1.
        const last = await db.sessions.where('[year+seq]').between([year, 0], [year, Number.MAX_SAFE_INTEGER], true, true).last()
        nextSeq.set(year, (last?.seq ?? 0) + 1)
      }
      const seq = nextSeq.get(year)!
      nextSeq.set(year, seq + 1)
      const code = formatSessionCode(year, seq)
      const { followUps: _f, sensitive, ...rest } = form
      const session: SupervisionSession = {
        ...newMeta(at),
        ...rest,
        supervisorIds: rest.supervisorIds.map(idFor),
        superviseeIds: rest.superviseeIds.map(idFor),
        sensitive: sensitive ? 1 : 0,
        durationMinutes: minutesBetween(form.startTime, form.endTime),
        code,
        year,
        seq,
        status: '草稿',
        finalizedAt: null,
      }
      sessions.push(session)
      fps[row.fingerprint] = session.id
      const c = codes.get(year)
      codes.set(year, c ? { ...c, last: code, count: c.count + 1 } : { first: code, last: code, count: 1 })
    }

    if (created.length > 0) await db.persons.bulkAdd(created)
    for (let i = 0; i < sessions.length; i += CHUNK) await db.sessions.bulkAdd(sessions.slice(i, i + CHUNK))
    if (sessions.length > 0)
      await db.settings.put({ key: IMPORT_KEY, value: { fingerprints: fps }, updatedAt: at } as unknown as SettingRow)

    return {
      imported: sessions.length,
      skippedErrors: preview.counts.error,
      duplicates: preview.counts.duplicate + (candidates.length - rows.length),
      emptyRows: preview.counts.empty,
      newPersons: created.map((p) => p.name),
      codes: [...codes].sort((a, b) => a[0] - b[0]).map(([year, c]) => ({ year, ...c })),
    }
  })
}

export const NO_HEADER_MESSAGE = '没有找到表头：请确认表格中有一行列名，如“日期”“督导者”“被督导者”“督导内容”。'

/** The first sheet with a recognisable header, and the guess (throws a Chinese ExcelReadError when none has one). */
export function pickSheet(sheets: SheetData[]): { index: number; guess: HeaderGuess } {
  for (let i = 0; i < sheets.length; i++) {
    const guess = findHeaderRow(sheets[i]!.rows)
    if (guess) return { index: i, guess }
  }
  throw new ExcelReadError(NO_HEADER_MESSAGE)
}

/** The whole import without the screens (guessed mapping, default choices): tests and the benchmark. */
export async function importExcelFile(
  db: StudioDatabase,
  bytes: Uint8Array,
  options: { defaults?: ImportDefaults; today?: string } = {},
): Promise<{ preview: ImportPreview; summary: ExcelImportSummary }> {
  const sheets = await openExcelFile(bytes)
  const { index, guess } = pickSheet(sheets)
  const preview = await previewExcelImport(db, sheets[index]!, guess.headerRow, guess.mapping, options.defaults ?? DEFAULT_IMPORT_DEFAULTS, options.today)
  const summary = await commitExcelImport(db, preview, { today: options.today })
  return { preview, summary }
}
