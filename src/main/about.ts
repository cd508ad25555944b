/** The 关于 dialog: version and where the data lives. */
import { app, BrowserWindow, dialog, shell, type MessageBoxOptions } from 'electron'
import { APP_NAME } from '@shared/app-info'

export function buildAboutOptions(input: { version: string; userDataPath: string }): MessageBoxOptions {
  return {
    type: 'info',
    title: `关于 ${APP_NAME}`,
    message: APP_NAME,
    detail:
      `版本 ${input.version}\n\n` +
      `数据位置：${input.userDataPath}\n` +
      '数据只保存在本机，不会上传到任何服务器。换电脑时请用“设置 → 备份与恢复”导出备份文件，' +
      '不要直接复制这个文件夹。',
    buttons: ['确定', '打开数据文件夹'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}

export function showAboutDialog(): void {
  const userDataPath = app.getPath('userData')
  const options = buildAboutOptions({ version: app.getVersion(), userDataPath })
  const win = BrowserWindow.getFocusedWindow()
  const shown = win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)
  void shown
    .then(({ response }) => {
      if (response === 1) return shell.openPath(userDataPath)
      return undefined
    })
    .catch(() => undefined)
}
