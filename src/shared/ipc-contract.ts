/**
 * The IPC contract between the preload and the main process: channel names, and the zod
 * schemas that every main-process handler checks its arguments against.
 *
 * This module must have NO runtime imports. The sandboxed preload imports IPC_CHANNELS from
 * here, and a sandboxed preload can only require('electron'): a top-level `import { z }
 * from 'zod'` would survive tree-shaking as `require("zod")` and break the preload. So zod
 * is imported for its types only, and the main process builds the schemas by passing its
 * own zod in: `defineIpcSchemas(z)` (see src/main/ipc/schemas.ts).
 */
import type { z as Zod } from 'zod'

export const IPC_CHANNELS = {
  getAppVersion: 'studio:get-app-version',
  saveFile: 'studio:save-file',
  openFile: 'studio:open-file',
  takePendingBackupFile: 'studio:take-pending-backup-file',
  writeAutoBackup: 'studio:write-auto-backup',
  listAutoBackups: 'studio:list-auto-backups',
  readAutoBackup: 'studio:read-auto-backup',
  /** The renderer's answer to IPC_EVENTS.beforeQuit: its last writes are done. */
  beforeQuitDone: 'studio:before-quit-done',
  /** 设置 → 同步: the studio's server (the CSP admits its origin) and the password, kept by main. */
  syncSetServer: 'studio:sync-set-server',
  syncPasswordStorage: 'studio:sync-password-storage',
  syncSavePassword: 'studio:sync-save-password',
  syncLoadPassword: 'studio:sync-load-password',
  syncTestConnection: 'studio:sync-test-connection',
  /** 设置 → 区级汇总's 连接测试: the account, then each granted studio's roll-ups. */
  districtTestConnection: 'studio:district-test-connection',
} as const

/**
 * Events the main process sends to the renderer (webContents.send). They carry no data: the
 * renderer answers by invoking a guarded channel (e.g. backupFileWaiting → takePendingBackupFile).
 */
export const IPC_EVENTS = {
  /** A .sgbak file was opened from the desktop (double-click, "open with", dock drop). */
  backupFileWaiting: 'studio:backup-file-waiting',
  /** The window is about to close: write the quit backup, then invoke beforeQuitDone (≤ 10 s). */
  beforeQuit: 'studio:before-quit',
} as const

/** The extension of backup files, registered with the operating system by the installer. */
export const BACKUP_FILE_EXTENSION = 'sgbak'

/** Why an automatic backup was written (part of its file name). */
const AUTO_BACKUP_REASONS = ['daily', 'quit', 'before-restore', 'before-merge'] as const

/** How many automatic backups the main process keeps (the newest). */
export const AUTO_BACKUPS_KEPT = 30

/**
 * Names of automatic backups: auto-YYYYMMDD-HHMMSS[-n]-<reason>.sgbak, chosen by the main
 * process. The renderer can only hand back a name it was given; nothing path-like passes.
 */
export const AUTO_BACKUP_NAME = /^auto-(\d{8})-(\d{6})(?:-(\d{1,3}))?-(daily|quit|before-restore|before-merge)\.sgbak$/

/** Largest file the bridge will write or read, in bytes (200 MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

/** Characters never allowed in a suggested file name (separators, Windows-reserved, controls). */
// eslint-disable-next-line no-control-regex -- the control characters are part of what this class forbids
export const FORBIDDEN_FILE_NAME_CHARS = /[/\\<>:"|?*\u0000-\u001f\u007f]/

/** `text` (a studio's name) as part of a suggested file name: forbidden characters dropped, dot runs cut to one, at most 40 characters. */
export function fileNamePart(text: string): string {
  return text.replace(new RegExp(FORBIDDEN_FILE_NAME_CHARS.source, 'g'), '').replace(/\.+/g, '.').trim().slice(0, 40)
}

/** Builds every IPC schema with the given zod. Call once, in the main process. */
export function defineIpcSchemas(z: typeof Zod) {
  const FileNameSchema = z
    .string()
    .min(1, '文件名不能为空')
    .max(255, '文件名过长')
    .refine((name) => !FORBIDDEN_FILE_NAME_CHARS.test(name), '文件名不能包含路径分隔符或特殊字符')
    .refine((name) => !name.includes('..'), '文件名不能包含“..”')
    .refine((name) => name.trim() === name && !name.endsWith('.'), '文件名首尾不能是空格或句点')

  const FileFilterSchema = z.strictObject({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, '扩展名格式不正确'))
      .min(1)
      .max(20),
  })

  const FiltersSchema = z.array(FileFilterSchema).max(20).optional()

  /** Bytes coming over IPC: a Uint8Array (Buffer included) no bigger than MAX_FILE_BYTES. */
  const FileBytesSchema = z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, '文件内容必须是字节数组')
    .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, '文件超过 200 MB，无法保存')

  const SaveFileRequestSchema = z.strictObject({
    suggestedName: FileNameSchema,
    data: FileBytesSchema,
    filters: FiltersSchema,
  })

  const OpenFileRequestSchema = z.strictObject({
    filters: FiltersSchema,
  })

  const WriteAutoBackupRequestSchema = z.strictObject({
    data: FileBytesSchema,
    reason: z.enum(AUTO_BACKUP_REASONS),
    createdAt: z.iso.datetime({ offset: true }),
  })

  const AutoBackupNameSchema = z.string().max(80).regex(AUTO_BACKUP_NAME, '不是自动备份的文件名')

  // The address is checked as an origin by the handler (src/main/sync-store.ts); '' forgets it.
  const SyncServerRequestSchema = z.strictObject({ serverUrl: z.string().max(2048, '服务器地址过长') })
  const SyncPasswordRequestSchema = z.strictObject({ password: z.string().max(1024, '密码过长') })

  return {
    FileNameSchema,
    FileFilterSchema,
    FileBytesSchema,
    SaveFileRequestSchema,
    OpenFileRequestSchema,
    WriteAutoBackupRequestSchema,
    AutoBackupNameSchema,
    /**
     * Argument lists, exactly as ipcRenderer.invoke passes them after the channel. Tuples
     * reject missing and extra arguments; strict objects reject unknown keys.
     */
    args: {
      getAppVersion: z.tuple([]),
      saveFile: z.tuple([SaveFileRequestSchema]),
      openFile: z.tuple([OpenFileRequestSchema]),
      takePendingBackupFile: z.tuple([]),
      writeAutoBackup: z.tuple([WriteAutoBackupRequestSchema]),
      listAutoBackups: z.tuple([]),
      readAutoBackup: z.tuple([AutoBackupNameSchema]),
      beforeQuitDone: z.tuple([]),
      syncSetServer: z.tuple([SyncServerRequestSchema]),
      syncPasswordStorage: z.tuple([]),
      syncSavePassword: z.tuple([SyncPasswordRequestSchema]),
      syncLoadPassword: z.tuple([]),
      syncTestConnection: z.tuple([
        z.strictObject({
          serverUrl: z.string().max(2048, '服务器地址过长'),
          studioCode: z.string().max(64, '工作室代码过长'),
          username: z.string().max(64, '用户名过长'),
          password: z.string().max(1024, '密码过长'),
        }),
      ]),
      districtTestConnection: z.tuple([
        z.strictObject({
          serverUrl: z.string().max(2048, '服务器地址过长'),
          username: z.string().max(64, '用户名过长'),
          password: z.string().max(1024, '密码过长'),
          studios: z.array(z.string().max(64, '工作室代码过长')).max(1000, '工作室过多'),
        }),
      ]),
    },
  }
}
