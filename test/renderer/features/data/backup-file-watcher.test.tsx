// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { StudioApi } from '@shared/studio-api'
import { writeBackup } from '@shared/backup'
import { backupMeta, smallTables } from '../../../shared/backup/fixtures'

let pending: { name: string; data: Uint8Array } | null = null
let listener: (() => void) | null = null

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
  const host: StudioApi = {
    platform: 'electron',
    getAppVersion: async () => '0.1.0',
    saveFile: async () => ({ saved: true }),
    openFile: async () => null,
    takePendingBackupFile: async () => {
      const f = pending
      pending = null
      return f
    },
    onOpenBackupFile: (l) => {
      listener = l
      return () => {
        listener = null
      }
    },
  }
  window.studio = host
})
afterEach(cleanup)

describe('a backup file opened from the desktop', () => {
  it('shows its studio and counts, and merges only when asked', async () => {
    const { BackupFileWatcher } = await import('@renderer/features/data/BackupFileWatcher')
    const { db } = await import('@renderer/db/connection')
    render(
      <AntApp>
        <BackupFileWatcher />
      </AntApp>,
    )
    await waitFor(() => expect(listener).not.toBeNull())
    expect(screen.queryByText('打开备份文件')).toBeNull()

    pending = { name: '林泉.sgbak', data: await writeBackup({ ...backupMeta, tables: smallTables() }) }
    listener!()
    await screen.findByText('打开备份文件')
    await screen.findByText('林泉高级社工师工作室')
    expect(await db.persons.count()).toBe(0)

    fireEvent.click(screen.getByRole('button', { name: /合并导入/ }))
    await screen.findByText('合并结果')
    expect(await db.persons.count()).toBe(2)
    expect(await db.sessions.count()).toBe(1)
  })
})
