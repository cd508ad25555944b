import { describe, expect, it } from 'vitest'
import { browserWipe } from '../../scripts/crash-browser-wipe.mjs'

// The restarted browser's own lines (run 273 of seed 28, 2026-12-06), among others it printed.
const WIPED = [
  '[27117:27117:1206/211145.100000:INFO:content/browser/browser_main_loop.cc:100] started',
  '[27117:27143:1206/211145.342766:ERROR:content/browser/indexed_db/instance/leveldb/backing_store.cc:237] Failed to open LevelDB database from /tmp/crash-r91WcS/Default/IndexedDB/http_127.0.0.1_46077.indexeddb.leveldb,Corruption: checksum mismatch',
  '[27117:27143:1206/211145.343925:ERROR:content/browser/indexed_db/instance/leveldb/backing_store.cc:1502] IndexedDB recovering from a corrupted (and deleted) database.',
].join('\n')

describe('browserWipe: a run whose store Chromium deleted, told by its own log', () => {
  it('names the deletion and LevelDB’s reason', () => {
    expect(browserWipe(WIPED)).toBe(' — Chromium found its IndexedDB store corrupt and deleted it (LevelDB: Corruption: checksum mismatch)')
  })

  it('says nothing when Chromium only failed to open the store, or said nothing: that loss is not the browser’s by its own account', () => {
    expect(browserWipe(WIPED.split('\n').slice(0, 2).join('\n'))).toBe('')
    expect(browserWipe('')).toBe('')
  })

  it('names the deletion without a reason when LevelDB gave none', () => {
    expect(browserWipe(WIPED.split('\n').filter((l) => !l.includes('Failed to open')).join('\n'))).toBe(' — Chromium found its IndexedDB store corrupt and deleted it')
  })
})
