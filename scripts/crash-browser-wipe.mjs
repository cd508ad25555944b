// Chromium's words when it deletes an IndexedDB store it finds corrupt
// (content/browser/indexed_db/instance/leveldb/backing_store.cc), and LevelDB's reason: what emptied
// the studio in every such run of the crash campaign (a write-ahead log record torn by one kill,
// appended to after the next start; docs/architecture.md, Crash safety).

/** ' — Chromium found its IndexedDB store corrupt and deleted it (LevelDB: …)', or '' when `log` does not say so. */
export function browserWipe(log) {
  if (!/IndexedDB recovering from a corrupted \(and deleted\) database/.test(log)) return ''
  const reason = /Failed to open LevelDB database from \S+?,([^\n]+)/.exec(log)?.[1]?.trim()
  return ` — Chromium found its IndexedDB store corrupt and deleted it${reason ? ` (LevelDB: ${reason})` : ''}`
}
