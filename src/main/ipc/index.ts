/** Registers every IPC area behind the sender/argument guard. */
import { BackupFileInbox } from '../backup-file'
import { registerAppHandlers } from './app'
import { registerAutoBackupHandlers } from './auto-backups'
import { registerBackupFileHandlers } from './backup-file'
import { registerFileHandlers } from './files'
import { createGuardedHandle, type IpcGuardContext } from './guard'
import { registerSyncHandlers, type SyncStoreLike } from './sync'
import type { FetchServer } from '../sync-probe'

export interface IpcServices {
  /** Where a .sgbak opened from the desktop waits for the renderer. */
  backupFiles: BackupFileInbox
  /** The folder of automatic backups (<userData>/auto-backups). */
  autoBackupDir: () => string
  /** Called when the renderer has finished its writes before the window closes. */
  onQuitFlushed: () => void
  /** The sync server's origin and the sync password (<userData>, ../sync-store.ts). */
  syncStore: () => SyncStoreLike
  /** GET of the sync server's front page through Chromium's network stack (electron's net.fetch). */
  fetchServer: FetchServer
}

const defaultServices = (): IpcServices => ({
  backupFiles: new BackupFileInbox(),
  autoBackupDir: () => {
    throw new Error('自动备份文件夹未配置')
  },
  onQuitFlushed: () => undefined,
  syncStore: () => {
    throw new Error('同步设置的保存位置未配置')
  },
  fetchServer: () => Promise.reject(new Error('未配置网络访问')),
})

export function registerIpcHandlers(context: IpcGuardContext, services: Partial<IpcServices> = {}): void {
  const s = { ...defaultServices(), ...services }
  const handle = createGuardedHandle(context)
  registerAppHandlers(handle)
  registerFileHandlers(handle)
  registerBackupFileHandlers(handle, s.backupFiles)
  registerAutoBackupHandlers(handle, { dir: s.autoBackupDir, onQuitFlushed: s.onQuitFlushed })
  registerSyncHandlers(handle, s.syncStore, s.fetchServer)
}
