/** The Chinese application menu, built by a pure function. */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import { APP_NAME } from '@shared/app-info'

export interface MenuOptions {
  isDev: boolean
  /** process.platform; macOS gets its application menu first. */
  platform?: NodeJS.Platform
  onAbout: () => void
  /** 帮助 → 使用指南 (F1): shows the bundled guide. */
  onHelp: () => void
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isDev, platform = process.platform, onAbout, onHelp } = options
  const aboutLabel = `关于 ${APP_NAME}`

  const viewItems: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ]
  if (isDev) {
    viewItems.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' })
  }

  const template: MenuItemConstructorOptions[] = []
  if (platform === 'darwin') {
    template.push({
      label: APP_NAME,
      submenu: [
        { label: aboutLabel, click: onAbout },
        { type: 'separator' },
        { label: `隐藏 ${APP_NAME}`, role: 'hide' },
        { label: '隐藏其他', role: 'hideOthers' },
        { label: '全部显示', role: 'unhide' },
        { type: 'separator' },
        { label: `退出 ${APP_NAME}`, role: 'quit' },
      ],
    })
  }
  template.push(
    {
      label: '文件',
      // macOS quits from the application menu; its 文件 menu closes the window instead.
      submenu: platform === 'darwin' ? [{ label: '关闭窗口', role: 'close' }] : [{ label: '退出', role: 'quit' }],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: viewItems },
    {
      label: '帮助',
      submenu: [
        { label: '使用指南', accelerator: 'F1', click: onHelp },
        { type: 'separator' },
        { label: aboutLabel, click: onAbout },
      ],
    },
  )
  return template
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)))
}
