// First: zod must know it may not use eval before anything parses (see zod-jitless.ts).
import '../platform/zod-jitless'
import { useEffect, useState } from 'react'
import { Button, Result, Spin } from 'antd'
import { openDatabase, type OpenResult } from '../db/connection'
import { AppShell } from './AppShell'
import { LockGate } from '../features/lock/LockGate'
import { DatabaseRecovery } from '../features/data/DatabaseRecovery'
import { db } from '../db/connection'
import { startAutoBackups } from '../db/backup-auto'
import { ensureDefaultFramework } from '../db/frameworks'
import { studio } from '../platform/bridge'
import { SyncProvider } from '../features/sync/SyncProvider'
import { startSync } from './sync-engine'

/** Opens the database before anything else renders; a failure gets a Chinese explanation. */
export function Root() {
  const [state, setState] = useState<OpenResult | null>(null)
  const [replaced, setReplaced] = useState(false)

  useEffect(() => {
    void openDatabase(() => setReplaced(true)).then(setState)
  }, [])

  // Daily and on-quit backups (Electron only; the browser build reminds instead).
  useEffect(() => {
    if (!state?.ok) return
    // The "12345" 参考模板 exists from the first run on (idempotent).
    void ensureDefaultFramework(db).catch(console.error)
    return startAutoBackups(db, () => studio().getAppVersion())
  }, [state?.ok])

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
  if (!state.ok) return <DatabaseRecovery error={state.error} />
  return (
    <LockGate>
      <SyncProvider startSync={startSync}>
        <AppShell />
      </SyncProvider>
    </LockGate>
  )
}
