/** Registers every IPC area behind the sender/argument guard. */
import { BackupFileInbox } from '../backup-file'
import { registerAppHandlers } from './app'
import { registerBackupFileHandlers } from './backup-file'
import { registerFileHandlers } from './files'
import { createGuardedHandle, type IpcGuardContext } from './guard'

export interface IpcServices {
  /** Where a .sgbak opened from the desktop waits for the renderer. */
  backupFiles: BackupFileInbox
}

export function registerIpcHandlers(
  context: IpcGuardContext,
  services: IpcServices = { backupFiles: new BackupFileInbox() },
): void {
  const handle = createGuardedHandle(context)
  registerAppHandlers(handle)
  registerFileHandlers(handle)
  registerBackupFileHandlers(handle, services.backupFiles)
}
