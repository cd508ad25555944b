import { useEffect, useState } from 'react'
import { Alert, App, Button, Modal, Space } from 'antd'
import type { ParsedBackup } from '@shared/backup'
import { db } from '../../db/connection'
import { studio } from '../../platform/bridge'
import { openBackupFile } from '../../db/backup'
import { restoreBackup, summarizeBackup, type BackupSummary } from '../../db/backup-restore'
import { mergeBackup, type MergeResult } from '../../db/merge'
import { takeSafetyBackup } from '../../db/backup-flow'
import { describeError } from '../../app/errors'
import { BackupSummaryView } from './BackupSummaryView'
import { MergeResultModal } from './MergeResultView'
import { formatTimestamp } from '@shared/text/format'

type Opened = { parsed: ParsedBackup; summary: BackupSummary; fileName: string }

/**
 * A .sgbak opened from the desktop (double-click / "open with", Electron): shows the file's
 * studio, date and counts and offers 合并导入 or 恢复 — nothing happens without a click.
 * Mount once in the app shell: <BackupFileWatcher />. Does nothing where the host has no
 * such files (browser build, older preload).
 */
export function BackupFileWatcher() {
  const { message, modal } = App.useApp()
  const [opened, setOpened] = useState<Opened | null>(null)
  const [busy, setBusy] = useState<null | 'restore' | 'merge'>(null)
  const [mergeResult, setMergeResult] = useState<MergeResult | null>(null)

  useEffect(() => {
    const host = studio()
    if (!host.takePendingBackupFile) return
    let alive = true
    const take = async () => {
      try {
        const file = await host.takePendingBackupFile!()
        if (!file || !alive) return
        const parsed = await openBackupFile(file.data)
        if (alive) setOpened({ parsed, summary: summarizeBackup(parsed), fileName: file.name })
      } catch (e) {
        if (alive) modal.error({ title: '无法打开这个备份文件', content: describeError(e, 'backup') })
      }
    }
    void take()
    const off = host.onOpenBackupFile?.(() => void take())
    return () => {
      alive = false
      off?.()
    }
  }, [modal])

  const run = async (mode: 'restore' | 'merge') => {
    if (!opened) return
    setBusy(mode)
    try {
      if (mode === 'restore') {
        const copy = await takeSafetyBackup(db, studio(), 'before-restore')
        await restoreBackup(db, opened.parsed)
        message.success(
          `已恢复 ${formatTimestamp(opened.summary.createdAt)} 的备份${copy ? '（恢复前的数据已另存）' : ''}`,
        )
      } else {
        await takeSafetyBackup(db, studio(), 'before-merge')
        setMergeResult(await mergeBackup(db, opened.parsed))
      }
      setOpened(null)
    } catch (e) {
      modal.error({ title: mode === 'restore' ? '恢复失败，数据未作改动' : '合并失败，数据未作改动', content: describeError(e, 'backup') })
    } finally {
      setBusy(null)
    }
  }

  const confirmRestore = () =>
    modal.confirm({
      title: '用这份备份替换本机的全部数据？',
      content: '恢复前会自动保存当前数据的备份。',
      okText: '确认恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => run('restore'),
    })

  return (
    <>
      <Modal
        open={opened !== null}
        title="打开备份文件"
        onCancel={() => setOpened(null)}
        maskClosable={false}
        width={640}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setOpened(null)}>取消</Button>
            <Button danger loading={busy === 'restore'} disabled={busy !== null} onClick={confirmRestore}>
              恢复（替换本机数据）
            </Button>
            <Button type="primary" loading={busy === 'merge'} disabled={busy !== null} onClick={() => run('merge')}>
              合并导入
            </Button>
          </Space>
        }
      >
        {opened && (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="另一台电脑的备份请选“合并导入”（不会删除本机数据）；要回到备份时的状态请选“恢复”。"
            />
            <BackupSummaryView summary={opened.summary} fileName={opened.fileName} />
          </>
        )}
      </Modal>
      <MergeResultModal result={mergeResult} onClose={() => setMergeResult(null)} />
    </>
  )
}
