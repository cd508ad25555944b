import { useEffect, useRef } from 'react'

/** The shortcut of 定稿, as the toolbar's button and the help page name it. */
export const FINALIZE_SHORTCUT = { label: 'Ctrl+Enter', aria: 'Control+Enter' } as const

/**
 * Ctrl+Enter (⌘+Enter on a Mac) anywhere on a record page runs its 定稿 — which asks before it
 * finalises — so a supervisor who typed the record does not have to find the button. Not while a
 * dialog is open: there Enter belongs to the dialog.
 */
export function useFinalizeShortcut(onFinalize: (() => void) | undefined, enabled: boolean) {
  const latest = useRef(onFinalize)
  latest.current = onFinalize
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.repeat) return
      if (e.target instanceof Element && e.target.closest('.ant-modal-wrap, .ant-modal')) return
      if (!latest.current) return
      e.preventDefault()
      latest.current()
    }
    // Capturing: a field that keeps its Enter to itself (a date, a picker) does not keep this one.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [enabled])
}
