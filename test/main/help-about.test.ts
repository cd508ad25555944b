import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { getVersion: vi.fn(() => '1.2.3'), getPath: vi.fn(() => 'C:\\Users\\李老师\\AppData\\Roaming\\社工督导工作台') },
  BrowserWindow: { getFocusedWindow: vi.fn(() => null) },
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  shell: { openPath: vi.fn(() => Promise.resolve('')) },
}))
vi.mock('electron', () => electron)

import { buildAboutOptions, showAboutDialog } from '../../src/main/about'
import { helpUrlFor, showHelp, type HelpWindow } from '../../src/main/help'

describe('关于', () => {
  beforeEach(() => vi.clearAllMocks())

  it('shows the version and the data location', () => {
    const options = buildAboutOptions({ version: '1.2.3', userDataPath: '/home/li/.config/社工督导工作台' })
    expect(options.title).toBe('关于 社工督导工作台')
    expect(options.detail).toContain('版本 1.2.3')
    expect(options.detail).toContain('数据位置：/home/li/.config/社工督导工作台')
    expect(options.buttons).toEqual(['确定', '打开数据文件夹'])
  })

  it('uses app.getVersion and userData, and opens the folder on request', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    showAboutDialog()
    expect(electron.app.getPath).toHaveBeenCalledWith('userData')
    const options = (electron.dialog.showMessageBox.mock.calls[0] as unknown[])[0] as { detail: string }
    expect(options.detail).toContain('版本 1.2.3')
    expect(options.detail).toContain('AppData\\Roaming\\社工督导工作台')
    await vi.waitFor(() =>
      expect(electron.shell.openPath).toHaveBeenCalledWith('C:\\Users\\李老师\\AppData\\Roaming\\社工督导工作台'),
    )
  })

  it('does not open the folder when dismissed', async () => {
    showAboutDialog()
    await new Promise((r) => setTimeout(r, 0))
    expect(electron.shell.openPath).not.toHaveBeenCalled()
  })
})

describe('使用指南', () => {
  it.each([
    ['app://studio/index.html#/sessions/abc', 'app://studio/index.html#/help'],
    ['app://studio/index.html', 'app://studio/index.html#/help'],
    ['app://studio/', 'app://studio/#/help'],
    ['http://localhost:5173/#/home', 'http://localhost:5173/#/help'],
  ])('%s → %s', (current, expected) => {
    expect(helpUrlFor(current, 'http://localhost:5173')).toBe(expected)
  })

  it.each(['', 'about:blank', 'https://evil.example/#/x', 'http://localhost:5173/#/home', 'file:///tmp/index.html'])(
    'goes back to our own page from %j',
    (current) => {
      expect(helpUrlFor(current)).toBe('app://studio/index.html#/help')
    },
  )

  it('brings the window forward and loads the help route', () => {
    const win = {
      isDestroyed: vi.fn(() => false),
      isMinimized: vi.fn(() => true),
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      webContents: { getURL: vi.fn(() => 'app://studio/index.html#/home'), loadURL: vi.fn(() => Promise.resolve()) },
    }
    showHelp(win as unknown as HelpWindow)
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
    expect(win.webContents.loadURL).toHaveBeenCalledWith('app://studio/index.html#/help')
  })

  it('does nothing without a window', () => {
    expect(() => showHelp(null)).not.toThrow()
  })
})
