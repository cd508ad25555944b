/**
 * The real app shell with a scripted sync engine in place of the real one, for looking at the
 * header's sync status in each state (scripts/sync-screens.mjs). `?state=` picks the status the
 * engine reports; everything else — the shell, the provider, the header — is the app's own code.
 */
import React from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import 'antd/dist/antd.css'
import '@renderer/app/global.css'
import '@renderer/platform/zod-jitless'
import { AppShell } from '@renderer/app/AppShell'
import { db, openDatabase } from '@renderer/db/connection'
import { saveSyncConfig } from '@renderer/db/sync-config'
import { recordConflicts } from '@renderer/db/conflicts'
import { write } from '@renderer/db/write'
import { saveStudioInfo } from '@renderer/db/settings'
import { rememberPassword } from '@renderer/platform/sync-secrets'
import { SyncProvider } from '@renderer/features/sync/SyncProvider'
import type { StartSync, SyncStatus } from '@renderer/features/sync/sync-types'

const params = new URLSearchParams(location.search)
const STATES: Record<string, SyncStatus> = {
  synced: { state: 'synced', at: '2026-12-06T02:15:00.000Z' },
  syncing: { state: 'syncing', pending: 37 },
  offline: { state: 'offline', pending: 5 },
  'first-sync': { state: 'first-sync', done: 8600, total: 20000 },
  error: { state: 'error', message: '用户名或密码错误' },
}
const status = STATES[params.get('state') ?? 'synced'] ?? STATES.synced!

const scripted: StartSync = () => ({
  status: () => status,
  subscribe: () => () => undefined,
  syncNow: () => new Promise((r) => setTimeout(r, 1500)),
  cancelFirstSync: () => undefined,
  stop: () => Promise.resolve(),
  log: () => [],
})

async function start() {
  const opened = await openDatabase(() => undefined)
  if (!opened.ok) throw new Error('database')
  await saveStudioInfo(db, { name: '临泉街道高级社会工作师工作室', lead: '高瑞敏' })
  await saveSyncConfig(db, { serverUrl: 'https://couch.linquan.example:6984', studioCode: 'linquan', username: 'gaorm' })
  if (params.get('state') !== 'password') await rememberPassword('pass-1234')
  if (params.get('conflicts')) {
    // Two records both laptops changed: what 冲突 n counts (the real conflicts table).
    const found = ['s1', 's2'].map((id) => ({
      table: 'sessions' as const, recordId: id, title: `DD-2026-00${id.slice(1)}`, reason: '两台电脑都修改了这个字段', provisional: 'local' as const,
      fields: [{ field: 'location', label: '地点', local: '工作站二楼', remote: '社区活动室' }],
    }))
    await write(db, ['conflicts'], () => recordConflicts(db, found, '同步', 'B'))
  }
  createRoot(document.getElementById('root')!).render(
    <React.StrictMode>
      <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true, token: { motion: false, colorPrimary: '#1f6f5c' } }}>
        <AntApp>
          <SyncProvider startSync={scripted}>
            <AppShell />
          </SyncProvider>
        </AntApp>
      </ConfigProvider>
    </React.StrictMode>,
  )
}
void start()
