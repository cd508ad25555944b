import { useCallback, useEffect, useRef } from 'react'
import type { Draft } from '@shared/model'
import { db } from '../db/connection'
import { deleteDraft, saveDraft } from '../db/drafts'

/**
 * Never lose typing: every change is written to the drafts table at most `delayMs` after the
 * last keystroke, and flushed at once when the page is hidden or unloaded.
 */
export function useDraftAutosave(options: {
  key: string
  kind: Draft['kind']
  recordId: string | null
  enabled: boolean
  delayMs?: number
  read: () => unknown
}) {
  const { key, kind, recordId, enabled, delayMs = 800 } = options
  const readRef = useRef(options.read)
  readRef.current = options.read
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef(false)

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (!pending.current) return
    pending.current = false
    await saveDraft(db, key, kind, recordId, readRef.current())
  }, [key, kind, recordId])

  const schedule = useCallback(() => {
    if (!enabled) return
    pending.current = true
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delayMs)
  }, [enabled, delayMs, flush])

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    pending.current = false
    await deleteDraft(db, key)
  }, [key])

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    const onUnload = () => void flush()
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', onUnload)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', onUnload)
      void flush()
    }
  }, [flush])

  return { schedule, flush, discard, cancel: () => { if (timer.current) clearTimeout(timer.current); pending.current = false } }
}
