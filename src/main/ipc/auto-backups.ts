/** IPC area: automatic backups in the app's data folder (see ../auto-backups.ts) and the quit hand-shake. */
import { IPC_CHANNELS } from '@shared/ipc-contract'
import type { AutoBackupEntry } from '@shared/studio-api'
import { listAutoBackupFiles, readAutoBackupFile, writeAutoBackupFile } from '../auto-backups'
import type { GuardedHandle } from './guard'
import { IPC_ARGS } from './schemas'

export function registerAutoBackupHandlers(
  handle: GuardedHandle,
  options: { dir: () => string; onQuitFlushed: () => void },
): void {
  handle(IPC_CHANNELS.writeAutoBackup, IPC_ARGS.writeAutoBackup, ([request]): Promise<AutoBackupEntry> =>
    writeAutoBackupFile(options.dir(), request),
  )
  handle(IPC_CHANNELS.listAutoBackups, IPC_ARGS.listAutoBackups, (): Promise<AutoBackupEntry[]> =>
    listAutoBackupFiles(options.dir()),
  )
  handle(IPC_CHANNELS.readAutoBackup, IPC_ARGS.readAutoBackup, ([name]): Promise<Uint8Array> =>
    readAutoBackupFile(options.dir(), name),
  )
  handle(IPC_CHANNELS.beforeQuitDone, IPC_ARGS.beforeQuitDone, () => {
    options.onQuitFlushed()
  })
}
