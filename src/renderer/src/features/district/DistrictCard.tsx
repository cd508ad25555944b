/**
 * 设置 → 区级汇总: turns this computer into the district's (a 社会工作部 reading its studios'
 * roll-ups): the district's CouchDB, its user and password, the studios granted. The password is
 * kept as the studio sync's is (platform/sync-secrets.ts); the server is admitted by the page's
 * CSP the same way, which may need one reload.
 */
import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd'
import { useNavigate } from 'react-router-dom'
import { districtConfigSchema, type DistrictConfig } from '@shared/district/config'
import { db } from '../../db/connection'
import { clearDistrictConfig, saveDistrictConfig } from '../../db/district-config'
import { admitServer, forgetPassword, recallPassword, rememberPassword } from '../../platform/sync-secrets'
import { useSync } from '../sync/SyncProvider'
import { describeDistrictError, districtTestText, syncDistrict, syncSummary, testDistrictServer } from './district-actions'

interface Values {
  serverUrl: string
  username: string
  password: string
  studios: string
}

/** The server this page's CSP admitted when it loaded: the district's saved one (null before). */
let admittedAtLoad: string | null | undefined

export function DistrictCard({ config }: { config: DistrictConfig | null }) {
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const sync = useSync()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [testing, setTesting] = useState(false)
  const [tested, setTested] = useState<ReturnType<typeof districtTestText> | null>(null)
  if (admittedAtLoad === undefined) admittedAtLoad = config?.serverUrl ?? null

  useEffect(() => {
    if (config) form.setFieldsValue({ serverUrl: config.serverUrl ?? '', username: config.username, studios: config.studios.join('\n') })
  }, [form, config])

  /** The form's settings when every field is acceptable; otherwise the messages go under the fields. */
  const checked = (): { raw: Partial<Values>; data: DistrictConfig } | null => {
    const raw: Partial<Values> = form.getFieldsValue()
    const parsed = districtConfigSchema.safeParse(raw)
    form.setFields((['serverUrl', 'username', 'studios', 'password'] as const).map((name) => ({ name, errors: [] as string[] })))
    if (parsed.success) return { raw, data: parsed.data }
    form.setFields(parsed.error.issues.map((i) => ({ name: (i.path[0] ?? 'studios') as keyof Values, errors: [i.message] })))
    return null
  }

  /** 连接测试 of what the form says now, saved or not; a blank password is the saved one. */
  const runTest = async () => {
    const ok = checked()
    if (!ok) return
    const { raw, data } = ok
    if (!data.serverUrl) {
      form.setFields([{ name: 'serverUrl', errors: ['请填写区级服务器地址'] }])
      return
    }
    const password = raw.password || (config?.serverUrl ? await recallPassword() : null)
    if (!password) {
      form.setFields([{ name: 'password', errors: ['请填写区级账号的密码'] }])
      return
    }
    setTesting(true)
    setTested(null)
    try {
      setTested(districtTestText(await testDistrictServer({ serverUrl: data.serverUrl, username: data.username, studios: data.studios }, password)))
    } catch (e) {
      setTested({ ok: false, message: describeDistrictError(e), problems: [] })
    } finally {
      setTesting(false)
    }
  }

  const save = async () => {
    const ok = checked()
    if (!ok) return
    const { raw, data } = ok
    if (data.serverUrl && !raw.password && !config?.serverUrl) {
      form.setFields([{ name: 'password', errors: ['请填写区级账号的密码'] }])
      return
    }
    setSaving(true)
    try {
      const saved = await saveDistrictConfig(db, raw)
      if (raw.password) await rememberPassword(raw.password)
      if (await admitServer(saved.serverUrl, admittedAtLoad ?? null)) {
        message.info('已设为区级汇总，正在重新载入以连接区级服务器…')
        setTimeout(() => location.reload(), 800)
        return
      }
      if (saved.serverUrl && raw.password) {
        try {
          const r = await syncDistrict(saved, raw.password)
          if (r.problems.length) modal.warning({ title: `${syncSummary(r)}；以下工作室未能同步`, content: <ul>{r.problems.map((p) => <li key={p}>{p}</li>)}</ul> })
          else message.success(`已设为区级汇总。${syncSummary(r)}`)
        } catch (e) {
          modal.error({ title: '已设为区级汇总，但同步未完成', content: describeDistrictError(e) })
        }
      } else message.success('已设为区级汇总')
      navigate('/district')
    } catch (e) {
      message.error(describeDistrictError(e))
    } finally {
      setSaving(false)
    }
  }

  const leave = async () => {
    await clearDistrictConfig(db)
    await forgetPassword()
    await admitServer(null, admittedAtLoad ?? null)
    form.resetFields()
    message.success('已退出区级汇总：这台电脑回到工作室使用（已取得的汇总数据仍保存在本机）')
  }

  return (
    <Card title="区级汇总" style={{ marginBottom: 16 }} id="district">
      <Typography.Paragraph type="secondary">
        区（市）社会工作部用这台电脑汇总所辖工作室的督导工作：只读取各工作室报送的汇总数据（督导次数、时数、覆盖人数、项目四色、跟进事项），不含督导记录正文和人员信息。服务器地址和区级账号由负责人提供（npm run sync:provision -- --district）；没有网络的工作室可报送汇总数据文件（.sgrollup），在“区级看板”中导入。报告署名取自“工作室信息”中的名称（可填区社会工作部的名称）。
      </Typography.Paragraph>
      {sync.config ? (
        <Alert style={{ marginBottom: 16 }} type="warning" showIcon message={`这台电脑正在作为工作室 ${sync.config.studioCode} 同步：请先在“同步”中停止同步，再设为区级汇总。`} />
      ) : null}
      {config ? <Alert style={{ marginBottom: 16 }} type="info" showIcon message={`这台电脑已设为区级汇总，授权工作室 ${config.studios.length} 个。`} /> : null}
      <Form form={form} name="district-settings" layout="vertical" style={{ maxWidth: 520 }} requiredMark={false}>
        <Form.Item name="serverUrl" label="区级服务器地址" extra="例如 https://192.168.1.10:6984；只用文件导入时留空">
          <Input placeholder="https://服务器:6984" autoComplete="url" inputMode="url" />
        </Form.Item>
        <Form.Item name="username" label="区级用户名">
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label="区级密码" extra={config?.serverUrl ? '留空则沿用已保存的密码' : undefined}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="studios" label="授权的工作室代码" extra="每行一个，或用逗号、顿号分隔，如 linquan、xuejiadao">
          <Input.TextArea rows={4} autoComplete="off" />
        </Form.Item>
        {tested ? (
          <Alert
            style={{ marginBottom: 16 }}
            role="alert"
            type={tested.ok ? 'success' : tested.problems.length > 0 ? 'warning' : 'error'}
            showIcon
            message={tested.message}
            description={tested.problems.length > 0 ? <ul style={{ margin: 0, paddingLeft: 20 }}>{tested.problems.map((p) => <li key={p}>{p}</li>)}</ul> : undefined}
          />
        ) : null}
        <Space wrap>
          <Button onClick={() => void runTest()} loading={testing}>
            连接测试
          </Button>
          <Button type="primary" loading={saving} disabled={!!sync.config} onClick={() => void save()}>
            {config ? '保存区级汇总设置' : '设为区级汇总'}
          </Button>
          {config ? (
            <Button danger onClick={() => void leave()}>
              退出区级汇总
            </Button>
          ) : null}
        </Space>
      </Form>
    </Card>
  )
}
