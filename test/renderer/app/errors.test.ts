import { describe, expect, it } from 'vitest'
import { BackupError } from '@shared/backup'
import { ValidationError } from '@shared/model'
import { describeError } from '@renderer/app/errors'
import { ReportUnavailableError } from '@renderer/reports/export-report'

/** An error as Dexie throws it: its own name, the browser's error inside. */
function wrapped(name: string, inner?: unknown, message = `${name} happened`): Error {
  return Object.assign(new Error(message), { name, inner })
}
const quota = wrapped('AbortError', wrapped('QuotaExceededError'))

describe('describeError while saving', () => {
  it('gives a validation error its first field message', () => {
    expect(describeError(new ValidationError({ date: '请填写日期', mode: '请选择督导方式' }), 'save')).toBe('请填写日期')
  })

  it('finds a full disk, a duplicate key and a closed database inside the wrapping', () => {
    expect(describeError(quota, 'save')).toBe('磁盘空间不足，未能保存。请清理磁盘空间后重试，已填写的内容仍保留在表单中。')
    expect(describeError(wrapped('AbortError', wrapped('ConstraintError')), 'save')).toBe('保存失败：与已有记录重复。')
    expect(describeError(wrapped('DatabaseClosedError'), 'save')).toBe('数据库已关闭，请重新打开软件后再试。')
  })

  it('looks no deeper than five errors', () => {
    let deep: unknown = wrapped('QuotaExceededError')
    for (let i = 0; i < 5; i++) deep = wrapped('AbortError', deep, 'Transaction aborted')
    expect(describeError(deep, 'save')).toBe('保存失败，请重试。（Transaction aborted）')
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
    expect(describeError(quota, 'backup')).toBe('磁盘空间不足，未能保存。请清理磁盘空间后重试，已填写的内容仍保留在表单中。')
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
