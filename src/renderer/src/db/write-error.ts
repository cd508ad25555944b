import { ValidationError } from '@shared/model'

/**
 * A Chinese sentence for a failed write. Dexie wraps the browser's error (a full disk is an
 * AbortError whose `.inner` is the QuotaExceededError), so look inside before deciding.
 */
export function describeWriteError(error: unknown): string {
  if (error instanceof ValidationError) return error.message
  const chain: unknown[] = []
  let cur: unknown = error
  for (let i = 0; i < 5 && cur; i++) {
    chain.push(cur)
    cur = (cur as { inner?: unknown }).inner
  }
  const names = chain.map((e) => (e as { name?: string }).name ?? '')
  if (names.includes('QuotaExceededError')) return '磁盘空间不足，未能保存。请清理磁盘空间后重试，已填写的内容仍保留在表单中。'
  if (names.includes('ConstraintError')) return '保存失败：与已有记录重复。'
  if (names.includes('DatabaseClosedError')) return '数据库已关闭，请重新打开软件后再试。'
  const message = (error as { message?: string })?.message
  return message && /[\u4e00-\u9fa5]/.test(message) ? message : `保存失败，请重试。（${message ?? String(error)}）`
}
