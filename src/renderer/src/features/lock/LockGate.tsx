import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { Spin } from 'antd'
import { db } from '../../db/connection'
import { getAppLock } from '../../db/app-lock'
import { useLive } from '../../db/use-live'
import { AppLockContext } from './lock-context'
import { LockScreen } from './LockScreen'
import { useIdleTimeout } from './use-idle'

/**
 * Wraps the app shell. With an app-lock password set, the app starts locked and locks again
 * after the chosen idle time; while locked only the lock screen is rendered — the shell and
 * every page are unmounted, so no studio data stays in the page. Without a password it just
 * renders its children. Setting a password does not lock the current session; removing it
 * unlocks.
 */
export function LockGate({ children }: { children: ReactNode }) {
  // undefined while loading, null when there is no lock.
  const config = useLive(() => getAppLock(db), [])
  const [locked, setLocked] = useState<boolean | null>(null)

  useEffect(() => {
    if (config === undefined) return
    if (config === null) setLocked(false)
    else setLocked((current) => (current === null ? true : current))
  }, [config])

  const lockNow = useCallback(() => {
    if (config) setLocked(true)
  }, [config])

  useIdleTimeout(!!config && locked === false, config?.idleMinutes ?? 0, lockNow)

  const context = useMemo(() => ({ enabled: !!config, lockNow }), [config, lockNow])

  if (config === undefined || locked === null) return <Spin fullscreen tip="正在启动…" />
  if (locked && config) return <LockScreen config={config} onUnlock={() => setLocked(false)} />
  return <AppLockContext.Provider value={context}>{children}</AppLockContext.Provider>
}
