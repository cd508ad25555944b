/** Registers every IPC area behind the sender/argument guard. */
import { BackupFileInbox } from '../backup-file'
import { registerAppHandlers } from './app'
import { registerAutoBackupHandlers } from './auto-backups'
import { registerBackupFileHandlers } from './backup-file'
import { registerFileHandlers } from './files'
import { createGuardedHandle, type IpcGuardContext } from './guard'

export interface IpcServices {
  /** Where a .sgbak opened from the desktop waits for the renderer. */
  backupFiles: BackupFileInbox
  /** The folder of automatic backups (<userData>/auto-backups). */
  autoBackupDir: () => string
  /** Called when the renderer has finished its writes before the window closes. */
  onQuitFlushed: () => void
}

const defaultServices = (): IpcServices => ({
  backupFiles: new BackupFileInbox(),
  autoBackupDir: () => {
    throw new Error('自动备份文件夹未配置')
  },
  onQuitFlushed: () => undefined,
})

export function registerIpcHandlers(context: IpcGuardContext, services: Partial<IpcServices> = {}): void {
  const s = { ...defaultServices(), ...services }
  const handle = createGuardedHandle(context)
  registerAppHandlers(handle)
  registerFileHandlers(handle)
  registerBackupFileHandlers(handle, s.backupFiles)
  registerAutoBackupHandlers(handle, { dir: s.autoBackupDir, onQuitFlushed: s.onQuitFlushed })
}
