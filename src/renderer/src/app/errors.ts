import { BackupError } from '@shared/backup'
import { ValidationError } from '@shared/model'
import { isAbortError, ReportUnavailableError } from '../reports/export-report'

/**
 * What the user was doing when the error came: 保存 (any write), a backup step (立即备份,
 * 恢复, 合并导入), a Word export, or opening the database at start. Each says its failure its own way.
 */
export type FailedAction = 'save' | 'backup' | 'export' | 'open'

/** A Chinese sentence for an error, worded for what failed. */
export function describeError(error: unknown, action: FailedAction): string {
  switch (action) {
    case 'save':
      return describeSaveError(error)
    case 'backup':
      return describeBackupError(error)
    case 'export':
      return describeExportError(error)
    case 'open':
      return describeOpenError(error)
  }
}

/**
 * The error and the errors it wraps, at most five deep. Dexie wraps the browser's error in
 * `.inner` (a full disk is an AbortError whose `.inner` is the QuotaExceededError, dexie#776);
 * the write path adds the transaction's own error as `.cause` (db/connection.ts: on a really full
 * disk Chromium fails the request with a bare AbortError and says why only on the transaction).
 */
function causes(error: unknown): { names: string[]; messages: string } {
  type Err = { name?: string; message?: string; inner?: unknown; cause?: unknown }
  const chain: Err[] = []
  let level: Err[] = error && typeof error === 'object' ? [error as Err] : error === undefined || error === null ? [] : [{ message: String(error) }]
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    chain.push(...level)
    level = level.flatMap((e) => [e.inner, e.cause]).filter((e): e is Err => !!e && typeof e === 'object' && !chain.includes(e as Err))
  }
  return { names: chain.map((e) => e.name ?? ''), messages: chain.map((e) => e.message ?? '').join(' ') }
}

/** What went wrong with the storage, whatever the browser and Dexie called it. */
export type StorageProblem = 'disk-full' | 'duplicate' | 'newer-version' | 'unreadable' | 'closed' | 'aborted'

/**
 * The one reading of storage errors: the names and messages of the whole chain, as IndexedDB
 * in Chromium (and so Electron) and Dexie give them. Null for anything that is not the storage's.
 */
export function storageProblem(error: unknown): StorageProblem | null {
  const { names, messages } = causes(error)
  if (names.includes('QuotaExceededError') || /NO_SPACE|ENOSPC|No space left|disk is full|QuotaExceeded/i.test(messages)) return 'disk-full'
  if (names.includes('ConstraintError')) return 'duplicate'
  if (names.includes('VersionError')) return 'newer-version'
  // Electron apps meet this in the field (dexie#1767): the files are there but cannot be used now.
  if (/backing store|IO error|Internal error/i.test(messages)) return 'unreadable'
  if (names.includes('DatabaseClosedError') || /connection is clos/i.test(messages)) return 'closed'
  if (names.some((n) => ['AbortError', 'UnknownError', 'OpenFailedError', 'InvalidStateError', 'TransactionInactiveError'].includes(n))) return 'aborted'
  return null
}

const messageOf = (error: unknown): string | undefined => (error as { message?: string } | null | undefined)?.message
/** Our own errors are written in Chinese for the user; the platform's are not. */
const isChinese = (text: string): boolean => /[\u4e00-\u9fa5]/.test(text)

/** What failed, then what to do; `kept` says what the failure left as it was. */
function describeStorage(problem: StorageProblem, what: string, kept: string): string {
  switch (problem) {
    case 'disk-full':
      return `磁盘空间不足，${what}。请清理磁盘空间（删除不需要的文件、清空回收站）后再试；${kept}`
    case 'duplicate':
      return `${what}：与已有记录重复。`
    case 'newer-version':
      return `数据库由更新版本的软件创建，${what}。请升级软件后再试。`
    case 'unreadable':
      return `数据库文件暂时无法写入（可能是磁盘已满、磁盘出错或被安全软件锁定），${what}。请检查磁盘空间后再试；${kept}`
    case 'closed':
      return `与数据库的连接断开了，${what}。软件已自动重新连接，请再试一次；如仍失败，请检查磁盘空间后重新启动软件。${kept}`
    case 'aborted':
      return `写入数据库时被中止，${what}（常见原因是磁盘空间不足）。请检查磁盘剩余空间后再试；${kept}`
  }
}

function describeSaveError(error: unknown): string {
  if (error instanceof ValidationError) return error.message
  const problem = storageProblem(error)
  if (problem === 'duplicate') return '保存失败：与已有记录重复。'
  if (problem) return describeStorage(problem, '刚才的内容没有保存', '已填写的内容仍在表单中，请不要关闭窗口。')
  const message = messageOf(error)
  // A record refused as 已定稿 or missing says why in its own sentence.
  return message && isChinese(message) ? message : `保存失败，请重试。（${message ?? String(error)}）`
}

/** 恢复, 合并导入, 立即备份: a failed write there changed nothing. */
function describeBackupError(error: unknown): string {
  if (error instanceof BackupError) return error.message
  const problem = storageProblem(error)
  if (problem && problem !== 'duplicate') return describeStorage(problem, '这一步没有完成', '数据库保持原样，没有写入任何数据。')
  return describeSaveError(error)
}

function describeExportError(error: unknown): string {
  if (isAbortError(error)) return '已取消'
  const message = messageOf(error) ?? String(error)
  if (error instanceof ReportUnavailableError) return message
  return isChinese(message) ? `导出失败：${message}` : `导出失败，请重试。（${message}）`
}

function describeOpenError(error: unknown): string {
  switch (storageProblem(error)) {
    case 'disk-full':
      return '磁盘空间不足，数据库无法打开。请清理磁盘空间后重新启动软件。'
    case 'unreadable':
      return '数据库文件暂时无法读取（可能是电脑异常关机、磁盘错误或被安全软件锁定）。'
    case 'newer-version':
      return '数据库由更新版本的软件创建，请升级软件后再打开。'
    default:
      return '数据库无法打开。'
  }
}
