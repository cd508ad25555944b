/** IPC area: handing a .sgbak file opened from the desktop to the renderer (see ../backup-file.ts). */
import { IPC_CHANNELS } from '@shared/ipc-contract'
import type { OpenedFile } from '@shared/studio-api'
import { readBackupFile, type BackupFileInbox } from '../backup-file'
import type { GuardedHandle } from './guard'
import { IPC_ARGS } from './schemas'

export function registerBackupFileHandlers(handle: GuardedHandle, inbox: BackupFileInbox): void {
  handle(IPC_CHANNELS.takePendingBackupFile, IPC_ARGS.takePendingBackupFile, async (): Promise<OpenedFile | null> => {
    const path = inbox.take()
    if (!path) return null
    return readBackupFile(path)
  })
}
