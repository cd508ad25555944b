/**
 * What the main process keeps for studio sync (设置 → 同步), in the app's data folder:
 * `sync-server.json`, the origin of the studio's CouchDB, which the Content-Security-Policy
 * admits (and nothing else remote); `sync-password.bin`, the sync password encrypted with the
 * operating system's keychain through Electron's safeStorage — never in clear. Where safeStorage
 * has no real keychain (Linux without GNOME Keyring or KWallet: the `basic_text` backend, a fixed
 * key), the password is not stored at all and the app asks for it once per session
 * (docs/security.md, "同步密码").
 */
import { readFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { serverOrigin } from '@shared/sync/server-url'
import type { SyncPasswordStorage } from '@shared/studio-api'
import { writeFileAtomic } from './fs-atomic'

export const SYNC_SERVER_FILE = 'sync-server.json'
export const SYNC_PASSWORD_FILE = 'sync-password.bin'

/** The part of Electron's safeStorage used here (tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(text: string): Buffer
  decryptString(data: Buffer): string
  getSelectedStorageBackend?(): string
}

export class SyncStore {
  private origin: string | null

  constructor(
    private readonly dir: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.origin = readOrigin(join(dir, SYNC_SERVER_FILE))
  }

  /** The origin the CSP admits now (read once at start, then kept up to date by setServer). */
  serverOrigin(): string | null {
    return this.origin
  }

  /** Saves the server address ('' forgets it); resolves to the origin now admitted. */
  async setServer(serverUrl: string): Promise<string | null> {
    const origin = serverUrl === '' ? null : serverOrigin(serverUrl)
    if (serverUrl !== '' && !origin) throw new Error('服务器地址格式不正确')
    await writeFileAtomic(join(this.dir, SYNC_SERVER_FILE), new TextEncoder().encode(`${JSON.stringify({ origin })}\n`))
    this.origin = origin
    return origin
  }

  /** 'keychain': stored encrypted by the OS; 'session': not stored, asked once per session. */
  passwordStorage(): SyncPasswordStorage {
    if (!this.safeStorage.isEncryptionAvailable()) return 'session'
    // On Linux safeStorage falls back to a hard-coded key when no keychain runs: that is not keeping a secret.
    if (this.platform === 'linux') {
      const backend = this.safeStorage.getSelectedStorageBackend?.() ?? 'unknown'
      if (backend === 'basic_text' || backend === 'unknown') return 'session'
    }
    return 'keychain'
  }

  /** Stores the password encrypted ('' forgets it); false when this computer cannot keep it safely. */
  async savePassword(password: string): Promise<boolean> {
    const file = join(this.dir, SYNC_PASSWORD_FILE)
    if (password === '') {
      await rm(file, { force: true })
      return true
    }
    if (this.passwordStorage() !== 'keychain') {
      await rm(file, { force: true })
      return false
    }
    await writeFileAtomic(file, this.safeStorage.encryptString(password))
    return true
  }

  /** The stored password, or null (none stored, or the keychain no longer opens it). */
  async loadPassword(): Promise<string | null> {
    if (this.passwordStorage() !== 'keychain') return null
    try {
      return this.safeStorage.decryptString(await readFile(join(this.dir, SYNC_PASSWORD_FILE)))
    } catch {
      return null
    }
  }
}

function readOrigin(file: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { origin?: unknown }
    return typeof parsed.origin === 'string' ? serverOrigin(parsed.origin) : null
  } catch {
    return null
  }
}
