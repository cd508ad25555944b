import { useEffect, useState } from 'react'
import { Button, Result, Space, Typography } from 'antd'
import { autoBackupApi, type AutoBackupEntry } from '../../db/backup-auto'
import { BACKUP_FILTERS } from '../../db/backup-flow'
import { studio } from '../../platform/bridge'
import { describeError } from '../../app/errors'
import { formatBytes, formatTimestamp } from '@shared/text/format'

/**
 * What the app shows instead of its screens when the database cannot be opened: the cause
 * in Chinese, that nothing was deleted, and the newest automatic backup to keep safe.
 * (For Root's error branch: <DatabaseRecovery error={state.error} />.)
 */
export function DatabaseRecovery({ error }: { error: unknown }) {
  const auto = autoBackupApi()
  const [latest, setLatest] = useState<AutoBackupEntry | null | undefined>(auto ? undefined : null)
  const [saving, setSaving] = useState(false)
  const [note, setNote] = useState('')

  useEffect(() => {
    if (!auto) return
    auto.listAutoBackups().then(
      (list) => setLatest([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null),
      () => setLatest(null),
    )
  }, [auto])

  const saveLatest = async () => {
    if (!auto || !latest) return
    setSaving(true)
    try {
      const data = await auto.readAutoBackup(latest.name)
      const r = await studio().saveFile({ suggestedName: latest.name, data, filters: BACKUP_FILTERS })
      if (r.saved) setNote(`已另存到 ${r.path ?? '下载文件夹'}。软件恢复正常后，可在“设置 → 备份与恢复”中用它恢复数据。`)
    } catch (e) {
      setNote(`另存失败：${String((e as Error)?.message ?? e)}`)
    } finally {
      setSaving(false)
    }
  }

  const detail = String((error as Error)?.message ?? error)
  return (
    <Result
      status="error"
      title="无法打开数据库"
      subTitle={`${describeError(error, 'open')}软件没有删除任何数据，也不会自行删除。请关闭其他打开本软件的窗口，然后重新启动电脑和软件再试。`}
      extra={
        <Space orientation="vertical" align="center">
          <Button type="primary" onClick={() => location.reload()}>
            重试
          </Button>
          {latest && (
            <>
              <Typography.Text>
                最新的自动备份：{formatTimestamp(latest.createdAt)}（{formatBytes(latest.size)}）
              </Typography.Text>
              <Button onClick={saveLatest} loading={saving}>
                另存最新的自动备份…
              </Button>
            </>
          )}
          {latest === null && (
            <Typography.Text type="secondary">如有备份文件，软件恢复正常后可在“设置 → 备份与恢复”中恢复。</Typography.Text>
          )}
          {note && <Typography.Text>{note}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            技术信息（联系技术支持时请提供）：{detail}
          </Typography.Text>
        </Space>
      }
    />
  )
}
