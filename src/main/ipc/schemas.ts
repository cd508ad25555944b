/** The IPC schemas from the shared contract, built with the main process's zod. */
import { z } from 'zod'
import { defineIpcSchemas } from '@shared/ipc-contract'

const ipcSchemas = defineIpcSchemas(z)
export const IPC_ARGS = ipcSchemas.args
