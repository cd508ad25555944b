import { useState } from 'react'
import { App, Button, Card, Checkbox, Space, Typography } from 'antd'
import { EXPORT_SHEET_LABELS, EXPORT_SHEETS, type ExportSheet } from '@shared/excel'
import { db } from '../../db/connection'
import { studio } from '../../platform/bridge'
import { getStudioInfo } from '../../db/settings'
import { excelFileName, exportExcel } from '../../db/excel-export'
import { describeError } from '../../app/errors'
import { ExcelImportModal } from './ExcelImportModal'

const XLSX_FILTERS = [{ name: 'Excel 表格', extensions: ['xlsx'] }]

/** 设置 → Excel 导入与导出. */
export function ExcelCard() {
  const { message, modal } = App.useApp()
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null)
  const [exporting, setExporting] = useState(false)
  const [chosen, setChosen] = useState<ExportSheet[]>([...EXPORT_SHEETS])
  const [includeSensitive, setIncludeSensitive] = useState(false)

  // The dialog reads the file itself (in a worker, with progress and 取消).
  const pick = async () => {
    try {
      const opened = await studio().openFile({ filters: XLSX_FILTERS })
      if (opened) setFile(opened)
    } catch (e) {
      modal.error({ title: '无法导入这个文件', content: describeError(e, 'save') })
    }
  }

  const doExport = async () => {
    setExporting(true)
    try {
      const bytes = await exportExcel(db, { sheets: chosen, includeSensitive })
      const name = excelFileName((await getStudioInfo(db)).name)
      const r = await studio().saveFile({ suggestedName: name, data: bytes, filters: XLSX_FILTERS })
      if (r.saved) message.success(r.path ? `已导出：${r.path}` : `“${name}”已开始下载`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setExporting(false)
    }
  }

  return (
    <Card title="Excel 导入与导出" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        把以前用 Excel 记录的督导台账导入本软件：软件根据列名自动对应“日期”“督导者”“被督导者”“跟进事项”等列，表格中的每一列都要选定去向；导入前逐行预览，有问题的行可以直接修改，项目名称逐一确认；同一个表格重复导入不会产生重复记录。
      </Typography.Paragraph>
      <Button onClick={pick}>
        导入旧督导记录（.xlsx）
      </Button>
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        导出到 Excel
      </Typography.Title>
      <Space orientation="vertical">
        <Checkbox.Group
          aria-label="导出的列表"
          value={chosen}
          onChange={(v) => setChosen(v as ExportSheet[])}
          options={EXPORT_SHEETS.map((s) => ({ value: s, label: EXPORT_SHEET_LABELS[s] }))}
        />
        <Checkbox checked={includeSensitive} onChange={(e) => setIncludeSensitive(e.target.checked)}>
          包含敏感记录的文字内容（默认不导出）
        </Checkbox>
        <Button onClick={doExport} loading={exporting} disabled={chosen.length === 0}>
          导出 Excel
        </Button>
      </Space>
      {file && <ExcelImportModal fileName={file.name} bytes={file.data} onClose={() => setFile(null)} />}
    </Card>
  )
}
