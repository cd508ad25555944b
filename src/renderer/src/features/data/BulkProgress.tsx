import { useCallback, useRef, useState } from 'react'
import { Progress, Typography } from 'antd'
import type { BulkOptions, BulkProgress } from '../../db/bulk-write'

/**
 * A bulk write the user watches and may cancel (恢复, 合并导入, Excel 导入): `run` hands the write
 * its progress callback and abort signal; `cancel` stops it before its next chunk, and the
 * write then rolls back (BulkWriteCancelled).
 */
export function useBulkRun() {
  const [progress, setProgress] = useState<BulkProgress | null>(null)
  const controller = useRef<AbortController | null>(null)
  const run = useCallback(async <T,>(write: (options: BulkOptions) => Promise<T>): Promise<T> => {
    const c = new AbortController()
    controller.current = c
    setProgress({ done: 0, total: 0 })
    try {
      return await write({ signal: c.signal, onProgress: setProgress })
    } finally {
      controller.current = null
      setProgress(null)
    }
  }, [])
  const cancel = useCallback(() => controller.current?.abort(), [])
  return { progress, run, cancel }
}

/** How far a bulk write is, and that cancelling it changes nothing. */
export function BulkProgressView({ progress, label }: { progress: BulkProgress; label: string }) {
  const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0
  return (
    <div aria-label={label} style={{ marginTop: 12 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {label}：已写入 {progress.done.toLocaleString('zh-CN')} / {progress.total.toLocaleString('zh-CN')} 条（可以取消，取消后数据不会有任何改动）
      </Typography.Paragraph>
      <Progress aria-label="写入进度" percent={percent} status="active" />
    </div>
  )
}
