import { useEffect, useMemo, useState } from 'react'
import { Alert, App, Button, Checkbox, InputNumber, Modal, Radio, Result, Select, Space, Steps, Table, Tag, Typography } from 'antd'
import {
  cellText,
  columnLetter,
  DEFAULT_IMPORT_DEFAULTS,
  findHeaderRow,
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportDefaults,
  type ImportField,
  type ImportPreview,
  type PreviewRow,
  type SheetData,
} from '@shared/excel'
import { SESSION_FUNCTIONS, SESSION_MODES, SUPERVISION_KINDS } from '@shared/model'
import { db } from '../../db/connection'
import { allPersons } from '../../db/persons'
import { useLive } from '../../db/use-live'
import { commitExcelImport, NO_HEADER_MESSAGE, previewExcelImport, type ExcelImportSummary } from '../../db/excel-import'
import { describeError } from '../../app/errors'
import { toOptions } from '../../components/options'

const STATUS: Record<PreviewRow['status'], { label: string; color: string }> = {
  ok: { label: '可导入', color: 'green' },
  error: { label: '有错误', color: 'red' },
  duplicate: { label: '重复', color: 'default' },
}

/** Fields the sheet must provide (or have a default for) before a preview makes sense. */
const KEY_FIELDS: ImportField[] = ['date', 'supervisors', 'supervisees']

interface Props {
  open: boolean
  fileName: string
  sheets: SheetData[]
  onClose: () => void
}

