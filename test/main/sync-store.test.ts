import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SYNC_PASSWORD_FILE, SYNC_SERVER_FILE, SyncStore, type SafeStorageLike } from '../../src/main/sync-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-store-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** safeStorage with a given Linux backend; "encrypts" by reversing the bytes, so clear text shows. */
function safeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(text).reverse(),
    decryptString: (data) => Buffer.from(data).reverse().toString(),
    getSelectedStorageBackend: () => backend,
  }
}

describe('SyncStore', () => {
  it('keeps the password only encrypted by the keychain and gives it back', async () => {
    const store = new SyncStore(dir, safeStorage('gnome_libsecret'), 'linux')
    expect(store.passwordStorage()).toBe('keychain')
    expect(await store.savePassword('门店-pass-1234')).toBe(true)
    const onDisk = await readFile(join(dir, SYNC_PASSWORD_FILE))
    expect(onDisk.toString()).not.toContain('pass-1234')
    expect(await new SyncStore(dir, safeStorage('gnome_libsecret'), 'linux').loadPassword()).toBe('门店-pass-1234')
    expect(await store.savePassword('')).toBe(true)
    expect(await store.loadPassword()).toBeNull()
  })

  it.each([
    ['Linux without a keychain (basic_text: a fixed key)', safeStorage('basic_text'), 'linux'],
    ['Linux with an unknown backend', safeStorage('unknown'), 'linux'],
    ['no encryption at all', safeStorage('gnome_libsecret', false), 'win32'],
  ] as const)('does not store the password on %s: asked once per session', async (_label, storage, platform) => {
    const store = new SyncStore(dir, storage, platform)
    expect(store.passwordStorage()).toBe('session')
    expect(await store.savePassword('pass-1234')).toBe(false)
    await expect(readFile(join(dir, SYNC_PASSWORD_FILE))).rejects.toThrow()
    expect(await store.loadPassword()).toBeNull()
  })

  it('uses the keychain on Windows and macOS whatever getSelectedStorageBackend says', () => {
    expect(new SyncStore(dir, safeStorage('unknown'), 'win32').passwordStorage()).toBe('keychain')
    expect(new SyncStore(dir, safeStorage('unknown'), 'darwin').passwordStorage()).toBe('keychain')
  })

  it('answers null when the keychain no longer opens the stored password', async () => {
    await writeFile(join(dir, SYNC_PASSWORD_FILE), 'x')
    const broken = { ...safeStorage('kwallet5'), decryptString: () => { throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.') } }
    expect(await new SyncStore(dir, broken, 'linux').loadPassword()).toBeNull()
  })

  it('saves the server as an origin, reads it back at the next start, and forgets it', async () => {
    const store = new SyncStore(dir, safeStorage('kwallet5'), 'linux')
    expect(store.serverOrigin()).toBeNull()
    expect(await store.setServer('https://couch.linquan.example:6984/')).toBe('https://couch.linquan.example:6984')
    expect(new SyncStore(dir, safeStorage('kwallet5'), 'linux').serverOrigin()).toBe('https://couch.linquan.example:6984')
    await expect(store.setServer('https://user:pw@couch.example')).rejects.toThrow('服务器地址格式不正确')
    expect(store.serverOrigin()).toBe('https://couch.linquan.example:6984')
    expect(await store.setServer('')).toBeNull()
    expect(new SyncStore(dir, safeStorage('kwallet5'), 'linux').serverOrigin()).toBeNull()
  })

  it('admits nothing when the saved file is damaged or names no http(s) origin', async () => {
    await writeFile(join(dir, SYNC_SERVER_FILE), '{"origin": "javascript:alert(1)"}')
    expect(new SyncStore(dir, safeStorage('kwallet5'), 'linux').serverOrigin()).toBeNull()
    await writeFile(join(dir, SYNC_SERVER_FILE), '{not json')
    expect(new SyncStore(dir, safeStorage('kwallet5'), 'linux').serverOrigin()).toBeNull()
  })
})
