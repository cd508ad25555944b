import { createContext, useContext } from 'react'

export interface AppLockState {
  /** True while an app-lock password is set. */
  enabled: boolean
  /** Locks at once (the 立即锁定 button). */
  lockNow: () => void
}

export const AppLockContext = createContext<AppLockState>({ enabled: false, lockNow: () => undefined })

export function useAppLock(): AppLockState {
  return useContext(AppLockContext)
}
