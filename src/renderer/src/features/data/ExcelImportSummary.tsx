import { Button, Result, Space, Table, Typography } from 'antd'
import { importReportFileName, importReportXlsx, type ImportOutcome, type ImportReport, type SheetData } from '@shared/excel'
import { studio } from '../../platform/bridge'
import { useSaving } from '../../components/use-saving'

interface Props {
  result: ImportOutcome
  report: ImportReport
  sheet: SheetData
  headerRow: number
  nextSheet: string | null
  onNextSheet: () => void
}

/** 完成: what was imported, what was not and why; the Excel error report; the next ledger sheet. */
export function ExcelImportSummary({ result, report, sheet, headerRow, nextSheet, onNextSheet }: Props) {
  const { saving, run } = useSaving('export')
  const exportReport = async () => {
    await run(async () => {
      const name = importReportFileName(report)
      const data = await importReportXlsx(report, sheet.rows, headerRow)
      const r = await studio().saveFile({ suggestedName: name, data, filters: [{ name: 'Excel 表格', extensions: ['xlsx'] }] })
      if (r.saved) return r.path ? `已导出：${r.path}` : `“${name}”已开始下载`
    })
  }
  return (
    <div aria-label="导入结果">
      <Result
        style={{ padding: '16px 0' }}
        status={result.imported > 0 ? 'success' : 'info'}
        title={result.imported > 0 ? `已导入 ${result.imported} 条督导记录` : '没有导入新的记录'}
        extra={
          <Space>
            <Button onClick={exportReport} loading={saving}>
              导出导入报告（Excel）
            </Button>
            {nextSheet && (
              <Button type="primary" onClick={onNextSheet}>
                接着导入工作表“{nextSheet}”
              </Button>
            )}
          </Space>
        }
      />
      <ul aria-label="导入摘要" style={{ margin: '0 0 12px', paddingLeft: 20 }}>
        {report.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {report.skipped.length > 0 && (
        <>
          <Typography.Title level={5}>未导入的行</Typography.Title>
          <Table
            size="small"
            rowKey="rowNumber"
            aria-label="未导入的行"
            dataSource={report.skipped}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            columns={[
              { title: '行', dataIndex: 'rowNumber', width: 60 },
              { title: '序号', dataIndex: 'sourceNo', width: 60 },
              { title: '情况', dataIndex: 'status', width: 80 },
              { title: '原因', dataIndex: 'reasons' },
            ]}
          />
        </>
      )}
    </div>
  )
}
