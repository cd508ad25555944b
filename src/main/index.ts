/**
 * Main-process entry: wires the single-concern modules together. Order matters:
 * the app:// scheme must be registered as privileged before 'ready'.
 */
import { join } from 'node:path'
import { app, BrowserWindow, session, shell } from 'electron'
import { APP_NAME } from '@shared/app-info'
import { showAboutDialog } from './about'
import { registerIpcHandlers } from './ipc'
import { installApplicationMenu } from './menu'
import { installAppProtocol, registerAppScheme } from './protocol'
import { resolveRuntimeMode } from './runtime'
import { hardenWebContents, installPermissionHandlers, isSafeExternalUrl } from './security'
import { createMainWindow } from './window'

const runtime = resolveRuntimeMode({ isPackaged: app.isPackaged, env: process.env })
let mainWindow: BrowserWindow | null = null

app.setName(APP_NAME)
// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox()
registerAppScheme()

function openMainWindow(): void {
  mainWindow = createMainWindow({ isDev: runtime.isDev, devServerUrl: runtime.devServerUrl })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
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
      installAppProtocol(join(__dirname, '../renderer'))
      installPermissionHandlers(session.defaultSession)
      installApplicationMenu({ isDev: runtime.isDev, onAbout: showAboutDialog })
      registerIpcHandlers({
        devOrigin: runtime.devOrigin,
        getTrustedContents: () => mainWindow?.webContents ?? null,
      })
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
