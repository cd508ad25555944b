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
      return error instanceof BackupError ? error.message : describeSaveError(error)
    case 'export':
      return describeExportError(error)
    case 'open':
      return describeOpenError(error)
  }
}

/**
 * The error and the errors it wraps. Dexie wraps the browser's error (a full disk is an
 * AbortError whose `.inner` is the QuotaExceededError, dexie#776), so look inside before deciding.
 */
function causes(error: unknown): { names: string[]; messages: string } {
  const chain: { name?: string; message?: string }[] = []
  let cur = error as { name?: string; message?: string; inner?: unknown } | undefined
  for (let i = 0; i < 5 && cur; i++) {
    chain.push(cur)
    cur = cur.inner as typeof cur
  }
  return { names: chain.map((e) => e.name ?? ''), messages: chain.map((e) => e.message ?? '').join(' ') }
}

const messageOf = (error: unknown): string | undefined => (error as { message?: string } | null | undefined)?.message
/** Our own errors are written in Chinese for the user; the platform's are not. */
const isChinese = (text: string): boolean => /[\u4e00-\u9fa5]/.test(text)

function describeSaveError(error: unknown): string {
  if (error instanceof ValidationError) return error.message
  const { names } = causes(error)
  if (names.includes('QuotaExceededError')) return '磁盘空间不足，未能保存。请清理磁盘空间后重试，已填写的内容仍保留在表单中。'
  if (names.includes('ConstraintError')) return '保存失败：与已有记录重复。'
  if (names.includes('DatabaseClosedError')) return '数据库已关闭，请重新打开软件后再试。'
  const message = messageOf(error)
  // A record refused as 已定稿 or missing says why in its own sentence.
  return message && isChinese(message) ? message : `保存失败，请重试。（${message ?? String(error)}）`
}

function describeExportError(error: unknown): string {
  if (isAbortError(error)) return '已取消'
  const message = messageOf(error) ?? String(error)
  if (error instanceof ReportUnavailableError) return message
  return isChinese(message) ? `导出失败：${message}` : `导出失败，请重试。（${message}）`
}

function describeOpenError(error: unknown): string {
  const { names, messages } = causes(error)
  if (names.includes('QuotaExceededError')) return '磁盘空间不足，数据库无法打开。请清理磁盘空间后重新启动软件。'
  // Electron apps meet this in the field (dexie#1767): the files are there but cannot be read now.
  if (/backing store/i.test(messages)) return '数据库文件暂时无法读取（可能是电脑异常关机、磁盘错误或被安全软件锁定）。'
  if (names.includes('VersionError')) return '数据库由更新版本的软件创建，请升级软件后再打开。'
  return '数据库无法打开。'
}
