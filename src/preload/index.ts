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
import type { OpenFileRequest, SaveFileRequest, StudioApi } from '@shared/studio-api'

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
} satisfies StudioApi

contextBridge.exposeInMainWorld('studio', api)
