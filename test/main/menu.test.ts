import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t) => t) } }))

import { buildMenuTemplate } from '../../src/main/menu'

function labels(items: MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).filter((item) => item.type !== 'separator').map((item) => item.label ?? '')
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = template.find((entry) => entry.label === label)
  return (item?.submenu ?? []) as MenuItemConstructorOptions[]
}

describe('buildMenuTemplate', () => {
  const onAbout = vi.fn()
  const onHelp = vi.fn()
  const prod = buildMenuTemplate({ isDev: false, platform: 'win32', onAbout, onHelp })
  const dev = buildMenuTemplate({ isDev: true, platform: 'win32', onAbout, onHelp })

  it('has the Chinese top-level menus', () => {
    expect(labels(prod)).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it('has the expected items', () => {
    expect(labels(submenu(prod, '文件'))).toEqual(['退出'])
    expect(labels(submenu(prod, '编辑'))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选'])
    expect(labels(submenu(prod, '视图'))).toEqual(['重新加载', '实际大小', '放大', '缩小', '全屏'])
    expect(labels(submenu(prod, '帮助'))).toEqual(['使用指南', '关于 社工督导工作台'])
  })

  it('uses roles for the standard actions', () => {
    expect(submenu(prod, '文件')[0]?.role).toBe('quit')
    expect(submenu(prod, '编辑').map((i) => i.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
  })

  it('shows 开发者工具 only in development', () => {
    const all = JSON.stringify(prod)
    expect(all).not.toContain('开发者工具')
    expect(all).not.toContain('toggleDevTools')
    expect(labels(submenu(dev, '视图'))).toContain('开发者工具')
  })

  it('calls onAbout from 帮助 → 关于', () => {
    const about = submenu(prod, '帮助').find((i) => i.label === '关于 社工督导工作台')
    ;(about?.click as unknown as () => void)()
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('opens the guide from 帮助 → 使用指南 with F1', () => {
    const guide = submenu(prod, '帮助')[0]
    expect(guide?.label).toBe('使用指南')
    expect(guide?.accelerator).toBe('F1')
    ;(guide?.click as unknown as () => void)()
    expect(onHelp).toHaveBeenCalledTimes(1)
  })

  it('gives the standard items their shortcuts through roles', () => {
    // Electron supplies each role's platform accelerator (Ctrl+Z / ⌘Z, Ctrl+C, F11 …).
    expect(submenu(prod, '视图').map((i) => i.role).filter(Boolean)).toEqual([
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
  })

  it('adds the application menu first on macOS, with 关于 and 退出 there', () => {
    const mac = buildMenuTemplate({ isDev: false, platform: 'darwin', onAbout, onHelp })
    expect(labels(mac)).toEqual(['社工督导工作台', '文件', '编辑', '视图', '帮助'])
    expect(labels(submenu(mac, '社工督导工作台'))).toEqual([
      '关于 社工督导工作台',
      '隐藏 社工督导工作台',
      '隐藏其他',
      '全部显示',
      '退出 社工督导工作台',
    ])
    expect(submenu(mac, '文件').map((i) => i.role)).toEqual(['close'])
    expect(labels(submenu(mac, '帮助'))).toEqual(['使用指南', '关于 社工督导工作台'])
  })
})
