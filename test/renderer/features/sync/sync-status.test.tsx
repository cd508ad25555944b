// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { SyncStatusView, statusLabel } from '@renderer/features/sync/SyncStatusBar'
import { SyncProvider, useSync } from '@renderer/features/sync/SyncProvider'
import type { StartSync, SyncHandle, SyncStatus } from '@renderer/features/sync/sync-types'
import { db } from '@renderer/db/connection'
import { saveSyncConfig } from '@renderer/db/sync-config'
import { rememberPassword } from '@renderer/platform/sync-secrets'
import { antdInJsdom } from '../../antd-jsdom'

beforeAll(antdInJsdom)
afterEach(cleanup)

function view(status: SyncStatus, over: Partial<Parameters<typeof SyncStatusView>[0]> = {}) {
  const props = { status, conflicts: 0, needsPassword: false, onSyncNow: vi.fn(() => Promise.resolve()), onCancelFirstSync: vi.fn(), onEnterPassword: vi.fn(), onOpenConflicts: vi.fn(), ...over }
  render(<SyncStatusView {...props} />)
  return props
}

describe('the sync status in the header', () => {
  it.each([
    [{ state: 'synced', at: '2026-12-06T02:00:00.000Z' }, '已同步'],
    [{ state: 'syncing', pending: 12 }, '同步中（剩余 12 条）'],
    [{ state: 'offline', pending: 3 }, '离线（3 条待上传）'],
    [{ state: 'connecting' }, '正在连接…'],
    [{ state: 'error', message: '用户名或密码错误' }, '同步出错'],
  ] as [SyncStatus, string][])('shows %j as %s, with 立即同步', (status, text) => {
    const props = view(status)
    expect(screen.getByRole('status', { name: '同步状态' }).textContent).toContain(text)
    expect(statusLabel(status).text).toBe(text)
    fireEvent.click(screen.getByRole('button', { name: /立即同步/ }))
    expect(props.onSyncNow).toHaveBeenCalledTimes(1)
  })

  it('shows 冲突 n as a way to 冲突处理', () => {
    const props = view({ state: 'synced', at: '2026-12-06T02:00:00.000Z' }, { conflicts: 2 })
    fireEvent.click(screen.getByRole('button', { name: '冲突 2' }))
    expect(props.onOpenConflicts).toHaveBeenCalledTimes(1)
  })

  it('shows the first sync as a progress bar with 取消, and no 立即同步', () => {
    const props = view({ state: 'first-sync', done: 500, total: 2000 })
    expect(screen.getByRole('progressbar', { name: '首次同步 500/2000 条' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /立即同步/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '取 消' }))
    expect(props.onCancelFirstSync).toHaveBeenCalledTimes(1)
  })

  it('asks for the password of this session when the computer does not keep it', () => {
    const props = view({ state: 'off' }, { needsPassword: true })
    expect(screen.getByRole('status').textContent).toContain('同步已暂停')
    fireEvent.click(screen.getByRole('button', { name: '输入同步密码' }))
    expect(props.onEnterPassword).toHaveBeenCalledTimes(1)
  })
})

/** An engine that reports what the test tells it to. */
function fakeEngine() {
  const listeners = new Set<(s: SyncStatus) => void>()
  let current: SyncStatus = { state: 'connecting' }
  const handle: SyncHandle = {
    status: () => current,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    syncNow: vi.fn(() => Promise.resolve()),
    cancelFirstSync: vi.fn(),
    stop: vi.fn(() => Promise.resolve()),
    log: () => [{ at: '2026-12-06T02:00:00.000Z', text: '已拒绝服务器上的一条记录：格式不正确' }],
  }
  const startSync = vi.fn<StartSync>(() => handle)
  const emit = (s: SyncStatus) => {
    current = s
    for (const l of listeners) l(s)
  }
  return { handle, startSync, emit }
}

function Probe() {
  const sync = useSync()
  return <output>{`${sync.status.state}|${sync.needsPassword}|${sync.log.length}`}</output>
}

describe('SyncProvider', () => {
  it('starts the engine at load with the saved settings and the password of this session, and follows its status', async () => {
    await db.open()
    await saveSyncConfig(db, { serverUrl: 'http://127.0.0.1:5984', studioCode: 'linquan', username: 'gao' })
    await rememberPassword('pass-1234')
    const engine = fakeEngine()
    render(<SyncProvider startSync={engine.startSync}><Probe /></SyncProvider>)
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('connecting|false|1'))
    expect(engine.startSync).toHaveBeenCalledWith(db, { serverUrl: 'http://127.0.0.1:5984', studioCode: 'linquan', username: 'gao' }, 'pass-1234')
    act(() => engine.emit({ state: 'offline', pending: 4 }))
    expect(screen.getByRole('status').textContent).toBe('offline|false|1')
    cleanup()
    expect(engine.handle.stop).toHaveBeenCalled()
  })
})
