import { useEffect, useState } from 'react'
import { Alert, Button, Space } from 'antd'
import { useNavigate } from 'react-router-dom'
import { markChanged, presenceMark, vanishedData, type PresenceMark } from '@shared/domain/studio-presence'
import { formatTimestamp } from '@shared/text/format'
import { autoBackupApi } from '../../db/backup-auto'
import { db } from '../../db/connection'
import { firstRunState } from '../../db/first-run'
import { useLive } from '../../db/use-live'
import { readPresenceMark, writePresenceMark } from '../../platform/presence-mark'
import { FirstRunChecklist } from './FirstRunChecklist'

/**
 * The top of the 工作台: 开始使用 for a new studio — or, when the database is empty where this
 * computer last saw records (src/shared/domain/studio-presence.ts), a warning that sends the user
 * to the backups instead of offering a fresh start on top of the loss. While records are there,
 * it remembers how many (platform/presence-mark.ts).
 */
export function StudioStart() {
  const state = useLive(() => firstRunState(db), [])
  const [mark, setMark] = useState<PresenceMark | null>(readPresenceMark)
  useEffect(() => {
    if (!state || !markChanged(mark, state.stored)) return
    const next = presenceMark(state.stored, new Date().toISOString())
    writePresenceMark(next)
    setMark(next)
  }, [state, mark])
  if (!state) return null
  const lost = vanishedData(mark, state.stored)
  if (lost) {
    const forget = () => {
      writePresenceMark(null)
      setMark(null)
    }
    return <VanishedDataNotice mark={lost} onForget={forget} />
  }
  return <FirstRunChecklist state={state} />
}

function VanishedDataNotice({ mark, onForget }: { mark: PresenceMark; onForget: () => void }) {
  const navigate = useNavigate()
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message="本机的数据库是空的，但这台电脑上次有数据"
      description={
        <>
          <p style={{ margin: '4px 0 8px' }}>
            {`这台电脑最近一次记下（${formatTimestamp(mark.at)}）时，本机有 ${mark.sessions} 条督导记录、${mark.persons} 位人员、${mark.projects} 个服务项目；现在一条也没有。`}
            数据可能被浏览器或系统清除了（例如磁盘出错、软件异常退出，或清除了浏览数据）。本软件不会自行删除数据。
          </p>
          <p style={{ margin: '0 0 12px' }}>
            {`请先不要录入新内容：到“设置 → 备份与恢复”，从最近的备份恢复${autoBackupApi() ? '（本机的自动备份也在那里）' : ''}。如果是有意清空的（例如换用新的数据库），可以不再提示。`}
          </p>
          <Space wrap>
            <Button type="primary" onClick={() => navigate('/settings')}>
              去备份与恢复
            </Button>
            <Button onClick={onForget}>是有意清空的，不再提示</Button>
          </Space>
        </>
      }
    />
  )
}
