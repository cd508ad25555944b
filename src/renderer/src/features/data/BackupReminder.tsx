import { useState } from 'react'
import { Alert, App, Button, Space } from 'antd'
import { db } from '../../db/connection'
import { studio } from '../../platform/bridge'
import { getPreferences, updatePreferences } from '../../db/settings'
import { backupReminderDue, backupSnoozeEnd, BACKUP_REMINDER_DAYS, BACKUP_SNOOZE_DAYS, hasEnteredData } from '../../db/backup'
import { backupNow } from '../../db/backup-flow'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import { formatTimestamp } from '@shared/text/format'

/**
 * The browser build's reminder, once, above every screen: the browser is the data's only home
 * until a backup leaves it. It backs up in place (立即备份 without a password; a password is set on
 * 设置) and can wait 3 days; a backup taken anywhere puts it away.
 */
export function BackupReminder() {
  const prefs = useLive(() => getPreferences(db), [])
  const hasData = useLive(() => hasEnteredData(db), [])
  const [busy, setBusy] = useState(false)
  const { message, modal } = App.useApp()
  if (studio().platform !== 'browser' || !prefs || !hasData) return null
  if (!backupReminderDue(prefs, hasData)) return null

  const backup = async () => {
    setBusy(true)
    try {
      const r = await backupNow(db, studio())
      if (r.saved) message.success(`备份文件“${r.fileName}”已开始下载，请把它存到安全的位置（如U盘）`)
    } catch (e) {
      modal.error({ title: '备份失败', content: describeError(e, 'backup') })
    } finally {
      setBusy(false)
    }
  }
  const snooze = async () => {
    try {
      await updatePreferences(db, { backupReminderSnoozedUntil: backupSnoozeEnd() })
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  return (
    <section aria-label="备份提醒">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={prefs.lastBackupAt ? `距上次备份（${formatTimestamp(prefs.lastBackupAt)}）已超过 ${BACKUP_REMINDER_DAYS} 天` : '还没有备份过数据'}
        description="网页版的数据只保存在这个浏览器里，清除浏览器数据或更换电脑都会丢失。请立即备份，把备份文件存到安全的位置（如U盘）；需要加密的备份请到“设置 → 备份与恢复”设置密码。"
        action={
          <Space direction="vertical" size={6}>
            <Button type="primary" size="small" loading={busy} onClick={() => void backup()}>
              立即备份
            </Button>
            <Button size="small" onClick={() => void snooze()}>
              {`${BACKUP_SNOOZE_DAYS} 天后再提醒`}
            </Button>
          </Space>
        }
      />
    </section>
  )
}
