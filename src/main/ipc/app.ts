/** IPC area: facts about the application itself. */
import { app } from 'electron'
import { IPC_CHANNELS } from '@shared/ipc-contract'
import { IPC_ARGS } from './schemas'
import type { GuardedHandle } from './guard'

export function registerAppHandlers(handle: GuardedHandle): void {
  handle(IPC_CHANNELS.getAppVersion, IPC_ARGS.getAppVersion, () => app.getVersion())
}
