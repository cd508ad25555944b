/**
 * The bridge: one named function per capability, each bound to its fixed channel.
 * Never expose ipcRenderer itself or a generic invoke(channel) — the renderer must not be
 * able to reach channels we did not decide to give it — and never hand the renderer an
 * IpcRendererEvent (its `sender` is ipcRenderer).
 *
 * Bundled as CommonJS for the sandbox; imports only 'electron' and the channel constants.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS, IPC_EVENTS } from '@shared/ipc-contract'
import type { DistrictConnectionRequest, OpenFileRequest, SaveFileRequest, StudioApi, SyncConnectionRequest, WriteAutoBackupRequest } from '@shared/studio-api'

/**
 * What runs before the window closes (the quit backup). The preload always answers the
 * main process — at once when nothing is registered — so closing never waits for nothing.
 */
const quitHandlers = new Set<() => Promise<void>>()
ipcRenderer.on(IPC_EVENTS.beforeQuit, () => {
  const runs = [...quitHandlers].map((handler) => Promise.resolve().then(() => handler()))
  void Promise.allSettled(runs).then(() => ipcRenderer.invoke(IPC_CHANNELS.beforeQuitDone).catch(() => undefined))
})

const api = {
  platform: 'electron',
  getAppVersion: () => ipcRenderer.invoke(IPC_CHANNELS.getAppVersion),
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request: OpenFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  takePendingBackupFile: () => ipcRenderer.invoke(IPC_CHANNELS.takePendingBackupFile),
  onOpenBackupFile: (listener: () => void) => {
    if (typeof listener !== 'function') throw new TypeError('onOpenBackupFile needs a function')
    // The renderer's listener gets no arguments: no event object, no sender.
    const forward = (): void => {
      listener()
    }
    ipcRenderer.on(IPC_EVENTS.backupFileWaiting, forward)
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.backupFileWaiting, forward)
    }
  },
  writeAutoBackup: (request: WriteAutoBackupRequest) => ipcRenderer.invoke(IPC_CHANNELS.writeAutoBackup, request),
  listAutoBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listAutoBackups),
  readAutoBackup: (name: string) => ipcRenderer.invoke(IPC_CHANNELS.readAutoBackup, name),
  setSyncServer: (serverUrl: string) => ipcRenderer.invoke(IPC_CHANNELS.syncSetServer, { serverUrl }),
  syncPasswordStorage: () => ipcRenderer.invoke(IPC_CHANNELS.syncPasswordStorage),
  saveSyncPassword: (password: string) => ipcRenderer.invoke(IPC_CHANNELS.syncSavePassword, { password }),
  loadSyncPassword: () => ipcRenderer.invoke(IPC_CHANNELS.syncLoadPassword),
  testSyncConnection: (request: SyncConnectionRequest) => ipcRenderer.invoke(IPC_CHANNELS.syncTestConnection, request),
  testDistrictConnection: (request: DistrictConnectionRequest) => ipcRenderer.invoke(IPC_CHANNELS.districtTestConnection, request),
  onBeforeQuit: (handler: () => Promise<void>) => {
    if (typeof handler !== 'function') throw new TypeError('onBeforeQuit needs a function')
    quitHandlers.add(handler)
    return () => {
      quitHandlers.delete(handler)
    }
  },
} satisfies StudioApi

contextBridge.exposeInMainWorld('studio', api)
