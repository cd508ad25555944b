import { useState } from 'react'
import { App, Button, Card, Checkbox, Space, Typography } from 'antd'
import { EXPORT_SHEET_LABELS, EXPORT_SHEETS, type ExportSheet, type SheetData } from '@shared/excel'
import { db } from '../../db/connection'
import { studio } from '../../platform/bridge'
import { getStudioInfo } from '../../db/settings'
import { openExcelFile } from '../../db/excel-import'
import { excelFileName, exportExcel } from '../../db/excel-export'
import { describeError } from '../../app/errors'
import { ExcelImportModal } from './ExcelImportModal'

const XLSX_FILTERS = [{ name: 'Excel 表格', extensions: ['xlsx'] }]

/** 设置 → Excel 导入与导出. */
export function ExcelCard() {
  const { message, modal } = App.useApp()
  const [sheets, setSheets] = useState<{ fileName: string; sheets: SheetData[] } | null>(null)
  const [reading, setReading] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [chosen, setChosen] = useState<ExportSheet[]>([...EXPORT_SHEETS])
  const [includeSensitive, setIncludeSensitive] = useState(false)

  const pick = async () => {
    try {
      const file = await studio().openFile({ filters: XLSX_FILTERS })
      if (!file) return
      setReading(true)
      setSheets({ fileName: file.name, sheets: await openExcelFile(file.data) })
    } catch (e) {
      modal.error({ title: '无法导入这个文件', content: describeError(e, 'save') })
    } finally {
      setReading(false)
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
        把以前用 Excel 记录的督导记录导入本软件：软件会根据列名自动对应“日期”“督导者”“被督导者”等列，可以逐项修改，导入前逐行预览并提示错误；同一个表格重复导入不会产生重复记录。
      </Typography.Paragraph>
      <Button onClick={pick} loading={reading}>
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
      {sheets && <ExcelImportModal open fileName={sheets.fileName} sheets={sheets.sheets} onClose={() => setSheets(null)} />}
    </Card>
  )
}
