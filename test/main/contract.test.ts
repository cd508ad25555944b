import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BACKUP_FILE_EXTENSION, defineIpcSchemas, fileNamePart, IPC_CHANNELS, IPC_EVENTS, MAX_FILE_BYTES } from '../../src/shared/ipc-contract'

/** Runtime (non-type) import specifiers of a source file. */
function runtimeImports(path: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8')
  return [...source.matchAll(/^\s*import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  )
}

describe('ipc contract', () => {
  it('has no runtime imports, so the sandboxed preload can bundle it', () => {
    expect(runtimeImports('src/shared/ipc-contract.ts')).toEqual([])
  })

  it('the preload imports only electron and the contract at run time', () => {
    expect(runtimeImports('src/preload/index.ts').sort()).toEqual(['@shared/ipc-contract', 'electron'])
  })

  it('uses namespaced channel names', () => {
    expect(IPC_CHANNELS).toEqual({
      getAppVersion: 'studio:get-app-version',
      saveFile: 'studio:save-file',
      openFile: 'studio:open-file',
      takePendingBackupFile: 'studio:take-pending-backup-file',
      writeAutoBackup: 'studio:write-auto-backup',
      listAutoBackups: 'studio:list-auto-backups',
      readAutoBackup: 'studio:read-auto-backup',
      syncSetServer: 'studio:sync-set-server',
      syncPasswordStorage: 'studio:sync-password-storage',
      syncSavePassword: 'studio:sync-save-password',
      syncLoadPassword: 'studio:sync-load-password',
      syncTestConnection: 'studio:sync-test-connection',
      districtTestConnection: 'studio:district-test-connection',
      beforeQuitDone: 'studio:before-quit-done',
    })
    expect(IPC_EVENTS).toEqual({ backupFileWaiting: 'studio:backup-file-waiting', beforeQuit: 'studio:before-quit' })
    expect(MAX_FILE_BYTES).toBe(200 * 1024 * 1024)
    expect(BACKUP_FILE_EXTENSION).toBe('sgbak')
  })

  it('has an argument schema for every channel, and events never double as channels', () => {
    const { args } = defineIpcSchemas(z)
    expect(Object.keys(args).sort()).toEqual(Object.keys(IPC_CHANNELS).sort())
    const channels = new Set<string>(Object.values(IPC_CHANNELS))
    for (const name of Object.values(IPC_EVENTS)) expect(channels.has(name), name).toBe(false)
  })

  const { FileNameSchema } = defineIpcSchemas(z)

  it.each(['督导报告.docx', '2024年 第3季度 督导指数.xlsx', 'backup-2024-05-01.json', 'a'])('accepts the name %s', (name) => {
    expect(FileNameSchema.safeParse(name).success).toBe(true)
  })

  it.each([
    '',
    '.',
    '..',
    '../a.docx',
    'a/b.docx',
    'a\\b.docx',
    'C:a.docx',
    'a..docx',
    'a\u0000b',
    'a\nb',
    'a<b>.docx',
    ' a.docx',
    'a.docx ',
    'a.',
    'x'.repeat(256),
  ])('rejects the name %j', (name) => {
    expect(FileNameSchema.safeParse(name).success).toBe(false)
  })

  it('cuts a studio name down to a part every file name accepts', () => {
    expect(fileNamePart(' 林泉/社工:工作室<1>\u0000\u007f... ')).toBe('林泉社工工作室1.')
    expect(fileNamePart('长'.repeat(50))).toBe('长'.repeat(40))
    expect(FileNameSchema.safeParse(`备份-${fileNamePart('a\\b|c?d*e"f')}.sgbak`).success).toBe(true)
  })
})
