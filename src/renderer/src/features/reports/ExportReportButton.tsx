import { useState } from 'react'
import { App, Button, Tooltip, type ButtonProps } from 'antd'
import { FileWordOutlined } from '@ant-design/icons'
import { newestFirst, periodLabel, periodOf } from '@shared/domain/period'
import { finalPeriods } from '@shared/domain/supervision-index/assessment-rules'
import { studio } from '../../platform/bridge'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import {
  DOCX_FILTERS,
  isAbortError,
  prepareReport,
  renderPreparedReport,
  type ReportRequest,
} from '../../reports/export-report'
import { describeError } from '../../app/errors'
import { loadReportData } from '../../db/report-data'
import { assessmentsOfProject } from '../../db/assessments'
import { useLive } from '../../db/use-live'

export type ExportReportButtonProps = (
  | { kind: 'session'; id: string }
  | { kind: 'project'; id: string; period?: string }
  | { kind: 'studio'; period: string }
  | { kind: 'archive'; id: string; period?: string }
  | { kind: 'agreement'; id: string }
) & {
  label?: string
  type?: ButtonProps['type']
  size?: ButtonProps['size']
}

/** The latest period the project has an assessment for (final ones first), or null. */
function useProjectPeriod(projectId: string | null, given: string | undefined): string | null | undefined {
  const list = useLive(!given && projectId ? () => assessmentsOfProject(db, projectId) : null, [projectId, given])
  if (given) return given
  if (!projectId) return null
  if (list === undefined) return undefined
  if (list.length === 0) return null
  return finalPeriods(list)[0] ?? newestFirst(list.map((a) => a.period))[0] ?? list[0]!.period
}

/**
 * One click → a Word report of this record, project, person or period, saved through the host's
 * save dialog (Electron) or as a download (browser). Placed on the session, project, person and
 * dashboard pages; the 报告导出 screen offers the same reports with a preview and more choices.
 */
export function ExportReportButton(props: ExportReportButtonProps) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const today = todayString()
  const projectPeriod = useProjectPeriod(props.kind === 'project' ? props.id : null, props.kind === 'project' ? props.period : undefined)

  let request: ReportRequest | null = null
  let label = props.label
  let disabledReason: string | null = null
  switch (props.kind) {
    case 'session':
      request = { kind: 'session', sessionId: props.id }
      label ??= '导出记录表'
      break
    case 'project':
      if (projectPeriod) request = { kind: 'project', projectId: props.id, period: projectPeriod }
      else if (projectPeriod === null) disabledReason = '该项目尚无评估，评估后可导出评估报告'
      label ??= projectPeriod ? `导出评估报告（${periodLabel(projectPeriod)}）` : '导出评估报告'
      break
    case 'studio':
      request = { kind: 'studio', period: props.period }
      label ??= `导出工作总结（${periodLabel(props.period)}）`
      break
    case 'agreement':
      request = { kind: 'agreement', agreementId: props.id }
      label ??= '导出协议书'
      break
    case 'archive': {
      const period = props.period ?? periodOf(today, 'Y')
      request = { kind: 'archive', personId: props.id, period }
      label ??= `导出督导档案（${periodLabel(period)}）`
      break
    }
  }

  const run = async () => {
    if (!request) return
    setBusy(true)
    try {
      const data = await loadReportData(db)
      const prepared = prepareReport(data, request, today)
      const rendered = await renderPreparedReport(prepared, { fontSet: data.prefs.reportFonts })
      const result = await studio().saveFile({ suggestedName: rendered.fileName, data: rendered.bytes, filters: DOCX_FILTERS })
      if (result.saved) {
        const redacted = prepared.preview.figures.some((f) => f.label === '敏感记录')
        message.success(`已导出：${rendered.fileName}${redacted ? '（敏感记录，文字内容未导出；如需完整内容请到“报告导出”页勾选）' : ''}`)
        if (rendered.chartErrors.length > 0) message.warning(`以下图表未能生成，报告中已略去：${rendered.chartErrors.join('、')}`)
      }
    } catch (e) {
      if (!isAbortError(e)) message.error(describeError(e, 'export'))
    } finally {
      setBusy(false)
    }
  }

  const button = (
    <Button icon={<FileWordOutlined />} type={props.type} size={props.size} loading={busy} disabled={!request} onClick={() => void run()}>
      {label}
    </Button>
  )
  return disabledReason ? <Tooltip title={disabledReason}>{button}</Tooltip> : button
}
