import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve('ok')),
    send: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}))
vi.mock('electron', () => electron)

import { IPC_CHANNELS, IPC_EVENTS } from '../../src/shared/ipc-contract'
import type { StudioApi } from '../../src/shared/studio-api'

async function loadPreload(): Promise<{ key: string; api: Record<string, unknown> }> {
  vi.resetModules()
  electron.contextBridge.exposeInMainWorld.mockClear()
  await import('../../src/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>]
  return { key, api }
}

describe('preload', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockClear()
    electron.ipcRenderer.on.mockClear()
    electron.ipcRenderer.removeListener.mockClear()
  })

  it("exposes one object as 'studio'", async () => {
    const { key } = await loadPreload()
    expect(key).toBe('studio')
  })

  it('exposes only named functions and the platform string', async () => {
    const { api } = await loadPreload()
    expect(Object.keys(api).sort()).toEqual([
      'getAppVersion',
      'listAutoBackups',
      'loadSyncPassword',
      'onBeforeQuit',
      'onOpenBackupFile',
      'openFile',
      'platform',
      'readAutoBackup',
      'saveFile',
      'saveSyncPassword',
      'setSyncServer',
      'syncPasswordStorage',
      'takePendingBackupFile',
      'testDistrictConnection',
      'testSyncConnection',
      'writeAutoBackup',
    ])
    expect(api.platform).toBe('electron')
    for (const [name, value] of Object.entries(api)) {
      if (name === 'platform') continue
      expect(typeof value, name).toBe('function')
    }
    // Never ipcRenderer itself or a generic invoke.
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer)
      expect(value).not.toBe(electron.ipcRenderer.invoke)
    }
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('ipcRenderer')
    expect(api).not.toHaveProperty('send')
  })

  it('saveFile invokes the save channel with the request only', async () => {
    const { api } = await loadPreload()
    const request = { suggestedName: '督导报告.docx', data: new Uint8Array([1]) }
    await (api as unknown as StudioApi).saveFile(request)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.saveFile, request)
  })

  it('the sync functions send the address and the password only on their own channels', async () => {
    const { api } = await loadPreload()
    const studio = api as unknown as Required<StudioApi>
    await studio.setSyncServer('https://couch.example:6984')
    await studio.saveSyncPassword('pass-1234')
    await studio.loadSyncPassword()
    await studio.syncPasswordStorage()
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.syncSetServer, { serverUrl: 'https://couch.example:6984' }],
      [IPC_CHANNELS.syncSavePassword, { password: 'pass-1234' }],
      [IPC_CHANNELS.syncLoadPassword],
      [IPC_CHANNELS.syncPasswordStorage],
    ])
  })

  it('openFile and getAppVersion use their own channels', async () => {
    const { api } = await loadPreload()
    const studio = api as unknown as StudioApi
    await studio.openFile({})
    await studio.getAppVersion()
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[IPC_CHANNELS.openFile, {}], [IPC_CHANNELS.getAppVersion]])
  })

  it('ignores extra arguments a page might pass to getAppVersion', async () => {
    const { api } = await loadPreload()
    await (api.getAppVersion as (...args: unknown[]) => Promise<unknown>)('studio:save-file', { x: 1 })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.getAppVersion)
  })

  it('takePendingBackupFile invokes its channel with no arguments', async () => {
    const { api } = await loadPreload()
    await (api.takePendingBackupFile as (...args: unknown[]) => Promise<unknown>)('/etc/passwd')
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[IPC_CHANNELS.takePendingBackupFile]])
  })

  it('onOpenBackupFile forwards the event without its event object, and unsubscribes', async () => {
    const { api } = await loadPreload()
    const listener = vi.fn()
    electron.ipcRenderer.on.mockClear()
    const unsubscribe = (api as unknown as Required<StudioApi>).onOpenBackupFile(listener)
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1)
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (...args: unknown[]) => void]
    expect(channel).toBe(IPC_EVENTS.backupFileWaiting)
    forward({ sender: electron.ipcRenderer }, 'extra')
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]).toEqual([])
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENTS.backupFileWaiting, forward)
  })

  it('onOpenBackupFile refuses a non-function', async () => {
    const { api } = await loadPreload()
    electron.ipcRenderer.on.mockClear()
    expect(() => (api.onOpenBackupFile as (x: unknown) => unknown)('studio:save-file')).toThrow(TypeError)
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })

  it('automatic backups use their own channels', async () => {
    const { api } = await loadPreload()
    const studio = api as unknown as Required<StudioApi>
    const request = { data: new Uint8Array([1]), reason: 'daily' as const, createdAt: '2025-03-06T06:02:00.000Z' }
    await studio.writeAutoBackup(request)
    await studio.listAutoBackups()
    await studio.readAutoBackup('auto-20250306-140200-daily.sgbak')
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.writeAutoBackup, request],
      [IPC_CHANNELS.listAutoBackups],
      [IPC_CHANNELS.readAutoBackup, 'auto-20250306-140200-daily.sgbak'],
    ])
  })

  function beforeQuitListener(): () => void {
    const call = electron.ipcRenderer.on.mock.calls.find((c) => c[0] === IPC_EVENTS.beforeQuit) as unknown as [string, () => void]
    expect(call).toBeDefined()
    return call[1]
  }

  it('answers before-quit at once when nothing is registered', async () => {
    electron.ipcRenderer.on.mockClear()
    await loadPreload()
    beforeQuitListener()()
    await vi.waitFor(() => expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.beforeQuitDone))
  })

  it('answers before-quit after the registered handler settles, even when it fails', async () => {
    electron.ipcRenderer.on.mockClear()
    const { api } = await loadPreload()
    let finish: () => void = () => undefined
    const handler = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const failing = vi.fn(() => Promise.reject(new Error('disk full')))
    const studio = api as unknown as Required<StudioApi>
    studio.onBeforeQuit(handler)
    const off = studio.onBeforeQuit(failing)
    beforeQuitListener()()
    await Promise.resolve()
    await Promise.resolve()
    expect(handler).toHaveBeenCalledTimes(1)
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.beforeQuitDone))
    off()
    expect(() => studio.onBeforeQuit('x' as never)).toThrow(TypeError)
  })
})