/** 导入旧督导记录: 对应列 → 预览 → 完成. */
export function ExcelImportModal({ open, fileName, sheets, onClose }: Props) {
  const { message } = App.useApp()
  const persons = useLive(() => allPersons(db), [])
  const firstGuessed = useMemo(() => Math.max(0, sheets.findIndex((s) => findHeaderRow(s.rows) !== null)), [sheets])
  const [sheetIndex, setSheetIndex] = useState(firstGuessed)
  const sheet = sheets[sheetIndex]
  const guess = useMemo(() => (sheet ? findHeaderRow(sheet.rows) : null), [sheet])
  const [headerRow, setHeaderRow] = useState(0)
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping([]))
  const [defaults, setDefaults] = useState<ImportDefaults>(DEFAULT_IMPORT_DEFAULTS)
  const [step, setStep] = useState(0)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [summary, setSummary] = useState<ExcelImportSummary | null>(null)
  const [busy, setBusy] = useState(false)
  const [filter, setFilter] = useState<'all' | PreviewRow['status']>('all')

  useEffect(() => setSheetIndex(firstGuessed), [firstGuessed])
  useEffect(() => {
    setHeaderRow(guess?.headerRow ?? 0)
    setMapping(guess?.mapping ?? guessMapping([]))
    setStep(0)
    setPreview(null)
    setSummary(null)
  }, [guess])

  const headers = useMemo(() => (sheet?.rows[headerRow] ?? []).map((c) => cellText(c)), [sheet, headerRow])
  const sampleRow = useMemo(() => sheet?.rows.slice(headerRow + 1).find((r) => r.some((c) => cellText(c) !== '')) ?? [], [sheet, headerRow])
  const width = useMemo(() => Math.max(0, ...(sheet?.rows.slice(0, 50).map((r) => r.length) ?? [0])), [sheet])
  const columnOptions = [
    { value: -1, label: '（不导入）' },
    ...Array.from({ length: width }, (_, i) => ({ value: i, label: `${columnLetter(i)} 列${headers[i] ? `：${headers[i]}` : ''}` })),
  ]
  const supervisors = (persons ?? []).filter((p) => p.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))

  const changeHeaderRow = (n: number) => {
    setHeaderRow(n)
    setMapping(guessMapping((sheet?.rows[n] ?? []).map((c) => cellText(c))))
  }

  const missingKey = KEY_FIELDS.filter((f) => mapping[f] === null && !(f === 'supervisors' && defaults.supervisorId))
  const runPreview = async () => {
    if (!sheet) return
    setBusy(true)
    try {
      setPreview(await previewExcelImport(db, sheet, headerRow, mapping, defaults))
      setFilter('all')
      setStep(1)
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setBusy(false)
    }
  }

  const commit = async () => {
    if (!preview) return
    setBusy(true)
    try {
      setSummary(await commitExcelImport(db, preview))
      setStep(2)
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setBusy(false)
    }
  }

  const rows = preview ? (filter === 'all' ? preview.rows : preview.rows.filter((r) => r.status === filter)) : []

  const footer =
    step === 0 ? (
      <Space>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" onClick={runPreview} loading={busy} disabled={!sheet || mapping.date === null}>
          下一步：预览
        </Button>
      </Space>
    ) : step === 1 ? (
      <Space>
        <Button onClick={() => setStep(0)}>上一步</Button>
        <Button type="primary" onClick={commit} loading={busy} disabled={!preview || preview.counts.ok === 0}>
          导入 {preview?.counts.ok ?? 0} 条
        </Button>
      </Space>
    ) : (
      <Button type="primary" onClick={onClose}>
        完成
      </Button>
    )

  return (
    <Modal open={open} title={`导入旧督导记录：${fileName}`} width={1100} onCancel={onClose} footer={footer} maskClosable={false} destroyOnHidden>
      <Steps current={step} size="small" style={{ marginBottom: 16 }} items={[{ title: '对应列' }, { title: '预览与检查' }, { title: '完成' }]} />
      {step === 0 && sheet && (
        <div aria-label="对应列">
          {!guess && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={NO_HEADER_MESSAGE} description="也可以在下方手动指定表头所在的行和各列的含义。" />}
          <Space wrap style={{ marginBottom: 12 }}>
            {sheets.length > 1 && (
              <>
                工作表
                <Select
                  aria-label="工作表"
                  value={sheetIndex}
                  style={{ width: 180 }}
                  onChange={setSheetIndex}
                  options={sheets.map((s, i) => ({ value: i, label: s.name }))}
                />
              </>
            )}
            表头在第
            <InputNumber aria-label="表头行" min={1} max={Math.min(sheet.rows.length, 50)} value={headerRow + 1} onChange={(v) => v && changeHeaderRow(v - 1)} />
            行
          </Space>
          <Table
            size="small"
            rowKey="field"
            pagination={false}
            aria-label="列对应"
            scroll={{ y: 360 }}
            dataSource={IMPORT_FIELDS.map((f) => ({ field: f }))}
            columns={[
              { title: '督导记录的项目', key: 'label', width: 220, render: (_: unknown, r) => IMPORT_FIELD_LABELS[r.field] },
              {
                title: '对应表格中的列',
                key: 'col',
                width: 300,
                render: (_: unknown, r) => (
                  <Select
                    aria-label={`${IMPORT_FIELD_LABELS[r.field]}对应的列`}
                    style={{ width: 280 }}
                    value={mapping[r.field] ?? -1}
                    options={columnOptions}
                    onChange={(v: number) => setMapping((m) => ({ ...m, [r.field]: v < 0 ? null : v }))}
                  />
                ),
              },
              {
                title: '第一行数据示例',
                key: 'sample',
                ellipsis: true,
                render: (_: unknown, r) => (mapping[r.field] === null ? '' : cellText(sampleRow[mapping[r.field]!] ?? null)),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            表格中没有或未填写时
          </Typography.Title>
          <Space wrap>
            督导方式
            <Select
              aria-label="默认督导方式"
              style={{ width: 220 }}
              value={defaults.mode}
              onChange={(mode) => setDefaults((d) => ({ ...d, mode }))}
              options={[{ value: 'auto', label: '按被督导者人数（1 人个别，多人团体）' }, ...toOptions(SESSION_MODES)]}
            />
            督导功能
            <Checkbox.Group
              aria-label="默认督导功能"
              value={defaults.functions}
              options={toOptions(SESSION_FUNCTIONS)}
              onChange={(v) => setDefaults((d) => ({ ...d, functions: v as ImportDefaults['functions'] }))}
            />
            内部/外部
            <Select aria-label="默认内部外部督导" style={{ width: 120 }} value={defaults.kind} options={toOptions(SUPERVISION_KINDS)} onChange={(kind) => setDefaults((d) => ({ ...d, kind }))} />
            督导者
            <Select
              aria-label="默认督导者"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="（无）"
              style={{ width: 160 }}
              value={defaults.supervisorId ?? undefined}
              options={supervisors.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(v) => setDefaults((d) => ({ ...d, supervisorId: v ?? null }))}
            />
          </Space>
          {missingKey.length > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              title={`尚未对应：${missingKey.map((f) => IMPORT_FIELD_LABELS[f]).join('、')}。${mapping.date === null ? '没有日期列无法导入。' : '缺少的项目会在预览中逐行提示。'}`}
            />
          )}
        </div>
      )}

      {step === 1 && preview && (
        <div aria-label="预览">
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color="green">可导入 {preview.counts.ok}</Tag>
            <Tag color="red">有错误 {preview.counts.error}</Tag>
            <Tag>重复 {preview.counts.duplicate}</Tag>
            <Tag>空行 {preview.counts.empty}</Tag>
          </Space>
          {preview.dateColumnSuspect && (
            <Alert type="error" showIcon style={{ marginBottom: 8 }} title="所有行的日期都无法识别：请返回上一步检查“督导日期”对应的列是否正确。" />
          )}
          {preview.newPersons.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              title={`将新建 ${preview.newPersons.length} 位人员（按姓名未找到）：${preview.newPersons.map((p) => `${p.name}（${p.role}）`).join('、')}`}
            />
          )}
          <Radio.Group
            aria-label="筛选"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            style={{ marginBottom: 8 }}
            options={[
              { value: 'all', label: '全部' },
              { value: 'ok', label: '可导入' },
              { value: 'error', label: '有错误' },
              { value: 'duplicate', label: '重复' },
            ]}
            optionType="button"
          />
          <Table
            size="small"
            rowKey="rowNumber"
            aria-label="预览表"
            dataSource={rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            scroll={{ y: 380 }}
            columns={[
              { title: '行', dataIndex: 'rowNumber', width: 60 },
              { title: '状态', key: 'status', width: 80, render: (_: unknown, r) => <Tag color={STATUS[r.status].color}>{STATUS[r.status].label}</Tag> },
              { title: '日期', key: 'date', width: 110, render: (_: unknown, r) => r.display.date },
              { title: '时间', key: 'time', width: 110, render: (_: unknown, r) => r.display.time },
              { title: '督导者', key: 'sup', width: 100, render: (_: unknown, r) => r.display.supervisors },
              { title: '被督导者', key: 'see', width: 130, render: (_: unknown, r) => r.display.supervisees },
              { title: '内容', key: 'summary', ellipsis: true, render: (_: unknown, r) => r.display.summary },
              {
                title: '问题',
                key: 'errors',
                width: 300,
                render: (_: unknown, r) => (
                  <>
                    {r.errors.map((e) => (
                      <div key={e} style={{ color: r.status === 'error' ? '#cf1322' : undefined }}>
                        {e}
                      </div>
                    ))}
                    {r.warnings.map((w) => (
                      <div key={w} style={{ color: '#ad6800' }}>
                        {w}
                      </div>
                    ))}
                  </>
                ),
              },
            ]}
          />
        </div>
      )}

      {step === 2 && summary && (
        <Result
          status={summary.imported > 0 ? 'success' : 'info'}
          title={summary.imported > 0 ? `已导入 ${summary.imported} 条督导记录` : '没有导入新的记录'}
          subTitle={[
            summary.codes.map((c) => `${c.year} 年编号 ${c.first}${c.count > 1 ? ` 至 ${c.last}` : ''}`).join('；'),
            summary.skippedErrors ? `有错误未导入 ${summary.skippedErrors} 行` : '',
            summary.duplicates ? `重复跳过 ${summary.duplicates} 行` : '',
            summary.emptyRows ? `空行 ${summary.emptyRows} 行` : '',
            summary.newPersons.length ? `新建人员：${summary.newPersons.join('、')}（职业资格等请到“人员”中补充）` : '',
          ]
            .filter(Boolean)
            .join('。')}
        />
      )}
    </Modal>
  )
}
