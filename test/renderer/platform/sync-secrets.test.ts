// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { StudioApi } from '@shared/studio-api'

/** A fresh module (its session memory and the host it found) with `host` as window.studio. */
async function secretsWith(host: Partial<StudioApi> | undefined) {
  vi.resetModules()
  ;(window as { studio?: unknown }).studio = host
  return import('../../../src/renderer/src/platform/sync-secrets')
}
afterEach(() => {
  delete (window as { studio?: unknown }).studio
})

function electronHost(storage: 'keychain' | 'session') {
  let stored: string | null = null
  let origin: string | null = null
  const host = {
    platform: 'electron' as const,
    syncPasswordStorage: vi.fn(async () => storage),
    saveSyncPassword: vi.fn(async (p: string) => {
      if (storage !== 'keychain') return false
      stored = p || null
      return true
    }),
    loadSyncPassword: vi.fn(async () => stored),
    setSyncServer: vi.fn(async (url: string) => (origin = url || null)),
  }
  return { host, stored: () => stored, origin: () => origin }
}

describe('the sync password and server on this computer', () => {
  it('Electron with a keychain: kept there, found again by the next page', async () => {
    const e = electronHost('keychain')
    const first = await secretsWith(e.host)
    expect(await first.passwordStorage()).toBe('keychain')
    await first.rememberPassword('pass-1234')
    expect(e.stored()).toBe('pass-1234')
    const next = await secretsWith(e.host)
    expect(await next.recallPassword()).toBe('pass-1234')
    await next.forgetPassword()
    expect(e.stored()).toBeNull()
  })

  it('no keychain (Linux basic_text) or the browser build: this session only', async () => {
    const e = electronHost('session')
    const first = await secretsWith(e.host)
    await first.rememberPassword('pass-1234')
    expect(await first.recallPassword()).toBe('pass-1234')
    expect(await (await secretsWith(e.host)).recallPassword()).toBeNull()
    const browser = await secretsWith(undefined)
    expect(await browser.passwordStorage()).toBe('session')
    await browser.rememberPassword('pass-1234')
    expect(await browser.recallPassword()).toBe('pass-1234')
    expect(await (await secretsWith(undefined)).recallPassword()).toBeNull()
  })

  it('asks for a reload only when the server the CSP admits changes (Electron), never in the browser', async () => {
    const e = electronHost('keychain')
    const s = await secretsWith(e.host)
    expect(await s.admitServer('https://couch.example:6984', 'https://couch.example:6984')).toBe(false)
    expect(await s.admitServer('https://other.example:6984', 'https://couch.example:6984')).toBe(true)
    expect(e.origin()).toBe('https://other.example:6984')
    expect(await s.admitServer(null, null)).toBe(false)
    expect(await (await secretsWith(undefined)).admitServer('https://other.example', null)).toBe(false)
  })
})
