/** IPC area: 设置 → 同步 — the sync server's address (for the CSP) and the password, kept by main. */
import { IPC_CHANNELS } from '@shared/ipc-contract'
import type { DistrictConnectionResult, SyncConnectionResult, SyncPasswordStorage } from '@shared/studio-api'
import { testDistrictConnectionFromMain, testSyncConnectionFromMain, type FetchServer } from '../sync-probe'
import type { SyncStore } from '../sync-store'
import type { GuardedHandle } from './guard'
import { IPC_ARGS } from './schemas'

export type SyncStoreLike = Pick<SyncStore, 'setServer' | 'passwordStorage' | 'savePassword' | 'loadPassword'>

export function registerSyncHandlers(handle: GuardedHandle, store: () => SyncStoreLike, fetchServer: FetchServer): void {
  handle(IPC_CHANNELS.syncTestConnection, IPC_ARGS.syncTestConnection, ([{ password, ...config }]): Promise<SyncConnectionResult> =>
    testSyncConnectionFromMain(config, password, fetchServer),
  )
  handle(IPC_CHANNELS.districtTestConnection, IPC_ARGS.districtTestConnection, ([{ password, ...config }]): Promise<SyncConnectionResult | DistrictConnectionResult> =>
    testDistrictConnectionFromMain(config, password, fetchServer),
  )
  handle(IPC_CHANNELS.syncSetServer, IPC_ARGS.syncSetServer, ([{ serverUrl }]): Promise<string | null> => store().setServer(serverUrl))
  handle(IPC_CHANNELS.syncPasswordStorage, IPC_ARGS.syncPasswordStorage, (): SyncPasswordStorage => store().passwordStorage())
  handle(IPC_CHANNELS.syncSavePassword, IPC_ARGS.syncSavePassword, ([{ password }]): Promise<boolean> => store().savePassword(password))
  handle(IPC_CHANNELS.syncLoadPassword, IPC_ARGS.syncLoadPassword, (): Promise<string | null> => store().loadPassword())
}
