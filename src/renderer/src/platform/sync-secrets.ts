/**
 * The sync password, never stored in clear (docs/security.md, 同步密码): Electron keeps it with the
 * operating system's keychain through main; where it cannot (the browser build, Linux without a
 * keychain) it lives in this page's memory only and is asked once per session.
 */
import type { SyncPasswordStorage } from '@shared/studio-api'
import { studio } from './bridge'

let sessionPassword: string | null = null

export async function passwordStorage(): Promise<SyncPasswordStorage> {
  return (await studio().syncPasswordStorage?.()) ?? 'session'
}

/** Keeps the password for this session, and in the keychain where there is one. */
export async function rememberPassword(password: string): Promise<void> {
  sessionPassword = password
  await studio().saveSyncPassword?.(password)
}

/** The password of this session, else the keychain's, else null (ask the person). */
export async function recallPassword(): Promise<string | null> {
  if (sessionPassword) return sessionPassword
  sessionPassword = (await studio().loadSyncPassword?.()) ?? null
  return sessionPassword
}

export async function forgetPassword(): Promise<void> {
  sessionPassword = null
  await studio().saveSyncPassword?.('')
}

/**
 * Tells Electron's main which server the CSP admits. True when the page must be reloaded before it
 * may connect there (a page's policy is fixed when it loads). The browser build's server names its
 * sync server itself (STUDIO_SYNC_URL): nothing to do, nothing to reload.
 */
export async function admitServer(origin: string | null, admittedAtLoad: string | null): Promise<boolean> {
  const host = studio()
  if (!host.setSyncServer) return false
  const admitted = await host.setSyncServer(origin ?? '')
  return admitted !== admittedAtLoad
}
