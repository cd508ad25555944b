/**
 * A studio record as a document of the studio's CouchDB database, and back (docs/architecture.md,
 * Studio sync). Pure: used by the renderer's sync engine and by the tests that look at the server.
 *
 * - `_id` is `<table>:<record id>`; the body is the record without `rev`/`fieldRevs` (they count
 *   one laptop's writes) plus `studio` and `table`, with its keys in canonical order: the same
 *   record written on two laptops is the same content, hence the same revision, not a conflict.
 * - A 敏感 督导记录's texts never go to the studio database: there they are empty and the document
 *   says `sensitiveText: 'separate'`; the texts are the document `sessions-text:<id>` of the
 *   sensitive database, which only the members named on it can read.
 */
import { canonicalCopy, canonicalJson } from '../domain/canonical-json'
import { MERGE_TABLES, type MergeTable } from '../backup/merge-tables'

/** The 督导记录 fields that hold what was said: kept apart for 敏感 records. */
export const SENSITIVE_TEXT_FIELDS = ['questions', 'process', 'advice', 'supervisorReflection', 'superviseeReflection', 'riskNote'] as const
export const TEXT_DOC_PREFIX = 'sessions-text:'
/** Shared bookkeeping documents of the studio database (e.g. `meta:laptops`): not records. */
export const META_DOC_PREFIX = 'meta:'

/** A document of the studio database that is no record: a design document or a `meta:` one (the puller applies neither). */
export const isStudioBookkeepingDoc = (id: string): boolean => id.startsWith('_design/') || id.startsWith(META_DOC_PREFIX)

/** Laptop-local fields and the document's own: never part of a record's content on the server. */
const NOT_CONTENT = new Set(['rev', 'fieldRevs', 'sensitiveText'])
const DOC_FIELDS = new Set(['_id', '_rev', '_conflicts', '_revisions', '_deleted', '_revs_info', 'studio', 'table', 'decided'])

/**
 * The last 冲突处理 decision of a record, travelling with its document (not content): for each
 * field the two values a person chose between and the one chosen, so another laptop holding the
 * same conflict open closes it by itself (db/sync/decisions.ts). Values, not revisions: every
 * laptop that met the conflict listed the same two values, each from its own merge.
 */
export interface DocDecision {
  at: string
  by: string
  fields: { field: string; values: unknown[]; chosen: unknown }[]
}

export type Doc = Record<string, unknown> & { _id: string; _rev?: string }

export const recordDocId = (table: MergeTable, id: string): string => `${table}:${id}`
export const textDocId = (sessionId: string): string => `${TEXT_DOC_PREFIX}${sessionId}`

/** The table and record id of a record document's `_id`, or null for any other id. */
export function parseRecordDocId(id: string): { table: MergeTable; recordId: string } | null {
  const at = id.indexOf(':')
  if (at <= 0) return null
  const table = id.slice(0, at)
  const recordId = id.slice(at + 1)
  if (!(MERGE_TABLES as readonly string[]).includes(table) || recordId === '') return null
  return { table: table as MergeTable, recordId }
}

export interface RecordDocs {
  /** For the studio database. */
  doc: Doc
  /** For the sensitive database (敏感 督导记录 whose texts this laptop holds), else null. */
  text: Doc | null
}

/**
 * The documents of `record`. `keep` holds what the document on the server already says and this
 * laptop keeps as its own (a 编号 given here because the server's was taken: see pull.ts).
 */
export function recordToDocs(
  table: MergeTable,
  record: Record<string, unknown>,
  studio: string,
  keep: Record<string, unknown> = {},
  decision: DocDecision | null = null,
): RecordDocs {
  const body: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) if (!NOT_CONTENT.has(k)) body[k] = v
  Object.assign(body, keep)
  const id = String(record.id)
  let text: Doc | null = null
  if (table === 'sessions' && record.sensitive === 1) {
    // A laptop that may not read the texts holds them empty: it must not send those empties.
    if (record.sensitiveText !== 'separate') {
      const t: Record<string, unknown> = { _id: textDocId(id), studio, sessionId: id }
      for (const f of SENSITIVE_TEXT_FIELDS) t[f] = record[f] ?? ''
      text = canonicalCopy(t) as Doc
    }
    for (const f of SENSITIVE_TEXT_FIELDS) body[f] = ''
    body.sensitiveText = 'separate'
  }
  // The texts of a 敏感 record stay out of the studio database, as values of a decision too.
  const decided = decision && table === 'sessions' && record.sensitive === 1 ? { ...decision, fields: decision.fields.filter((f) => !(SENSITIVE_TEXT_FIELDS as readonly string[]).includes(f.field)) } : decision
  const doc = canonicalCopy({ ...body, _id: recordDocId(table, id), studio, table, ...(decided && decided.fields.length > 0 ? { decided } : {}) }) as Doc
  return { doc, text }
}

/** The record content of a record document (no `_id`, `_rev`, `studio`, `table`). */
export function docContent(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(doc)) if (!DOC_FIELDS.has(k)) out[k] = v
  return out
}

/** The decision a document carries, if it carries a well-formed one (anything else is ignored). */
export function docDecision(doc: Record<string, unknown>): DocDecision | null {
  const d = doc.decided as Partial<DocDecision> | undefined
  if (!d || typeof d !== 'object' || typeof d.at !== 'string' || typeof d.by !== 'string' || !Array.isArray(d.fields)) return null
  const fields = d.fields.filter((f): f is DocDecision['fields'][number] => typeof f?.field === 'string' && Array.isArray(f.values) && f.values.length === 2)
  return fields.length > 0 ? { at: d.at, by: d.by, fields } : null
}

/** Whether a document of the sensitive database is the texts of a session of `studio`, every text a string. */
export function isTextDoc(doc: Record<string, unknown>, studio: string): boolean {
  const id = String(doc._id)
  return (
    id.startsWith(TEXT_DOC_PREFIX) &&
    doc.studio === studio &&
    doc.sessionId === id.slice(TEXT_DOC_PREFIX.length) &&
    SENSITIVE_TEXT_FIELDS.every((f) => typeof doc[f] === 'string')
  )
}

/** The texts of a `sessions-text:` document. */
export function textContent(doc: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of SENSITIVE_TEXT_FIELDS) out[f] = typeof doc[f] === 'string' ? doc[f] : ''
  return out
}

/** Whether two documents hold the same content (revisions and bookkeeping aside). */
export function sameDocContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonicalJson(docContent(a)) === canonicalJson(docContent(b))
}
