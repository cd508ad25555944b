import { useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Typography } from 'antd'
import { db } from '../../db/connection'
import {
  changeAppLockPassword,
  DEFAULT_IDLE_MINUTES,
  disableAppLock,
  enableAppLock,
  IDLE_MINUTE_CHOICES,
  passwordProblem,
  setAppLockIdleMinutes,
  type AppLockConfig,
} from '../../db/app-lock'
import { describeError } from '../../app/errors'
import { useAppLock } from './lock-context'

const IDLE_OPTIONS = IDLE_MINUTE_CHOICES.map((m) => ({
  value: m,
  label: m === 0 ? '只在启动时锁定' : `离开 ${m} 分钟后锁定`,
}))

function idleText(minutes: number): string {
  return minutes === 0 ? '打开软件时需要输入密码' : `打开软件时，以及离开 ${minutes} 分钟后需要输入密码`
}

interface NewPasswordValues {
  current?: string
  password: string
  confirm: string
  idleMinutes?: number
}

/** Rules shared by "set" and "change": length, no edge spaces, and the two entries match. */
function newPasswordRules(form: ReturnType<typeof Form.useForm<NewPasswordValues>>[0]) {
  return {
    password: [
      {
        validator: async (_: unknown, value: string | undefined) => {
          const problem = passwordProblem(value ?? '')
          if (problem) throw new Error(problem)
        },
      },
    ],
    confirm: [
      {
        validator: async (_: unknown, value: string | undefined) => {
          if (!value) throw new Error('请再次输入密码')
          if (value !== form.getFieldValue('password')) throw new Error('两次输入的密码不一致')
        },
      },
    ],
  }
}

/**
 * 设置 → 应用锁: set, change or remove the app-lock password and choose the idle time.
 * Hashing takes a moment (600,000 PBKDF2 rounds), hence the loading states.
 */
export function AppLockCard({ config }: { config: AppLockConfig | null }) {
  const { lockNow } = useAppLock()
  const { message } = App.useApp()
  const [enableForm] = Form.useForm<NewPasswordValues>()
  const [changeForm] = Form.useForm<NewPasswordValues>()
  const [disableForm] = Form.useForm<{ current: string }>()
  const [busy, setBusy] = useState<null | 'enable' | 'change' | 'disable' | 'idle'>(null)
  const [dialog, setDialog] = useState<null | 'change' | 'disable'>(null)

  const enable = async (values: NewPasswordValues) => {
    setBusy('enable')
    try {
      await enableAppLock(db, values.password, values.idleMinutes ?? DEFAULT_IDLE_MINUTES)
      enableForm.resetFields()
      message.success('应用锁已启用：下次打开软件时需要输入密码')
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setBusy(null)
    }
  }

  const change = async (values: NewPasswordValues) => {
    setBusy('change')
    try {
      if (!(await changeAppLockPassword(db, values.current ?? '', values.password))) {
        changeForm.setFields([{ name: 'current', errors: ['当前密码不正确，请重新输入。'] }])
        return
      }
      changeForm.resetFields()
      setDialog(null)
      message.success('应用锁密码已修改')
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setBusy(null)
    }
  }

  const disable = async (values: { current: string }) => {
    setBusy('disable')
    try {
      if (!(await disableAppLock(db, values.current ?? ''))) {
        disableForm.setFields([{ name: 'current', errors: ['密码不正确，请重新输入。'] }])
        return
      }
      disableForm.resetFields()
      setDialog(null)
      message.success('应用锁已关闭')
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setBusy(null)
    }
  }

  const changeIdle = async (minutes: number) => {
    setBusy('idle')
    try {
      await setAppLockIdleMinutes(db, minutes)
      message.success('自动锁定时间已保存')
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setBusy(null)
    }
  }

  const enableRules = newPasswordRules(enableForm)
  const changeRules = newPasswordRules(changeForm)

  return (
    <Card title="应用锁" style={{ marginBottom: 16 }} aria-label="应用锁">
      {config ? (
        <>
          <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`应用锁已启用：${idleText(config.idleMinutes)}。`} />
          <Space wrap align="center" style={{ display: 'flex', marginBottom: 12 }}>
            <label htmlFor="app-lock-idle">自动锁定</label>
            <Select
              id="app-lock-idle"
              aria-label="自动锁定"
              style={{ width: 200 }}
              value={config.idleMinutes}
              options={IDLE_OPTIONS}
              loading={busy === 'idle'}
              onChange={(v) => void changeIdle(v)}
            />
          </Space>
          <Space wrap>
            <Button type="primary" onClick={lockNow}>
              立即锁定
            </Button>
            <Button onClick={() => setDialog('change')}>修改密码</Button>
            <Button danger onClick={() => setDialog('disable')}>
              关闭应用锁
            </Button>
          </Space>
        </>
      ) : (
        <>
          <Typography.Paragraph>
            设置密码后，打开软件时和离开电脑一段时间后需要输入密码才能看到数据。密码只以加盐哈希（PBKDF2-SHA256，60 万次迭代）保存在本机。
          </Typography.Paragraph>
          <Form
            form={enableForm}
            layout="vertical"
            onFinish={enable}
            initialValues={{ idleMinutes: DEFAULT_IDLE_MINUTES }}
            style={{ maxWidth: 420 }}
            requiredMark={false}
          >
            <Form.Item label="新密码" name="password" rules={enableRules.password} validateTrigger="onSubmit">
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item label="确认密码" name="confirm" rules={enableRules.confirm} validateTrigger="onSubmit">
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item label="自动锁定" name="idleMinutes">
              <Select options={IDLE_OPTIONS} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy === 'enable'}>
              启用应用锁
            </Button>
          </Form>
        </>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        忘记密码时无法在软件内解除锁定，请把密码记在安全的地方并定期备份。应用锁只遮挡屏幕，不加密电脑上的数据文件：请同时为电脑设置开机密码，并尽量开启磁盘加密（BitLocker 或 FileVault）。
      </Typography.Paragraph>

      <Modal
        title="修改应用锁密码"
        open={dialog === 'change'}
        okText="修改密码"
        cancelText="取消"
        confirmLoading={busy === 'change'}
        onOk={() => changeForm.submit()}
        onCancel={() => {
          changeForm.resetFields()
          setDialog(null)
        }}
        destroyOnHidden
      >
        <Form form={changeForm} layout="vertical" onFinish={change} requiredMark={false}>
          <Form.Item label="当前密码" name="current" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label="新密码" name="password" rules={changeRules.password} validateTrigger="onSubmit">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item label="确认新密码" name="confirm" rules={changeRules.confirm} validateTrigger="onSubmit">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        title="关闭应用锁"
        open={dialog === 'disable'}
        okText="关闭应用锁"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={busy === 'disable'}
        onOk={() => disableForm.submit()}
        onCancel={() => {
          disableForm.resetFields()
          setDialog(null)
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>关闭后，打开软件不再需要密码。</Typography.Paragraph>
        <Form form={disableForm} layout="vertical" onFinish={disable} requiredMark={false}>
          <Form.Item label="当前密码" name="current" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  )
}
