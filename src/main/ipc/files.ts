/**
 * IPC area: saving and opening files through the system dialogs. The renderer never names
 * a path: the user picks it in the dialog, and the main process does the reading and writing.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import { IPC_CHANNELS, MAX_FILE_BYTES } from '@shared/ipc-contract'
import type { OpenedFile, SaveFileResult } from '@shared/studio-api'
import { writeFileAtomic } from '../fs-atomic'
import type { GuardedHandle } from './guard'
import { IPC_ARGS } from './schemas'

type Filters = { name: string; extensions: string[] }[] | undefined

function windowFor(sender: Electron.WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender)
}

function copyFilters(filters: Filters): Electron.FileFilter[] | undefined {
  return filters?.map((f) => ({ name: f.name, extensions: [...f.extensions] }))
}

export function registerFileHandlers(handle: GuardedHandle): void {
  handle(IPC_CHANNELS.saveFile, IPC_ARGS.saveFile, async ([request], event): Promise<SaveFileResult> => {
    const options: SaveDialogOptions = {
      title: '保存文件',
      buttonLabel: '保存',
      defaultPath: join(app.getPath('documents'), request.suggestedName),
      filters: copyFilters(request.filters),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }
    const win = windowFor(event.sender)
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { saved: false }
    await writeFileAtomic(result.filePath, request.data)
    return { saved: true, path: result.filePath }
  })

  handle(IPC_CHANNELS.openFile, IPC_ARGS.openFile, async ([request], event): Promise<OpenedFile | null> => {
    const options: OpenDialogOptions = {
      title: '打开文件',
      buttonLabel: '打开',
      filters: copyFilters(request.filters),
      properties: ['openFile'],
    }
    const win = windowFor(event.sender)
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    const filePath = result.filePaths[0]
    if (result.canceled || !filePath) return null
    const info = await stat(filePath)
    if (!info.isFile()) throw new Error('所选项目不是文件')
    if (info.size > MAX_FILE_BYTES) throw new Error('文件超过 200 MB，无法打开')
    const buffer = await readFile(filePath)
    // A plain, exactly-sized Uint8Array: IPC would otherwise copy a Buffer's whole backing store.
    const data = new Uint8Array(buffer.byteLength)
    data.set(buffer)
    return { name: basename(filePath), data }
  })
}
