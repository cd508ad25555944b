import { useEffect, useRef, useState } from 'react'
import { Button, Card, Form, Input, Typography, type InputRef } from 'antd'
import { LockOutlined } from '@ant-design/icons'
import { checkAppLockPassword, type AppLockConfig } from '../../db/app-lock'
import './lock.css'

/** Wrong tries before a pause, and the pause. */
const FREE_TRIES = 5
const PAUSE_SECONDS = 30

/**
 * The lock screen: the only thing rendered while the app is locked, so no studio data is in
 * the page at all. A wrong password gets a clear Chinese message; after five wrong tries
 * the next one waits 30 seconds.
 */
export function LockScreen({ config, onUnlock }: { config: AppLockConfig; onUnlock: () => void }) {
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const [failures, setFailures] = useState(0)
  const [waitUntil, setWaitUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const input = useRef<InputRef>(null)

  useEffect(() => {
    input.current?.focus()
  }, [])

  useEffect(() => {
    if (waitUntil <= now) return
    const t = window.setTimeout(() => setNow(Date.now()), 1000)
    return () => window.clearTimeout(t)
  }, [waitUntil, now])

  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000))

  const submit = async () => {
    if (checking) return
    if (Date.now() < waitUntil) {
      setNow(Date.now())
      return
    }
    if (!password) {
      setError('请输入密码')
      return
    }
    setChecking(true)
    setError(null)
    try {
      if (await checkAppLockPassword(config, password)) {
        onUnlock()
        return
      }
      const count = failures + 1
      setFailures(count)
      setPassword('')
      if (count >= FREE_TRIES) {
        const until = Date.now() + PAUSE_SECONDS * 1000
        setWaitUntil(until)
        setNow(Date.now())
        setError(`密码不正确。已连续输错 ${count} 次，请 ${PAUSE_SECONDS} 秒后再试。`)
      } else {
        setError('密码不正确，请重新输入。')
      }
      input.current?.focus()
    } catch {
      setError('无法验证密码，请重试。')
    } finally {
      setChecking(false)
    }
  }

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <Card className="lock-card">
        <div className="lock-icon" aria-hidden>
          <LockOutlined />
        </div>
        <h1 id="lock-title" className="lock-title">
          应用已锁定
        </h1>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          社工督导工作台已锁定，请输入应用锁密码继续使用。
        </Typography.Paragraph>
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="应用锁密码"
            htmlFor="app-lock-password"
            validateStatus={error ? 'error' : undefined}
            help={error ?? (waitSeconds > 0 ? `请 ${waitSeconds} 秒后再试` : undefined)}
          >
            <Input.Password
              id="app-lock-password"
              ref={input}
              value={password}
              autoComplete="current-password"
              onChange={(e) => {
                setPassword(e.target.value)
                if (error && waitSeconds === 0) setError(null)
              }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={checking} disabled={waitSeconds > 0}>
            {waitSeconds > 0 ? `请 ${waitSeconds} 秒后再试` : '解锁'}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          忘记密码时无法在软件内解除锁定。请联系为您安装软件的技术人员，并用最近的备份文件恢复数据。
        </Typography.Paragraph>
      </Card>
    </main>
  )
}
