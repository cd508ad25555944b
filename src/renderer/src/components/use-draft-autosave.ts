import { useCallback, useEffect, useRef } from 'react'
import type { Draft } from '@shared/model'
import { db } from '../db/connection'
import { deleteDraft, saveDraft } from '../db/drafts'

/** A pause in typing this long writes the draft. */
export const DRAFT_QUIET_MS = 800
/**
 * However long the typing goes on, what was typed is in the draft this long after the first
 * unsaved keystroke: a crash during continuous typing loses at most about a second of it (the
 * crash campaign lost 11 s of typing to a debounce without a maximum).
 */
export const DRAFT_MAX_WAIT_MS = 1000

/**
 * Never lose typing: every change is written to the drafts table after a short pause, at most
 * `maxWaitMs` after the first unsaved change even while typing continues, and at once when a
 * field loses focus or the page is hidden or unloaded. A failed write (a full disk) keeps the
 * change pending, so the next change or blur tries again.
 */
export function useDraftAutosave(options: {
  key: string
  kind: Draft['kind']
  recordId: string | null
  enabled: boolean
  delayMs?: number
  maxWaitMs?: number
  read: () => unknown
}) {
  const { key, kind, recordId, enabled, delayMs = DRAFT_QUIET_MS, maxWaitMs = DRAFT_MAX_WAIT_MS } = options
  const readRef = useRef(options.read)
  readRef.current = options.read
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef(false)
  /** When the oldest change not yet in the draft was made (Date.now()), or null. */
  const since = useRef<number | null>(null)

  const stop = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }

  /** Writes what the form holds now, if anything changed since the last write; never rejects. */
  const flush = useCallback(async () => {
    stop()
    if (!pending.current) return
    pending.current = false
    since.current = null
    try {
      await saveDraft(db, key, kind, recordId, readRef.current())
    } catch (error) {
      // Not saved: the next change, blur or save tries again. The form still holds the text.
      pending.current = true
      since.current ??= Date.now()
      console.error('草稿未能保存', error)
    }
  }, [key, kind, recordId])

  const schedule = useCallback(() => {
    if (!enabled) return
    pending.current = true
    const now = Date.now()
    since.current ??= now
    stop()
    const wait = Math.max(0, Math.min(delayMs, since.current + maxWaitMs - now))
    timer.current = setTimeout(() => void flush(), wait)
  }, [enabled, delayMs, maxWaitMs, flush])

  const discard = useCallback(async () => {
    stop()
    pending.current = false
    since.current = null
    await deleteDraft(db, key)
  }, [key])

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    const onUnload = () => void flush()
    // A field left (Tab, a click elsewhere): what it holds is complete enough to keep now.
    const onBlur = () => {
      if (pending.current) void flush()
    }
    document.addEventListener('visibilitychange', onHide)
    document.addEventListener('focusout', onBlur)
    window.addEventListener('pagehide', onUnload)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      document.removeEventListener('focusout', onBlur)
      window.removeEventListener('pagehide', onUnload)
      void flush()
    }
  }, [flush])

  return { schedule, flush, discard }
}
