/** The types the mapping step, the preview and the import share. */
import type { SessionForm, SessionFunction, SessionInput, SessionMode, SupervisionKind } from '../model'
import type { ColumnChoice } from './plan'
import type { ProjectLike, ProjectMatch } from './project-match'
import type { SynonymEntry } from './synonyms'
import type { SheetYear } from './year'

export interface ImportDefaults {
  /** 'auto': one supervisee → 个别督导, several → 团体督导. */
  mode: SessionMode | 'auto'
  functions: SessionFunction[]
  kind: SupervisionKind
  /** Used when a row has a 时长 but no start time. */
  startTime: string
  /** Used when the sheet has no 督导者 column or the cell is empty (one supervisor's own records). */
  supervisorId: string | null
  /** Who a 跟进事项 belongs to when the ledger names nobody: the first 被督导者 or 督导者. */
  followUpOwner: 'supervisee' | 'supervisor'
  /** A 跟进事项 without a 期限 is due this many days after the session (or on the 下次督导日期). */
  followUpDueDays: number
}

export const DEFAULT_IMPORT_DEFAULTS: ImportDefaults = {
  mode: 'auto',
  functions: ['教育'],
  kind: '内部督导',
  startTime: '09:00',
  supervisorId: null,
  followUpOwner: 'supervisee',
  followUpDueDays: 30,
}

/** What the mapping step decided for one sheet. */
export interface ImportSetup {
  headerRow: number
  plan: ColumnChoice[]
  defaults: ImportDefaults
  /** Meanings given in the mapping step to this file's words for 方式/功能 the table does not know. */
  valueChoices: SynonymEntry[]
  /** The year of dates written without one; null: each such row takes its neighbours'. */
  year: SheetYear | null
}

export interface ImportContext {
  today: string
  persons: readonly { id: string; name: string; deletedAt: string | null; createdAt: string }[]
  projects: readonly (ProjectLike & { deletedAt: string | null })[]
  /** Keys of rows imported before (stored with their sessions, those in the 回收站 too) → the session's 编号. */
  imported: ReadonlyMap<string, { code: string }>
  /** 编号 of every stored session. */
  existingCodes: ReadonlySet<string>
  /** The studio's synonym table (设置 → 导入同义词). */
  synonyms: readonly SynonymEntry[]
  /** Fingerprints the import kept before schema v5 (settings `excelImport`) → 编号. */
  legacy?: ReadonlyMap<string, string>
}

/** The cells of a row the preview lets the user correct, as text typed over the sheet's. */
export const EDITABLE_FIELDS = ['date', 'startTime', 'endTime', 'mode', 'functions', 'supervisors', 'supervisees', 'projects', 'followUps'] as const
export type EditableField = (typeof EDITABLE_FIELDS)[number]
export type RowFix = Partial<Record<EditableField, string>> & {
  /** The user accepts that formula cells without a value (in columns not editable here) import as empty. */
  ignoreFormulas?: boolean
}

export const EDITABLE_FIELD_LABELS: Record<EditableField, string> = {
  date: '督导日期',
  startTime: '开始时间',
  endTime: '结束时间',
  mode: '督导方式',
  functions: '督导功能',
  supervisors: '督导者',
  supervisees: '被督导者',
  projects: '关联项目',
  followUps: '跟进事项',
}

export type RowStatus = 'ok' | 'error' | 'duplicate' | 'summary'

export interface PreviewRow {
  /** Row number as Excel shows it (1-based). */
  rowNumber: number
  /** The ledger's own 序号, when a column was mapped to it. */
  sourceNo: string
  status: RowStatus
  /** Why the row is not imported (the duplicate's reason first), then its problems. */
  errors: string[]
  /** The problems of the row itself, by the field the editor shows them at ('other': none of those). */
  problems: Partial<Record<EditableField | 'other', string[]>>
  warnings: string[]
  /** A year taken for a date written without one: shown as an assumption to confirm. */
  assumedYear: { year: number; source: SheetYear['source'] } | null
  /** The session to create: people to be created are `new:<姓名>`; projectIds are set on import from the project decisions. */
  input: SessionInput | null
  /** The input as the schema normalised it (rows without problems). */
  form: SessionForm | null
  /** 项目 names as written in the row. */
  projectNames: string[]
  /** Names the row's people and follow-up owners need created. */
  newPeople: { name: string; role: '督导者' | '社工' }[]
  /** The row's stable key (its imported cells), stored with the session: the same row is never imported twice. */
  key: string
  legacyKey: string | null
  /** The text of each editable cell as the row stands (the sheet's, or the user's correction). */
  values: Record<EditableField, string>
  fixed: boolean
  /** Formula cells of the row without a value, in imported columns. */
  formulas: string[]
  display: { date: string; time: string; supervisors: string; supervisees: string; mode: string; projects: string; followUps: number; summary: string }
}

export interface ProjectNameMatch {
  /** As written in the sheet. */
  name: string
  rows: number
  match: ProjectMatch
}

/** What the user decided for a project name that is not an exact match. */
export type ProjectDecision = { kind: 'link'; projectId: string } | { kind: 'create' } | { kind: 'none' }

export interface ImportPreview {
  rows: PreviewRow[]
  counts: { rows: number; ok: number; error: number; duplicate: number; summary: number; empty: number }
  /** People the import will create (not found by name among the stored persons). */
  newPersons: { name: string; role: '督导者' | '社工' }[]
  /** Every project name of the rows that will be imported, with its match. */
  projects: ProjectNameMatch[]
  /** Rows to import whose year was assumed. */
  assumedYears: number
  /** Every non-empty row failed its date: the 日期 column is probably mapped wrong. */
  dateColumnSuspect: boolean
}

export const NEW_PERSON_PREFIX = 'new:'
export const NEW_PROJECT_PREFIX = 'new-project:'
