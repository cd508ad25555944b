/**
 * The bridge: one named function per capability, each bound to its fixed channel.
 * Never expose ipcRenderer itself or a generic invoke(channel) — the renderer must not be
 * able to reach channels we did not decide to give it.
 *
 * Bundled as CommonJS for the sandbox; imports only 'electron' and the channel constants.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS } from '@shared/ipc-contract'
import type { OpenFileRequest, SaveFileRequest, StudioApi } from '@shared/studio-api'

const api = {
  platform: 'electron',
  getAppVersion: () => ipcRenderer.invoke(IPC_CHANNELS.getAppVersion),
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request: OpenFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
} satisfies StudioApi

contextBridge.exposeInMainWorld('studio', api)
