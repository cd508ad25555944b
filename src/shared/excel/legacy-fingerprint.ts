/**
 * How the import recognised a row before schema v5: a fingerprint of the session it made, kept
 * in the settings row `excelImport` (fingerprint → session id). Rows are now recognised by the
 * key stored with their session (row.ts); this is kept only so a ledger imported with an
 * earlier version is still recognised and not imported twice. Do not change it: it must give
 * the same fingerprint the earlier version stored.
 */
import type { SessionInput } from '../model'
import { hashText, toHalfWidth } from './text'

export function legacyFingerprint(input: SessionInput, supervisorNames: readonly string[], superviseeNames: readonly string[], defaultSupervisorId: string | null): string {
  const canon = (v: string) => toHalfWidth(v).replace(/\s+/g, ' ').trim()
  return hashText(
    [
      input.date, input.startTime, input.endTime, [...supervisorNames].sort().join('、') || (defaultSupervisorId ?? ''), [...superviseeNames].sort().join('、'),
      input.location, input.mode, (input.functions ?? []).join('、'), (input.topics ?? []).join('、'), input.questions, input.process, input.advice,
      input.supervisorReflection, input.superviseeReflection,
    ]
      .map((v) => canon(String(v ?? '')))
      .join('\u0001'),
  )
}
