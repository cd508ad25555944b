import { describe, expect, it } from 'vitest'
import { BackupError } from '@shared/backup'
import { ValidationError } from '@shared/model'
import { describeError } from '@renderer/app/errors'
import { StorageWriteError } from '@renderer/db/reopen'
import { ReportUnavailableError } from '@renderer/reports/export-report'

/** An error as Dexie throws it: its own name, the browser's error inside. */
function wrapped(name: string, inner?: unknown, message = `${name} happened`): Error {
  return Object.assign(new Error(message), { name, inner })
}
const quota = wrapped('AbortError', wrapped('QuotaExceededError'))
const DISK_FULL =
  '磁盘空间不足，刚才的内容没有保存。请清理磁盘空间（删除不需要的文件、清空回收站）后再试；已填写的内容仍在表单中，请不要关闭窗口。'

describe('describeError while saving', () => {
  it('gives a validation error its first field message', () => {
    expect(describeError(new ValidationError({ date: '请填写日期', mode: '请选择督导方式' }), 'save')).toBe('请填写日期')
  })

  it('finds a full disk, a duplicate key and a closed database inside the wrapping', () => {
    expect(describeError(quota, 'save')).toBe(DISK_FULL)
    expect(describeError(wrapped('AbortError', wrapped('ConstraintError')), 'save')).toBe('保存失败：与已有记录重复。')
    expect(describeError(wrapped('DatabaseClosedError'), 'save')).toBe(
      '与数据库的连接断开了，刚才的内容没有保存。软件已自动重新连接，请再试一次；如仍失败，请检查磁盘空间后重新启动软件。已填写的内容仍在表单中，请不要关闭窗口。',
    )
  })

  it('finds a really full disk as Chromium reports it: a bare AbortError, the cause on the transaction', () => {
    // Measured on a full tmpfs (test/e2e/disk-full.e2e.ts): Dexie's AbortError around the request's
    // AbortError; the write path adds the transaction's UnknownError as `cause`.
    const request = wrapped('AbortError', undefined, 'The transaction was aborted, so the request cannot be fulfilled.')
    const dexie = wrapped('AbortError', request, 'The transaction was aborted, so the request cannot be fulfilled.')
    const transaction = wrapped('UnknownError', undefined, 'Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)')
    expect(describeError(new StorageWriteError(dexie, transaction), 'save')).toBe(DISK_FULL)
    // Without the transaction's word, still no English: the cause most likely, and what to do.
    expect(describeError(dexie, 'save')).toBe(
      '写入数据库时被中止，刚才的内容没有保存（常见原因是磁盘空间不足）。请检查磁盘剩余空间后再试；已填写的内容仍在表单中，请不要关闭窗口。',
    )
    expect(describeError(wrapped('InvalidStateError', undefined, "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing."), 'save')).toMatch(
      /^与数据库的连接断开了/,
    )
    expect(describeError(wrapped('OpenFailedError', wrapped('UnknownError', undefined, 'Internal error opening backing store for indexedDB.open.')), 'save')).toBe(
      '数据库文件暂时无法写入（可能是磁盘已满、磁盘出错或被安全软件锁定），刚才的内容没有保存。请检查磁盘空间后再试；已填写的内容仍在表单中，请不要关闭窗口。',
    )
  })

  it('looks no deeper than five errors', () => {
    let deep: unknown = wrapped('QuotaExceededError')
    for (let i = 0; i < 5; i++) deep = wrapped('AbortError', deep, 'Transaction aborted')
    expect(describeError(deep, 'save')).toMatch(/^写入数据库时被中止/)
  })

  it('passes our own Chinese sentences on and wraps anything else', () => {
    expect(describeError(new Error('该记录已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。'), 'save')).toBe(
      '该记录已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。',
    )
    expect(describeError(new TypeError('x is undefined'), 'save')).toBe('保存失败，请重试。（x is undefined）')
    expect(describeError('boom', 'save')).toBe('保存失败，请重试。（boom）')
    expect(describeError(null, 'save')).toBe('保存失败，请重试。（null）')
  })
})

describe('describeError in a backup step', () => {
  it('gives a refused backup file its own sentence, anything else as a save', () => {
    expect(describeError(new BackupError('wrong-password', '密码不正确，或文件已被改动，无法打开这个加密备份。数据库未作任何改动。'), 'backup')).toBe(
      '密码不正确，或文件已被改动，无法打开这个加密备份。数据库未作任何改动。',
    )
    expect(describeError(quota, 'backup')).toBe(
      '磁盘空间不足，这一步没有完成。请清理磁盘空间（删除不需要的文件、清空回收站）后再试；数据库保持原样，没有写入任何数据。',
    )
    expect(describeError(new Error('disk I/O'), 'backup')).toBe('保存失败，请重试。（disk I/O）')
  })
})

describe('describeError while exporting', () => {
  it('says a cancelled export was cancelled', () => {
    expect(describeError(new DOMException('已取消', 'AbortError'), 'export')).toBe('已取消')
  })

  it('gives an unavailable report its sentence alone, other Chinese ones after 导出失败', () => {
    expect(describeError(new ReportUnavailableError('2025年第3季度没有项目评估，无法批量导出'), 'export')).toBe('2025年第3季度没有项目评估，无法批量导出')
    expect(describeError(new Error('找不到该督导记录'), 'export')).toBe('导出失败：找不到该督导记录')
    expect(describeError(new Error('canvas is tainted'), 'export')).toBe('导出失败，请重试。（canvas is tainted）')
    expect(describeError('oops', 'export')).toBe('导出失败，请重试。（oops）')
  })
})

describe('describeError while opening the database', () => {
  it('names a full disk, an unreadable store and a newer schema', () => {
    expect(describeError(wrapped('OpenFailedError', wrapped('QuotaExceededError')), 'open')).toBe(
      '磁盘空间不足，数据库无法打开。请清理磁盘空间后重新启动软件。',
    )
    expect(describeError(wrapped('OpenFailedError', wrapped('UnknownError', undefined, 'Internal error opening backing store for indexedDB.open.')), 'open')).toBe(
      '数据库文件暂时无法读取（可能是电脑异常关机、磁盘错误或被安全软件锁定）。',
    )
    expect(describeError(wrapped('VersionError'), 'open')).toBe('数据库由更新版本的软件创建，请升级软件后再打开。')
  })

  it('says only that it cannot open for anything else', () => {
    expect(describeError(new Error('blocked'), 'open')).toBe('数据库无法打开。')
    expect(describeError(undefined, 'open')).toBe('数据库无法打开。')
  })
})
