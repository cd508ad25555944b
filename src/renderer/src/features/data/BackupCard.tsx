import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Typography } from 'antd'
import { isEncryptedBackup, type ParsedBackup } from '@shared/backup'
import { db } from '../../db/connection'
import { studio } from '../../platform/bridge'
import { openBackupFile, openProtectedBackupFile } from '../../db/backup'
import { restoreBackup, summarizeBackup, type BackupSummary } from '../../db/backup-restore'
import { mergeBackup, type MergeResult } from '../../db/merge'
import { autoBackupApi, type AutoBackupEntry } from '../../db/backup-auto'
import { BACKUP_FILTERS, backupNow, takeSafetyBackup, type SafetyBackup } from '../../db/backup-flow'
import { describeError } from '../../app/errors'
import { BackupSummaryView } from './BackupSummaryView'
import { MergeResultModal } from './MergeResultView'
import { BulkProgressView, useBulkRun } from './BulkProgress'
import { BulkWriteCancelled } from '../../db/bulk-write'
import { formatBytes, formatTimestamp } from '@shared/text/format'

type Pending = { mode: 'restore' | 'merge'; parsed: ParsedBackup; summary: BackupSummary; fileName: string }

const REASON_LABEL: Record<string, string> = { daily: '每日', quit: '退出时', 'before-restore': '恢复前', 'before-merge': '合并前' }

/** A field for a new backup password (the browser offers no saved one); the placeholder is the label unless given. */
function NewPassword({ label, placeholder = label, value, onChange, width }: { label: string; placeholder?: string; value: string; onChange: (v: string) => void; width: number }) {
  return <Input.Password aria-label={label} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} style={{ width }} autoComplete="new-password" />
}

