import { useCallback, useEffect, useState } from 'react'
import { App, Button, Card, Descriptions, Progress } from 'antd'
import { formatBytes } from '@shared/text/format'

interface StorageState {
  usage: number | null
  quota: number | null
  persisted: boolean | null
}

/** Reads what the browser (or Electron's Chromium) reports about this app's storage. */
export async function readStorageState(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageState> {
  let usage: number | null = null
  let quota: number | null = null
  let persisted: boolean | null
  try {
    const est = await storage?.estimate?.()
    usage = est?.usage ?? null
    quota = est?.quota ?? null
  } catch {
    /* unknown */
  }
  try {
    persisted = (await storage?.persisted?.()) ?? null
  } catch {
    persisted = null
  }
  return { usage, quota, persisted }
}

export function StorageCard() {
  const { message } = App.useApp()
  const [state, setState] = useState<StorageState | null>(null)
  const refresh = useCallback(() => {
    void readStorageState().then(setState)
  }, [])
  useEffect(refresh, [refresh])

  const ask = async () => {
    const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false
    message[granted ? 'success' : 'warning'](granted ? '已开启持久保存' : '浏览器未同意持久保存，请定期备份数据')
    refresh()
  }

  const pct = state?.usage != null && state.quota ? Math.min(100, (state.usage / state.quota) * 100) : null
  return (
    <Card title="存储空间" style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'used', label: '已用', children: state ? formatBytes(state.usage) : '…' },
          { key: 'quota', label: '可用上限', children: state ? (state.quota ? `约 ${formatBytes(state.quota)}` : '未知') : '…' },
          {
            key: 'persisted',
            label: '持久保存',
            children: !state ? (
              '…'
            ) : state.persisted ? (
              '已开启：空间紧张时浏览器不会自动清除本软件的数据'
            ) : (
              <>
                {state.persisted === null ? '未知' : '未开启：空间紧张时浏览器可能清除数据，请定期备份'}
                <Button size="small" type="link" onClick={ask}>
                  申请持久保存
                </Button>
              </>
            ),
          },
        ]}
      />
      {pct !== null && <Progress percent={Number(pct.toFixed(1))} size="small" aria-label="存储空间使用比例" />}
    </Card>
  )
}
