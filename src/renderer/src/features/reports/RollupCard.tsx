/**
 * 区级汇总 on 报告导出 (工作室督导工作总结): what the studio tells its 社会工作部 about the period —
 * counts and hours only, no record texts — with the per-period choice 向区级提供被督导者姓名
 * (off unless ticked), where it goes (the server after each sync, when sync is set up) and the
 * `.sgrollup` file for a studio without a network.
 */
import { useMemo, useState } from 'react'
import { Alert, App, Button, Card, Checkbox, Descriptions, Input, Space, Typography } from 'antd'
import { ExportOutlined } from '@ant-design/icons'
import { periodLabel } from '@shared/domain/period'
import { hoursText } from '@shared/domain/statistics'
import { formatTimestamp } from '@shared/text/format'
import { STUDIO_CODE_RE } from '@shared/sync/studio-code'
import { ROLLUP_FILE_EXTENSION, rollupFileBytes, rollupFileName } from '@shared/rollup/publish'
import { studio } from '../../platform/bridge'
import { db } from '../../db/connection'
import { nowIso } from '../../db/clock'
import type { ReportData } from '../../db/report-data'
import { getRollupSettings, saveRollupStudioCode, setSuperviseeNames } from '../../db/rollup-settings'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import { studioRollup } from '../../reports/rollup'
import { useSync } from '../sync/SyncProvider'

const ROLLUP_FILTERS = [{ name: '区级汇总文件', extensions: [ROLLUP_FILE_EXTENSION] }]

function publishLine(sync: ReturnType<typeof useSync>): string {
  const r = sync.rollup
  if (r.state === 'publishing') return '正在上报……'
  if (r.state === 'error') return r.message
  if (r.state === 'done') {
    // Local wall-clock time: the ISO instant is UTC, eight hours off in Beijing.
    const time = formatTimestamp(r.at).slice(11)
    if (r.periods.length === 0) return `尚无已定稿评估的周期，暂无可上报的汇总（${time}）`
    return r.written.length > 0 ? `${time} 已上报：${r.written.map(periodLabel).join('、')}` : `${time} 已核对 ${r.periods.length} 个周期，服务器上的汇总均为最新`
  }
  return '同步完成后自动上报已定稿评估的周期'
}

export function RollupCard({ data, period, today }: { data: ReportData; period: string; today: string }) {
  const { message } = App.useApp()
  const sync = useSync()
  const settings = useLive(() => getRollupSettings(db), [])
  const [codeInput, setCodeInput] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const syncCode = sync.config?.studioCode ?? null
  const code = syncCode ?? codeInput ?? settings?.studioCode ?? ''
  const names = settings?.superviseeNamesPeriods.includes(period) ?? false

  // Computed with a placeholder code when none is known yet: the figures do not depend on it.
  const doc = useMemo(() => (settings ? studioRollup(data, settings, code || 'studio', period, today, nowIso()) : null), [data, settings, code, period, today])

  const exportFile = async () => {
    if (!settings || !doc) return
    if (!STUDIO_CODE_RE.test(code)) {
      setCodeError('请填写区级社会工作部提供的工作室代码（小写字母、数字和连字符）')
      return
    }
    try {
      if (!syncCode && code !== settings.studioCode) await saveRollupStudioCode(db, code)
      const name = rollupFileName(data.studio.name, period, new Date())
      const r = await studio().saveFile({ suggestedName: name, data: rollupFileBytes(doc), filters: ROLLUP_FILTERS })
      if (r.saved) message.success(r.path ? `已导出：${r.path}` : `“${name}”已开始下载`)
    } catch (e) {
      message.error(describeError(e, 'export'))
    }
  }

  const label = periodLabel(period)
  return (
    <Card title="区级汇总" style={{ marginTop: 16 }} aria-label="区级汇总">
      <Typography.Paragraph type="secondary">
        向区（市）社会工作部报送本工作室{label}的汇总数字：督导次数和时数、覆盖人数、跟进事项完成与逾期、各项目指数得分与颜色。督导记录和跟进事项的内容一律不报送。
      </Typography.Paragraph>
      {doc ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }} aria-label="本期汇总数字">
          <Descriptions.Item label="督导">{`${doc.sessions.count} 次，${hoursText(doc.sessions.minutes)} 小时`}</Descriptions.Item>
          <Descriptions.Item label="被督导者">{`${doc.supervisees.covered} 人`}</Descriptions.Item>
          <Descriptions.Item label="跟进事项">{`到期 ${doc.followUps.total} 项，完成 ${doc.followUps.done} 项，逾期 ${doc.followUps.overdue} 项`}</Descriptions.Item>
          <Descriptions.Item label="项目">{`${doc.assessments.projects} 个，已定稿评估 ${doc.assessments.finalised} 个`}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <Checkbox
        checked={names}
        disabled={!settings}
        onChange={(e) =>
          void setSuperviseeNames(db, period, e.target.checked)
            // Settings do not sync, so no sync would carry the choice to the server: publish now.
            .then(() => (sync.config ? sync.publishRollups() : undefined))
            .catch((err: unknown) => message.error(describeError(err, 'save')))
        }
      >
        向区级提供被督导者姓名（仅{label}）
      </Checkbox>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {names ? `将报送${label}每位被督导者的姓名、督导次数和时数。` : '不勾选时只报送人数和总时数，不含任何姓名。'}
      </Typography.Paragraph>
      {sync.config ? (
        <Alert
          type={sync.rollup.state === 'error' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          message={`已设置同步：评估定稿后及数据变化时，汇总自动上报到服务器（工作室 ${sync.config.studioCode}）`}
          description={publishLine(sync)}
        />
      ) : (
        <Space orientation="vertical" style={{ marginBottom: 12 }}>
          <Typography.Text>本机未设置同步：导出汇总文件，交给区级社会工作部导入。</Typography.Text>
          <label htmlFor="rollup-code">工作室代码</label>
          <Input
            id="rollup-code"
            aria-label="工作室代码"
            placeholder="由区级社会工作部提供，如 linquan"
            value={code}
            status={codeError ? 'error' : undefined}
            onChange={(e) => {
              setCodeInput(e.target.value.trim())
              setCodeError(null)
            }}
            style={{ width: 260 }}
          />
          {codeError ? <Typography.Text type="danger">{codeError}</Typography.Text> : null}
        </Space>
      )}
      <div>
        <Button icon={<ExportOutlined />} disabled={!doc} onClick={() => void exportFile()}>
          导出区级汇总文件（.{ROLLUP_FILE_EXTENSION}）
        </Button>
      </div>
    </Card>
  )
}
