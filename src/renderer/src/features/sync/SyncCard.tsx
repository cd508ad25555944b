/**
 * 设置 → 同步: the studio's server, its code, this person's user name and password; 连接测试 with a
 * Chinese answer for each failure; 保存并开始同步 / 停止同步; the sync log. The password is never
 * stored in clear (platform/sync-secrets.ts); the card says where it is kept on this computer.
 */
import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd'
import type { SyncPasswordStorage } from '@shared/studio-api'
import { syncConfigSchema } from '@shared/sync/config'
import type { ConnectionResult } from '@shared/sync/connection-test'
import { formatClock } from '@shared/text/format'
import { describeError } from '../../app/errors'
import { passwordStorage } from '../../platform/sync-secrets'
import { testSyncConnection } from './connection'
import { useSync } from './SyncProvider'
import { statusLabel } from './SyncStatusBar'

interface Values {
  serverUrl: string
  studioCode: string
  username: string
  password: string
}

const STORAGE_TEXT: Record<SyncPasswordStorage, string> = {
  keychain: '密码由操作系统的钥匙串加密保存在这台电脑上，不以明文保存。',
  session:
    '这台电脑不能安全地保存密码（网页版，或 Linux 没有运行系统钥匙串），所以不保存：每次打开软件时输入一次，只留在内存中。',
}

/** The field a schema message belongs to, for showing it under that field. */
function fieldErrors(values: Values): { name: keyof Values; errors: string[] }[] {
  const parsed = syncConfigSchema.safeParse(values)
  const out: { name: keyof Values; errors: string[] }[] = []
  if (!parsed.success) for (const issue of parsed.error.issues) out.push({ name: issue.path[0] as keyof Values, errors: [issue.message] })
  if (!values.password) out.push({ name: 'password', errors: ['请填写密码'] })
  return out
}

export function SyncCard() {
  const { message } = App.useApp()
  const sync = useSync()
  const [form] = Form.useForm<Values>()
  const [storage, setStorage] = useState<SyncPasswordStorage | null>(null)
  const [result, setResult] = useState<ConnectionResult | null>(null)
  const [testing, setTesting] = useState(false)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    void passwordStorage().then(setStorage)
  }, [])
  useEffect(() => {
    if (sync.config) form.setFieldsValue(sync.config)
  }, [form, sync.config])

  /** The form's values when every field is acceptable; otherwise the messages go under the fields. */
  const checked = (): Values | null => {
    const raw: Partial<Values> = form.getFieldsValue()
    const values: Values = { serverUrl: raw.serverUrl ?? '', studioCode: raw.studioCode ?? '', username: raw.username ?? '', password: raw.password ?? '' }
    const errors = fieldErrors(values)
    form.setFields([...(['serverUrl', 'studioCode', 'username', 'password'] as const).map((name) => ({ name, errors: [] as string[] })), ...errors])
    return errors.length === 0 ? values : null
  }

  const runTest = async () => {
    const values = checked()
    if (!values) return
    setTesting(true)
    setResult(null)
    try {
      setResult(await testSyncConnection(values, values.password))
    } finally {
      setTesting(false)
    }
  }

  const save = async () => {
    const values = checked()
    if (!values) return
    setSaving(true)
    try {
      const outcome = await sync.save(values, values.password)
      if (outcome === 'reload') {
        message.info('同步设置已保存，正在重新载入以连接新的服务器…')
        setTimeout(() => location.reload(), 800)
      } else {
        message.success(outcome === 'started' ? '同步设置已保存，开始同步' : '同步设置已保存')
      }
    } catch (err) {
      message.error(describeError(err, 'save'))
    } finally {
      setSaving(false)
    }
  }

  const stop = async () => {
    await sync.stopAndForget()
    form.resetFields()
    setResult(null)
    message.success('已停止同步：这台电脑的记录照常保存在本机')
  }

  return (
    <Card title="同步" style={{ marginBottom: 16 }} id="sync">
      <Typography.Paragraph type="secondary">
        工作室有自己的同步服务器（CouchDB）时，每台电脑能联网就自动与它同步，断网时照常工作。服务器地址、工作室代码和账号由负责人提供（见《部署指南》docs/sync.md）。
      </Typography.Paragraph>
      {sync.config && sync.canSync ? (
        <Alert
          style={{ marginBottom: 16 }}
          type={sync.status.state === 'error' ? 'error' : 'info'}
          showIcon
          message={`正在与 ${sync.config.serverUrl} 同步工作室 ${sync.config.studioCode}：${statusLabel(sync.status).text}`}
          description={sync.status.state === 'error' ? sync.status.message : undefined}
        />
      ) : null}
      <Form form={form} name="sync-settings" layout="vertical" style={{ maxWidth: 520 }} requiredMark={false} onValuesChange={() => setResult(null)}>
        <Form.Item name="serverUrl" label="服务器地址" extra="例如 https://192.168.1.10:6984">
          <Input placeholder="https://服务器:6984" autoComplete="url" inputMode="url" />
        </Form.Item>
        <Form.Item name="studioCode" label="工作室代码" extra="小写字母、数字和连字符，由负责人提供，如 linquan">
          <Input placeholder="linquan" autoComplete="off" />
        </Form.Item>
        <Form.Item name="username" label="用户名">
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label="密码" extra={storage ? STORAGE_TEXT[storage] : undefined}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {result ? (
          <Alert
            style={{ marginBottom: 16 }}
            role="alert"
            type={result.ok ? 'success' : 'error'}
            showIcon
            message={result.ok ? '连接成功：服务器可以访问，账号属于这个工作室' : result.message}
          />
        ) : null}
        <Space wrap>
          <Button onClick={() => void runTest()} loading={testing}>连接测试</Button>
          <Button type="primary" onClick={() => void save()} loading={saving}>
            {sync.canSync ? '保存并开始同步' : '保存'}
          </Button>
          {sync.config ? <Button danger onClick={() => void stop()}>停止同步</Button> : null}
        </Space>
      </Form>
      {sync.log.length > 0 ? (
        <section aria-label="同步日志" style={{ marginTop: 16 }}>
          <Typography.Text strong>同步日志</Typography.Text>
          <ul className="sync-log" style={{ maxHeight: 200, overflow: 'auto', paddingInlineStart: 20, marginTop: 8 }}>
            {sync.log
              .slice(-50)
              .reverse()
              .map((line, i) => (
                <li key={`${line.at}-${i}`}>
                  <Typography.Text type="secondary">{formatClock(line.at)}</Typography.Text> {line.text}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </Card>
  )
}
