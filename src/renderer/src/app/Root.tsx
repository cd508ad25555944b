import { useEffect, useState } from 'react'
import { Button, Result, Spin } from 'antd'
import { openDatabase, type OpenResult } from '../db/connection'
import { AppShell } from './AppShell'
import { LockGate } from '../features/lock/LockGate'

/** Opens the database before anything else renders; a failure gets a Chinese explanation. */
export function Root() {
  const [state, setState] = useState<OpenResult | null>(null)
  const [replaced, setReplaced] = useState(false)

  useEffect(() => {
    void openDatabase(() => setReplaced(true)).then(setState)
  }, [])

  if (replaced)
    return (
      <Result
        status="info"
        title="软件已在另一个窗口中升级"
        subTitle="为避免数据出错，本窗口已暂停使用，请重新加载。"
        extra={<Button type="primary" onClick={() => location.reload()}>重新加载</Button>}
      />
    )
  if (!state) return <Spin fullscreen tip="正在打开数据库…" />
  if (!state.ok)
    return (
      <Result
        status="error"
        title="无法打开数据库"
        subTitle={`软件没有删除任何数据。请关闭其他打开本软件的窗口后重新启动；如仍无法打开，请联系技术支持。（${String((state.error as Error)?.message ?? state.error)}）`}
        extra={<Button onClick={() => location.reload()}>重试</Button>}
      />
    )
  return (
    <LockGate>
      <AppShell />
    </LockGate>
  )
}
