/**
 * Main-process entry: wires the single-concern modules together. Order matters:
 * the app:// scheme must be registered as privileged before 'ready', and the macOS
 * 'open-file' listener must exist before 'ready' too (a double-clicked .sgbak that starts
 * the app arrives that early).
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, net, safeStorage, screen, session, shell } from 'electron'
import { APP_NAME } from '@shared/app-info'
import { IPC_EVENTS } from '@shared/ipc-contract'
import { showAboutDialog } from './about'
import { autoBackupDir } from './auto-backups'
import { BackupFileInbox, backupPathFromArgv } from './backup-file'
import { showHelp } from './help'
import { registerIpcHandlers } from './ipc'
import { repairLevelDbLogs } from './leveldb-log-repair'
import { installApplicationMenu } from './menu'
import { installAppProtocol, registerAppScheme } from './protocol'
import { QuitFlush } from './quit-flush'
import { resolveRuntimeMode } from './runtime'
import { buildCsp, hardenWebContents, installPermissionHandlers, isSafeExternalUrl } from './security'
import { SyncStore } from './sync-store'
import { createMainWindow } from './window'
import { fitToDisplays, loadWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state'

const runtime = resolveRuntimeMode({ isPackaged: app.isPackaged, env: process.env })
let mainWindow: BrowserWindow | null = null

app.setName(APP_NAME)
// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox()
registerAppScheme()

/** A .sgbak opened from the desktop waits here until the renderer takes it. */
const backupFiles = new BackupFileInbox(
  () => {
    const contents = mainWindow?.webContents
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENTS.backupFileWaiting)
  },
  (message) => {
    const options = { type: 'warning' as const, title: APP_NAME, message, buttons: ['知道了'] }
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)).catch(() => undefined)
  },
)

/** The quit backup: the window waits (≤ 10 s) for the renderer's last writes before it closes. */
const quitFlush = new QuitFlush(app)

function bringToFront(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function openMainWindow(): void {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE)
  const primary = screen.getPrimaryDisplay()
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)]
  const placement = fitToDisplays(loadWindowState(stateFile), displays)
  mainWindow = createMainWindow({ isDev: runtime.isDev, devServerUrl: runtime.devServerUrl, placement })
  trackWindowState(mainWindow, stateFile)
  quitFlush.attach(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

/**
 * Before any window opens the studio's IndexedDB: a write a crash cut short in LevelDB's log is
 * removed, or Chromium appends to it and deletes the whole store at a later start
 * (src/main/leveldb-log-repair.ts). Only the instance holding the lock may touch the files, and
 * a failure here must not stop the app from starting.
 */
function repairIndexedDbLogs(): void {
  try {
    for (const { file, tail, action, rescue } of repairLevelDbLogs(join(app.getPath('userData'), 'IndexedDB'))) {
      if (action === 'trimmed' && tail.state === 'torn') console.warn(`[main] 已截去 ${file} 末尾被中断的写入（${tail.size - tail.cleanEnd} 字节）`)
      if (action === 'rescued' && rescue) console.warn(`[main] 已从 ${file} 中去掉被中断的写入，保留其后 ${rescue.kept} 条记录`)
      if (action === 'left' && tail.state === 'damaged') console.warn(`[main] ${file} 在 ${tail.at} 处损坏（${tail.reason}），未改动`)
    }
  } catch (error) {
    console.error('[main] 检查 IndexedDB 日志失败', error)
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  repairIndexedDbLogs()

  // Windows / Linux: a double-clicked backup file that started the app.
  backupFiles.offer(backupPathFromArgv(process.argv))

  // macOS: double-click, "open with" or a drop on the Dock icon; may come before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (backupFiles.offer(path)) bringToFront()
  })

  app.on('second-instance', (_event, argv, workingDirectory) => {
    backupFiles.offer(backupPathFromArgv(argv, workingDirectory))
    bringToFront()
  })

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      devOrigin: runtime.devOrigin,
      openExternal: (url) => {
        if (isSafeExternalUrl(url)) return shell.openExternal(url)
      },
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(() => {
      const syncStore = new SyncStore(app.getPath('userData'), safeStorage)
      // connect-src names the saved sync server: a page loaded after saving it may reach it.
      installAppProtocol(join(__dirname, '../renderer'), () => buildCsp({ syncOrigin: syncStore.serverOrigin() }))
      installPermissionHandlers(session.defaultSession)
      installApplicationMenu({
        isDev: runtime.isDev,
        onAbout: showAboutDialog,
        onHelp: () => showHelp(mainWindow, runtime.devOrigin),
      })
      registerIpcHandlers(
        {
          devOrigin: runtime.devOrigin,
          getTrustedContents: () => mainWindow?.webContents ?? null,
        },
        {
          backupFiles,
          autoBackupDir: () => autoBackupDir(app.getPath('userData')),
          onQuitFlushed: () => quitFlush.done(),
          syncStore: () => syncStore,
          fetchServer: (url, headers) => net.fetch(url, { method: 'GET', headers, credentials: 'omit' }),
        },
      )
      openMainWindow()

      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('[main] 启动失败', error)
      app.quit()
    })
}
