import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { BackupFileInbox, backupPathFromArgv, isBackupFilePath, isNetworkPath, readBackupFile } from '../../src/main/backup-file'

describe('backupPathFromArgv', () => {
  it.runIf(process.platform === 'win32')('takes a Windows path as it is', () => {
    const argv = ['C:\\Program Files\\社工督导工作台\\社工督导工作台.exe', 'D:\\U盘\\工作室备份.sgbak']
    expect(backupPathFromArgv(argv, 'C:\\')).toBe('D:\\U盘\\工作室备份.sgbak')
  })

  it.each([
    [['/opt/studio/studio', '/home/a/备份.SGBAK'], '/home/a/备份.SGBAK'],
    [['studio', '/home/a/备份.sgbak', '--allow-file-access-from-files', '--original-process-start-time=1'], '/home/a/备份.sgbak'],
    [['studio', '/a/one.sgbak', '/a/two.sgbak'], '/a/two.sgbak'],
  ])('%j → %s', (argv, expected) => {
    expect(backupPathFromArgv(argv, '/cwd')).toBe(expected)
  })

  it('resolves a relative path against the working directory it was given', () => {
    expect(backupPathFromArgv(['studio', 'backups/a.sgbak'], '/home/a')).toBe(resolve('/home/a', 'backups/a.sgbak'))
  })

  it.each([
    [[]],
    [['studio.exe']],
    [['studio.sgbak']], // argv[0] is the program, never a file
    [['studio', '.']],
    [['studio', '--inspect=9229']],
    [['studio', '--file=/a/b.sgbak']],
    [['studio', '/a/report.docx']],
    [['studio', '/a/sgbak']],
    [['studio', '/a/.sgbak']],
    [['studio', '/a/b.sgbak.exe']],
    [['studio', 42, null, { path: '/a.sgbak' }]],
    [['studio', 'a\u0000.sgbak']],
  ])('finds nothing in %j', (argv) => {
    expect(backupPathFromArgv(argv as unknown[], '/cwd')).toBeNull()
  })
})

describe('network paths', () => {
  it.each([
    '\\\\fileserver\\工作室\\备份.sgbak',
    '//fileserver/工作室/备份.sgbak',
    '\\\\?\\UNC\\fileserver\\share\\a.sgbak',
    '\\\\.\\pipe\\a.sgbak',
    'smb://fileserver/share/a.sgbak',
    'file://fileserver/share/a.sgbak',
  ])('%s is on the network', (path) => {
    expect(isNetworkPath(path)).toBe(true)
  })

  it.each(['C:\\Users\\a\\备份.sgbak', 'D:/U盘/a.sgbak', '/home/a/备份.sgbak', 'backups/a.sgbak'])('%s is local', (path) => {
    expect(isNetworkPath(path)).toBe(false)
  })

  it('keeps a network path found on the command line, or made from a network working directory, recognisable', () => {
    expect(backupPathFromArgv(['studio', '\\\\srv\\s\\a.sgbak'], '/home/a')).toBe('\\\\srv\\s\\a.sgbak')
    expect(isNetworkPath(backupPathFromArgv(['studio', 'a.sgbak'], '\\\\srv\\s') ?? '')).toBe(true)
  })

  it('the inbox refuses one with a Chinese message and does not tell the renderer', () => {
    const notify = vi.fn()
    const refuse = vi.fn()
    const inbox = new BackupFileInbox(notify, refuse)
    expect(inbox.offer('\\\\srv\\s\\a.sgbak')).toBe(false)
    expect(inbox.offer('smb://srv/s/a.sgbak')).toBe(false)
    expect(notify).not.toHaveBeenCalled()
    expect(refuse).toHaveBeenCalledTimes(2)
    expect(refuse.mock.calls[0]?.[0]).toMatch(/不能直接打开网络位置上的备份文件.*复制到这台电脑/)
    expect(inbox.take()).toBeNull()
  })

  it('is never read, even when asked directly', async () => {
    await expect(readBackupFile('//srv/s/a.sgbak')).rejects.toThrow('网络位置')
  })
})

describe('isBackupFilePath', () => {
  it('wants a string ending in .sgbak, any case', () => {
    expect(isBackupFilePath(join('/a', 'b.sgbak'))).toBe(true)
    expect(isBackupFilePath('/a/b.SgBak')).toBe(true)
    expect(isBackupFilePath('/a/b.json')).toBe(false)
    expect(isBackupFilePath(`/${'a'.repeat(5000)}.sgbak`)).toBe(false)
    expect(isBackupFilePath(undefined)).toBe(false)
  })
})

describe('BackupFileInbox', () => {
  it('notifies on offer and hands the path over once', () => {
    const notify = vi.fn()
    const inbox = new BackupFileInbox(notify)
    expect(inbox.offer('/a/b.sgbak')).toBe(true)
    expect(notify).toHaveBeenCalledTimes(1)
    expect(inbox.hasPending).toBe(true)
    expect(inbox.take()).toBe('/a/b.sgbak')
    expect(inbox.take()).toBeNull()
  })

  it('keeps the latest of two files', () => {
    const inbox = new BackupFileInbox()
    inbox.offer('/a/1.sgbak')
    inbox.offer('/a/2.sgbak')
    expect(inbox.take()).toBe('/a/2.sgbak')
  })

  it('ignores anything that is not a backup path, without notifying', () => {
    const notify = vi.fn()
    const inbox = new BackupFileInbox(notify)
    expect(inbox.offer(null)).toBe(false)
    expect(inbox.offer('/etc/passwd')).toBe(false)
    expect(notify).not.toHaveBeenCalled()
    expect(inbox.take()).toBeNull()
  })

  it('keeps the file when there is no window to notify yet', () => {
    const inbox = new BackupFileInbox(() => {
      throw new Error('no window')
    })
    expect(inbox.offer('/a/b.sgbak')).toBe(true)
    expect(inbox.take()).toBe('/a/b.sgbak')
  })
})
