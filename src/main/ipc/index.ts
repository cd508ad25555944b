/** Registers every IPC area behind the sender/argument guard. */
import { registerAppHandlers } from './app'
import { registerFileHandlers } from './files'
import { createGuardedHandle, type IpcGuardContext } from './guard'

export function registerIpcHandlers(context: IpcGuardContext): void {
  const handle = createGuardedHandle(context)
  registerAppHandlers(handle)
  registerFileHandlers(handle)
}
