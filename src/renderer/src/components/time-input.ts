import { readTime } from '@shared/model'

/**
 * Forgiving time entry: "9:5", "0930", "9.30", "９：３０", "9点30" → "09:30"; returns the
 * input (trimmed) when it cannot be read, so validation names the field and why.
 */
export function normalizeTime(raw: string): string {
  const r = readTime(raw)
  return r?.ok ? r.value : raw.trim()
}