export function BackupCard({ lastBackupAt }: { lastBackupAt: string | null }) {
  const { message, modal } = App.useApp()
  const [busy, setBusy] = useState<null | 'backup' | 'open' | 'apply'>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [safety, setSafety] = useState<SafetyBackup | null>(null)
  const [mergeResult, setMergeResult] = useState<MergeResult | null>(null)
  const [autoList, setAutoList] = useState<AutoBackupEntry[] | null>(null)
  const auto = autoBackupApi()
  const [password, setPassword] = useState('')
  const [password2, setPassword2] = useState('')
  const [locked, setLocked] = useState<{ mode: Pending['mode']; data: Uint8Array; fileName: string } | null>(null)
  const [unlockPassword, setUnlockPassword] = useState('')
  const [unlockError, setUnlockError] = useState('')
  const bulk = useBulkRun()

  const refreshAuto = useCallback(() => {
    if (!auto) return
    auto.listAutoBackups().then(setAutoList, () => setAutoList([]))
  }, [auto])
  useEffect(refreshAuto, [refreshAuto])

  const fail = (title: string, e: unknown) => modal.error({ title, content: describeError(e, 'backup') })

  const doBackup = async () => {
    if (password !== password2) {
      message.error('两次输入的备份密码不一致')
      return
    }
    setBusy('backup')
    try {
      const r = await backupNow(db, studio(), password ? { password } : {})
      if (r.saved) message.success(r.path ? `备份已保存：${r.path}` : `备份文件“${r.fileName}”已开始下载`)
    } catch (e) {
      fail('备份失败', e)
    } finally {
      setBusy(null)
    }
  }

  const check = async (mode: Pending['mode'], data: Uint8Array, fileName: string) => {
    if (isEncryptedBackup(data)) {
      setUnlockPassword('')
      setUnlockError('')
      setLocked({ mode, data, fileName })
      return
    }
    setBusy('open')
    try {
      const parsed = await openBackupFile(data)
      setPending({ mode, parsed, summary: summarizeBackup(parsed), fileName })
    } catch (e) {
      fail('无法使用这个文件', e)
    } finally {
      setBusy(null)
    }
  }

  const pick = async (mode: Pending['mode']) => {
    try {
      const file = await studio().openFile({ filters: BACKUP_FILTERS })
      if (file) await check(mode, file.data, file.name)
    } catch (e) {
      fail('无法读取文件', e)
    }
  }

  const pickAuto = async (entry: AutoBackupEntry) => {
    if (!auto) return
    try {
      await check('restore', await auto.readAutoBackup(entry.name), entry.name)
    } catch (e) {
      fail('无法读取自动备份', e)
    }
  }

  const apply = async () => {
    if (!pending) return
    setBusy('apply')
    try {
      if (pending.mode === 'restore') {
        const copy = await takeSafetyBackup(db, studio(), 'before-restore')
        await bulk.run((options) => restoreBackup(db, pending.parsed, options))
        setSafety(copy)
        message.success(`已恢复“${pending.summary.studioName || pending.fileName}”${formatTimestamp(pending.summary.createdAt)} 的备份`)
      } else {
        await takeSafetyBackup(db, studio(), 'before-merge')
        setMergeResult(await bulk.run((options) => mergeBackup(db, pending.parsed, options)))
      }
      setPending(null)
      refreshAuto()
    } catch (e) {
      if (e instanceof BulkWriteCancelled) message.info(pending.mode === 'restore' ? '已取消恢复，数据没有改动' : '已取消合并，数据没有改动')
      else fail(pending.mode === 'restore' ? '恢复失败，数据未作改动' : '合并失败，数据未作改动', e)
    } finally {
      setBusy(null)
    }
  }

  const unlock = async () => {
    if (!locked) return
    setBusy('open')
    try {
      const parsed = await openProtectedBackupFile(locked.data, unlockPassword)
      setPending({ mode: locked.mode, parsed, summary: summarizeBackup(parsed), fileName: locked.fileName })
      setLocked(null)
    } catch (e) {
      setUnlockError(describeError(e, 'backup'))
    } finally {
      setBusy(null)
    }
  }

  const downloadSafety = async () => {
    if (!safety) return
    try {
      await studio().saveFile({ suggestedName: safety.fileName, data: safety.bytes, filters: BACKUP_FILTERS })
    } catch (e) {
      fail('保存失败', e)
    }
  }

  return (
    <Card title="备份与恢复" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        上次备份：{lastBackupAt ? formatTimestamp(lastBackupAt) : '从未备份'}
        {auto ? '。本机每天和退出软件时会自动备份（保留最近 30 份）。' : ''}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <NewPassword label="备份密码（可选）" placeholder="备份密码（可选，至少 6 位）" value={password} onChange={setPassword} width={220} />
        {password ? <NewPassword label="再次输入备份密码" value={password2} onChange={setPassword2} width={200} /> : null}
        <Typography.Text type="secondary">设置密码后备份文件会加密，恢复时需要输入密码；密码遗忘无法找回。</Typography.Text>
      </Space>
      <Space wrap>
        <Button type="primary" onClick={doBackup} loading={busy === 'backup'}>
          立即备份
        </Button>
        <Button onClick={() => pick('restore')} loading={busy === 'open' && !pending}>
          从备份恢复
        </Button>
        <Button onClick={() => pick('merge')}>合并导入</Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        “恢复”用备份文件替换本机全部数据（恢复前自动保存当前数据）；“合并导入”把另一台电脑的备份并入本机，两边都改过的记录保留较新的版本，另一版本存入修订历史。
      </Typography.Paragraph>

      {safety && safety.savedTo !== 'none' && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          closable
          onClose={() => setSafety(null)}
          title="恢复前的数据已另存"
          description={
            <>
              {safety.savedTo === 'auto' ? `已存入自动备份：${safety.entry?.name ?? safety.fileName}。` : `已下载“${safety.fileName}”。`}
              <Button size="small" type="link" onClick={downloadSafety}>
                再次保存恢复前的备份
              </Button>
            </>
          }
        />
      )}

      {auto && autoList && autoList.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            自动备份
          </Typography.Title>
          <Table
            size="small"
            rowKey="name"
            aria-label="自动备份"
            dataSource={autoList}
            pagination={autoList.length > 10 ? { pageSize: 10 } : false}
            columns={[
              { title: '时间', key: 't', render: (_: unknown, r) => formatTimestamp(r.createdAt) },
              { title: '类型', key: 'reason', render: (_: unknown, r) => REASON_LABEL[r.reason] ?? r.reason },
              { title: '大小', key: 'size', align: 'right', render: (_: unknown, r) => formatBytes(r.size) },
              {
                title: '操作',
                key: 'op',
                render: (_: unknown, r) => (
                  <Button size="small" onClick={() => pickAuto(r)}>
                    恢复
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}

      <Modal
        open={locked !== null}
        title="输入备份密码"
        okText="打开"
        cancelText="取消"
        confirmLoading={busy === 'open'}
        onOk={unlock}
        onCancel={() => setLocked(null)}
        destroyOnHidden
      >
        <p>“{locked?.fileName}”是加密备份，请输入备份时设置的密码。</p>
        <Form layout="vertical" onFinish={unlock}>
          <Form.Item label="备份密码" validateStatus={unlockError ? 'error' : undefined} help={unlockError || undefined}>
            <Input.Password
              aria-label="备份密码"
              autoFocus
              value={unlockPassword}
              onChange={(e) => {
                setUnlockPassword(e.target.value)
                setUnlockError('')
              }}
              onPressEnter={unlock}
            />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={pending !== null}
        title={pending?.mode === 'merge' ? '合并导入另一台电脑的备份' : '从备份恢复'}
        okText={pending?.mode === 'merge' ? '开始合并' : '确认恢复'}
        okButtonProps={{ danger: pending?.mode === 'restore' }}
        cancelText="取消"
        confirmLoading={busy === 'apply'}
        onOk={apply}
        // While it writes, 取消 stops the write (nothing is kept) and the dialog stays for another try.
        onCancel={() => (busy === 'apply' ? bulk.cancel() : setPending(null))}
        maskClosable={false}
        width={640}
        destroyOnHidden
      >
        {pending && (
          <>
            <Alert
              type={pending.mode === 'restore' ? 'warning' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              title={
                pending.mode === 'restore'
                  ? '恢复会用这份备份替换本机的全部数据。恢复前会自动保存当前数据的备份。'
                  : '合并只会新增或更新记录，不会删除本机的数据；两边都改过的记录会列为冲突。'
              }
            />
            <BackupSummaryView summary={pending.summary} fileName={pending.fileName} />
            {bulk.progress && <BulkProgressView progress={bulk.progress} label={pending.mode === 'merge' ? '正在合并' : '正在恢复'} />}
          </>
        )}
      </Modal>

      <MergeResultModal result={mergeResult} onClose={() => setMergeResult(null)} />
    </Card>
  )
}
