/** The 关于 dialog. */
import { app, BrowserWindow, dialog, type MessageBoxOptions } from 'electron'
import { APP_NAME } from '@shared/app-info'

export function showAboutDialog(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: `关于 ${APP_NAME}`,
    message: APP_NAME,
    detail: `版本 ${app.getVersion()}\n数据只保存在本机。`,
    buttons: ['确定'],
    noLink: true,
  }
  const win = BrowserWindow.getFocusedWindow()
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))
}
