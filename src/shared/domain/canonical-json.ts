/**
 * One text for one value, whatever order its keys were written in: `undefined` members are
 * left out (as JSON.stringify does) and object keys are sorted at every depth.
 *
 * Two laptops that hold the same record must produce the same text for it: comparing records
 * field by field (merges) and writing them as sync documents (whose first revision CouchDB
 * derives from the content) both depend on it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`
}

/** Equal by content: `null`, `undefined` and a missing member are the same (an empty field). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || sameItems(a, b)) return true
  return canonicalJson(a) === canonicalJson(b)
}

// Two copies of one list (a record's 主题, 督导者 …) mostly hold the very same items: then their
// texts are equal without building them. Any other pair goes to the texts.
function sameItems(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A plain copy whose keys are in canonical order, for storing or sending. */
export function canonicalCopy<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T
}
