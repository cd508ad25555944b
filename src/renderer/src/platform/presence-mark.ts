import { parsePresenceMark, type PresenceMark } from '@shared/domain/studio-presence'

/**
 * Where the app remembers, outside IndexedDB, that this computer's studio held records
 * (src/shared/domain/studio-presence.ts): the page's localStorage, which the browser keeps in
 * a store of its own, so it survives the loss of the IndexedDB database it speaks of. Storage
 * that refuses (a private window, a full disk) only means the mark is not kept.
 */
const KEY = 'supervision-studio.presence'

export function readPresenceMark(): PresenceMark | null {
  try {
    return parsePresenceMark(window.localStorage.getItem(KEY))
  } catch {
    return null
  }
}

export function writePresenceMark(mark: PresenceMark | null): void {
  try {
    if (mark) window.localStorage.setItem(KEY, JSON.stringify(mark))
    else window.localStorage.removeItem(KEY)
  } catch {
    // not kept: nothing else depends on it
  }
}
