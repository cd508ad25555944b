import { useMemo, useState } from 'react'
import { Alert, Checkbox, Descriptions, Form, Input, Modal, Select, Tag } from 'antd'
import { cellText, EDITABLE_FIELD_LABELS, splitList, splitNames, type CellValue, type EditableField, type PreviewRow, type RowFix } from '@shared/excel'
import { SESSION_FUNCTIONS, SESSION_MODES } from '@shared/model'
import { toOptions } from '../../components/options'

interface Props {
  row: PreviewRow
  /** The sheet's header and the row's own cells, for reference. */
  headers: string[]
  cells: readonly CellValue[]
  fix: RowFix
  /** The row read again with a correction: the same checks as the preview, which are the form's. */
  check: (fix: RowFix) => PreviewRow
  personNames: string[]
  projectNames: string[]
  onSave: (fix: RowFix) => void
  onClose: () => void
}

/** 修改第 N 行: the cells the preview lets the user correct, each with its problem at the field, checked as typed. */
export function ExcelRowEditor({ row, headers, cells, fix: initial, check, personNames, projectNames, onSave, onClose }: Props) {
  const [fix, setFix] = useState<RowFix>(initial)
  const checked = useMemo(() => check(fix), [check, fix])
  const values = checked.values
  const set = (field: EditableField, v: string) => setFix((f) => ({ ...f, [field]: v }))
  const item = (field: EditableField) => {
    const errors = checked.problems[field] ?? []
    return { label: EDITABLE_FIELD_LABELS[field], validateStatus: errors.length ? ('error' as const) : undefined, help: errors.length ? errors.join('；') : undefined }
  }
  const nameOptions = personNames.map((n) => ({ value: n, label: n }))
  const other = checked.problems.other ?? []
  const formulaOther = checked.formulas.length > 0 && other.some((o) => checked.formulas.includes(o))
  const ok = checked.errors.length === 0

  return (
    <Modal
      open
      title={`修改第 ${row.rowNumber} 行${row.sourceNo ? `（序号 ${row.sourceNo}）` : ''}`}
      width={760}
      okText="保存修改"
      cancelText="取消"
      onOk={() => onSave(fix)}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Descriptions size="small" column={3} bordered title="表格中的原始内容" style={{ marginBottom: 12 }}>
        {headers.map((h, i) => (cellText(cells[i] ?? null) ? <Descriptions.Item key={i} label={h || `第 ${i + 1} 列`}>{cellText(cells[i] ?? null)}</Descriptions.Item> : null))}
      </Descriptions>
      <Form layout="horizontal" labelCol={{ span: 4 }} aria-label="修改这一行">
        <Form.Item {...item('date')}>
          <Input aria-label="督导日期" value={values.date} placeholder="如 2025-03-06" onChange={(e) => set('date', e.target.value)} />
        </Form.Item>
        <Form.Item {...item('startTime')}>
          <Input aria-label="开始时间" value={values.startTime} placeholder="如 14:00" onChange={(e) => setFix((f) => ({ ...f, startTime: e.target.value, endTime: f.endTime ?? values.endTime }))} />
        </Form.Item>
        <Form.Item {...item('endTime')}>
          <Input aria-label="结束时间" value={values.endTime} placeholder="如 15:30" onChange={(e) => setFix((f) => ({ ...f, endTime: e.target.value, startTime: f.startTime ?? values.startTime }))} />
        </Form.Item>
        <Form.Item {...item('mode')}>
          <Select
            aria-label="督导方式"
            value={(checked.problems.mode ? values.mode : checked.input?.mode) || undefined}
            options={toOptions(SESSION_MODES)}
            onChange={(v: string) => set('mode', v)}
          />
        </Form.Item>
        <Form.Item {...item('functions')}>
          <Checkbox.Group
            aria-label="督导功能"
            value={checked.input?.functions ?? []}
            options={toOptions(SESSION_FUNCTIONS)}
            onChange={(v) => set('functions', (v as string[]).join('、'))}
          />
        </Form.Item>
        <Form.Item {...item('supervisors')}>
          <Select aria-label="督导者" mode="tags" value={splitNames(values.supervisors)} options={nameOptions} onChange={(v: string[]) => set('supervisors', v.join('、'))} />
        </Form.Item>
        <Form.Item {...item('supervisees')}>
          <Select aria-label="被督导者" mode="tags" value={splitNames(values.supervisees)} options={nameOptions} onChange={(v: string[]) => set('supervisees', v.join('、'))} />
        </Form.Item>
        <Form.Item {...item('projects')} extra="名称与已有服务项目不完全相同时，在预览的“项目对应”中确认。">
          <Select
            aria-label="关联项目"
            mode="tags"
            value={splitList(values.projects)}
            options={projectNames.map((n) => ({ value: n, label: n }))}
            onChange={(v: string[]) => set('projects', v.join('、'))}
          />
        </Form.Item>
        <Form.Item {...item('followUps')} extra="每行一条；可写“负责人：某某”“3月20日前”“（已完成）”。">
          <Input.TextArea aria-label="跟进事项" autoSize={{ minRows: 2, maxRows: 6 }} value={values.followUps} onChange={(e) => set('followUps', e.target.value)} />
        </Form.Item>
      </Form>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={other.join('；')} />}
      {formulaOther && (
        <Checkbox aria-label="公式单元格按空白导入" checked={!!fix.ignoreFormulas} onChange={(e) => setFix((f) => ({ ...f, ignoreFormulas: e.target.checked }))}>
          没有计算结果的公式单元格按空白导入
        </Checkbox>
      )}
      <div style={{ marginTop: 8 }} aria-live="polite">
        {ok ? <Tag color="green">这一行可以导入</Tag> : <Tag color="red">还有 {checked.errors.length} 处问题</Tag>}
      </div>
    </Modal>
  )
}
