import { useRef, useState } from 'react'
import { Alert, App, Button, Card, Progress, Space, Tag } from 'antd'
import { FileZipOutlined } from '@ant-design/icons'
import { periodLabel } from '@shared/domain/period'
import { periodSetCounts } from '@shared/reports/content'
import { studio } from '../../platform/bridge'
import { describeError } from '../../app/errors'
import type { ReportData } from '../../db/report-data'
import { assessedProjects, isAbortError, ZIP_FILTERS } from '../../reports/export-report'
import { exportPeriodSet, exportProjectBatch, periodSet, type BatchOptions, type BatchProgress, type BatchResult } from '../../reports/batch-export'

type Run = (data: ReportData, period: string, today: string, options: BatchOptions) => Promise<BatchResult>

/**
 * 批量导出 on 报告导出: the period's whole set at quarter end (every final project report, the
 * studio summary, every supervised person's archive, and what is missing and why) and, on the
 * project report, every project report of the period. One zip each, with progress and cancel.
 */
export function BatchExportCard({ data, period, today, projectBatch }: { data: ReportData; period: string; today: string; projectBatch: boolean }) {
  const { message } = App.useApp()
  const [batch, setBatch] = useState<BatchProgress | null>(null)
  const abortRef = useRef<AbortController | null>(null)
  const plan = periodSet(data, period)
  const projects = projectBatch ? assessedProjects(data, period) : []
  const drafts = projects.filter((i) => i.assessment.status === '草稿').length
  const label = periodLabel(period)

  const run = async (exporter: Run, done: (r: BatchResult) => string) => {
    const controller = new AbortController()
    abortRef.current = controller
    setBatch({ done: 0, total: 1, current: '' })
    try {
      const result = await exporter(data, period, today, { signal: controller.signal, onProgress: setBatch })
      const saved = await studio().saveFile({ suggestedName: result.fileName, data: result.bytes, filters: ZIP_FILTERS })
      if (saved.saved) message.success(done(result))
      if (result.chartErrors.length > 0) message.warning(`以下图表未能生成，报告中已略去：${result.chartErrors.join('、')}`)
    } catch (e) {
      if (isAbortError(e)) message.info('已取消批量导出')
      else message.error(describeError(e, 'export'))
    } finally {
      abortRef.current = null
      setBatch(null)
    }
  }

  return (
    <Card title="批量导出" style={{ marginTop: 16 }} aria-label="批量导出">
      {batch ? (
        <div role="status" aria-label="批量导出进度">
          <Progress percent={Math.round((batch.done / Math.max(1, batch.total)) * 100)} status="active" />
          <Space>
            <span>
              正在生成（{Math.min(batch.done + 1, batch.total)}/{batch.total}）：{batch.current}
            </span>
            <Button danger onClick={() => abortRef.current?.abort()}>
              取消
            </Button>
          </Space>
        </div>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <section aria-label="本期全部报告">
            <Space wrap>
              <span>
                {label}全部报告：{periodSetCounts(plan.items)}
              </span>
              <Button
                type="primary"
                icon={<FileZipOutlined />}
                onClick={() => void run(exportPeriodSet, (r) => `已导出${label}全部报告 ${r.count} 份：${r.fileName}`)}
              >
                导出本期全部报告
              </Button>
            </Space>
            {plan.gaps.length > 0 ? (
              <Alert
                type="info"
                showIcon
                style={{ marginTop: 8 }}
                title="以下报告不在其中"
                description={
                  <ul className="rp-gaps" aria-label="未生成的报告">
                    {plan.gaps.map((g) => (
                      <li key={g.reason}>
                        {g.reason}：{g.names.join('、')}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : null}
          </section>
          {projectBatch ? (
            <Space wrap>
              <span>
                {label}有评估的项目共 <strong>{projects.length}</strong> 个
                {drafts > 0 ? <Tag style={{ marginLeft: 8 }}>其中草稿 {drafts} 份</Tag> : null}
              </span>
              <Button icon={<FileZipOutlined />} disabled={projects.length === 0} onClick={() => void run(exportProjectBatch, (r) => `已导出 ${r.count} 份项目评估报告：${r.fileName}`)}>
                全部导出为 ZIP
              </Button>
            </Space>
          ) : null}
        </Space>
      )}
    </Card>
  )
}
