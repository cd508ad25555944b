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
  const prod = buildMenuTemplate({ isDev: false, platform: 'win32', onAbout })
  const dev = buildMenuTemplate({ isDev: true, platform: 'win32', onAbout })

  it('has the Chinese top-level menus', () => {
    expect(labels(prod)).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it('has the expected items', () => {
    expect(labels(submenu(prod, '文件'))).toEqual(['退出'])
    expect(labels(submenu(prod, '编辑'))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选'])
    expect(labels(submenu(prod, '视图'))).toEqual(['重新加载', '实际大小', '放大', '缩小', '全屏'])
    expect(labels(submenu(prod, '帮助'))).toEqual(['关于 社工督导工作台'])
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

  it('calls onAbout from 帮助', () => {
    const about = submenu(prod, '帮助')[0]
    ;(about?.click as unknown as () => void)()
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('adds the application menu first on macOS', () => {
    const mac = buildMenuTemplate({ isDev: false, platform: 'darwin', onAbout })
    expect(labels(mac)).toEqual(['社工督导工作台', '文件', '编辑', '视图', '帮助'])
  })
})
