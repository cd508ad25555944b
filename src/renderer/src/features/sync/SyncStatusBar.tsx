/**
 * The sync status in the header: 已同步 / 同步中（剩余 n 条）/ 离线（n 条待上传）/ 冲突 n (a link to
 * 冲突处理), 立即同步, and the first sync's progress with 取消. Nothing when this laptop does not sync.
 */
import { useState } from 'react'
import { Button, Form, Input, Modal, Progress, Space, Tag, Tooltip } from 'antd'
import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons'
import { formatTimestamp } from '@shared/text/format'
import { useSync } from './SyncProvider'
import type { SyncStatus } from './sync-types'

export interface SyncStatusViewProps {
  status: SyncStatus
  conflicts: number
  needsPassword: boolean
  onSyncNow: () => Promise<void>
  onCancelFirstSync: () => void
  onEnterPassword: () => void
  onOpenConflicts: () => void
}

/** The words and colour of each state (exported for the tests and 设置 → 同步). */
export function statusLabel(status: SyncStatus): { text: string; color: string } {
  switch (status.state) {
    case 'synced':
      return { text: '已同步', color: 'green' }
    case 'syncing':
      return { text: `同步中（剩余 ${status.pending} 条）`, color: 'blue' }
    case 'offline':
      return { text: `离线（${status.pending} 条待上传）`, color: 'orange' }
    case 'first-sync':
      return { text: `首次同步（${status.done}/${status.total} 条）`, color: 'blue' }
    case 'connecting':
      return { text: '正在连接…', color: 'blue' }
    case 'error':
      return { text: '同步出错', color: 'red' }
    case 'off':
      return { text: '同步已停止', color: 'default' }
  }
}

const ICONS: Record<SyncStatus['state'], React.ReactNode> = {
  synced: <CloudOutlined />,
  syncing: <LoadingOutlined />,
  offline: <DisconnectOutlined />,
  'first-sync': <LoadingOutlined />,
  connecting: <LoadingOutlined />,
  error: <ExclamationCircleOutlined />,
  off: <CloudOutlined />,
}

function tooltip(status: SyncStatus): string | undefined {
  if (status.state === 'synced') return `最近一次同步：${formatTimestamp(status.at)}`
  if (status.state === 'offline') return '连不上服务器：照常工作，恢复联网后自动上传'
  if (status.state === 'error') return status.message
  return undefined
}

export function SyncStatusView({ status, conflicts, needsPassword, onSyncNow, onCancelFirstSync, onEnterPassword, onOpenConflicts }: SyncStatusViewProps) {
  const [busy, setBusy] = useState(false)
  const label = statusLabel(status)
  if (needsPassword) {
    return (
      <Space size={8} role="status" aria-label="同步状态">
        <Tag color="orange" icon={<DisconnectOutlined />}>同步已暂停</Tag>
        <Button size="small" onClick={onEnterPassword}>输入同步密码</Button>
      </Space>
    )
  }
  return (
    <Space size={8} role="status" aria-label="同步状态">
      {status.state === 'first-sync' ? (
        <Space size={6}>
          <span>首次同步</span>
          <Progress
            percent={status.total > 0 ? Math.floor((status.done / status.total) * 100) : 0}
            size={[120, 8]}
            aria-label={`首次同步 ${status.done}/${status.total} 条`}
            format={() => `${status.done}/${status.total}`}
          />
          <Button size="small" onClick={onCancelFirstSync}>取消</Button>
        </Space>
      ) : (
        <Tooltip title={tooltip(status)}>
          <Tag color={label.color} icon={ICONS[status.state]} style={{ marginInlineEnd: 0 }}>{label.text}</Tag>
        </Tooltip>
      )}
      {conflicts > 0 ? (
        <Button size="small" type="link" danger onClick={onOpenConflicts} style={{ paddingInline: 4 }}>
          冲突 {conflicts}
        </Button>
      ) : null}
      {status.state !== 'first-sync' && status.state !== 'off' ? (
        <Button
          size="small"
          icon={<CloudSyncOutlined />}
          loading={busy}
          onClick={() => {
            setBusy(true)
            void onSyncNow().finally(() => setBusy(false))
          }}
        >
          立即同步
        </Button>
      ) : null}
    </Space>
  )
}

/** The header's part: the page's running sync, and the password of this session when it is asked for. */
export function SyncStatusBar({ conflicts, onOpenConflicts }: { conflicts: number; onOpenConflicts: () => void }) {
  const sync = useSync()
  const [asking, setAsking] = useState(false)
  const [form] = Form.useForm<{ password: string }>()
  if (!sync.config || !sync.canSync) return null
  return (
    <>
      <SyncStatusView
        status={sync.status}
        conflicts={conflicts}
        needsPassword={sync.needsPassword}
        onSyncNow={sync.syncNow}
        onCancelFirstSync={sync.cancelFirstSync}
        onEnterPassword={() => setAsking(true)}
        onOpenConflicts={onOpenConflicts}
      />
      <Modal
        title="输入同步密码"
        open={asking}
        okText="开始同步"
        cancelText="取消"
        destroyOnHidden
        onCancel={() => setAsking(false)}
        onOk={() =>
          form.validateFields().then(async ({ password }) => {
            await sync.enterPassword(password)
            setAsking(false)
          })
        }
      >
        <p>
          用户 {sync.config.username} @ {sync.config.serverUrl}。这台电脑不保存同步密码，每次打开软件时输入一次。
        </p>
        <Form form={form} name="sync-password" layout="vertical">
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
