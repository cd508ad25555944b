import { useMemo } from 'react'
import { Alert, Checkbox, InputNumber, Select, Space, Table, Tag, Typography } from 'antd'
import {
  APPEND_TARGET_LABELS,
  APPEND_TARGETS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  SYNONYM_FIELD_LABELS,
  undecidedColumns,
  unknownValues,
  yearlessRows,
  YEAR_SOURCE_LABELS,
  type ColumnChoice,
  type ImportDefaults,
  type SheetColumn,
  type SheetData,
  type SheetYear,
  type SynonymEntry,
} from '@shared/excel'
import { SESSION_FUNCTIONS, SESSION_MODES, SUPERVISION_KINDS, type Person } from '@shared/model'
import { toOptions } from '../../components/options'
import { NO_HEADER_MESSAGE } from '../../db/excel-import'
import type { SheetChoice } from './use-excel-import'

/** The value of a column's select: field:date / append:process / skip / undecided. */
const choiceValue = (c: ColumnChoice | undefined) => (!c ? 'undecided' : c.kind === 'field' ? `field:${c.field}` : c.kind === 'append' ? `append:${c.target}` : c.kind)
const choiceOf = (v: string): ColumnChoice =>
  v.startsWith('field:') ? { kind: 'field', field: v.slice(6) as never } : v.startsWith('append:') ? { kind: 'append', target: v.slice(7) as never } : v === 'skip' ? { kind: 'skip' } : { kind: 'undecided' }

const CHOICE_OPTIONS = [
  { label: '对应到', title: '对应到', options: IMPORT_FIELDS.map((f) => ({ value: `field:${f}`, label: IMPORT_FIELD_LABELS[f] })) },
  { label: '追加到文字字段（带列名）', title: '追加', options: APPEND_TARGETS.map((t) => ({ value: `append:${t}`, label: `追加到“${APPEND_TARGET_LABELS[t]}”` })) },
  { label: '其他', title: '其他', options: [{ value: 'skip', label: '不导入' }] },
]

interface Props {
  sheets: SheetData[]
  ledgers: number[]
  done: boolean[]
  sheet: SheetData
  choice: SheetChoice
  persons: Person[]
  synonyms: SynonymEntry[]
  onSheet: (i: number) => void
  onHeaderRow: (n: number) => void
  onColumn: (index: number, c: ColumnChoice) => void
  onDefaults: (patch: Partial<ImportDefaults>) => void
  onValueChoice: (entry: SynonymEntry, meaning: string | null) => void
  onYear: (year: SheetYear | null) => void
}

/** 对应列: every column of the sheet and what becomes of it, the defaults, unknown words, the year. */
export function ExcelMappingStep({ sheets, ledgers, done, sheet, choice, persons, synonyms, ...on }: Props) {
  const { setup, columns } = choice
  const waiting = undecidedColumns(setup.plan, columns)
  // Against the table alone: a word given a meaning here stays listed, with its choice.
  const unknown = useMemo(() => unknownValues(sheet.rows, setup.headerRow, setup.plan, synonyms), [sheet, setup.headerRow, setup.plan, synonyms])
  const chosenWords = setup.valueChoices
  const yearless = useMemo(() => yearlessRows(sheet.rows, setup.headerRow, setup.plan), [sheet, setup.headerRow, setup.plan])
  const live = persons.filter((p) => p.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: 12 }, (_, i) => thisYear - 10 + i)

  return (
    <div aria-label="对应列">
      {ledgers.length > 1 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`这个文件有 ${ledgers.length} 个工作表像督导台账：${ledgers.map((i) => `“${sheets[i]!.name}”`).join('、')}。每次导入一个，导入后可以接着导入下一个。`}
        />
      )}
      {choice.noHeader && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={NO_HEADER_MESSAGE} description="也可以在下方指定表头所在的行，再为各列选择去向。" />
      )}
      {choice.remembered && <Alert type="success" showIcon style={{ marginBottom: 12 }} title="已按上次同样表头的文件的选择对应各列，可以修改。" />}
      <Space wrap style={{ marginBottom: 12 }}>
        {sheets.length > 1 && (
          <>
            工作表
            <Select
              aria-label="工作表"
              value={choice.index}
              style={{ width: 200 }}
              onChange={on.onSheet}
              options={sheets.map((s, i) => ({ value: i, label: `${s.name}${done[i] ? '（已导入）' : ledgers.includes(i) ? '' : '（无表头）'}` }))}
            />
          </>
        )}
        表头在第
        <InputNumber aria-label="表头行" min={1} max={Math.min(sheet.rows.length, 50)} value={setup.headerRow + 1} onChange={(v) => v && on.onHeaderRow(v - 1)} />
        行
      </Space>
      <Table<SheetColumn>
        size="small"
        rowKey="index"
        pagination={false}
        aria-label="各列去向"
        dataSource={columns}
        rowClassName={(c) => (c.filled > 0 && setup.plan[c.index]?.kind === 'undecided' ? 'excel-column-waiting' : '')}
        columns={[
          { title: '列', dataIndex: 'letter', width: 50 },
          { title: '表头', dataIndex: 'header', width: 150, render: (h: string) => h || <Typography.Text type="secondary">（无表头）</Typography.Text> },
          {
            title: '示例数据',
            key: 'sample',
            ellipsis: true,
            render: (_: unknown, c) => (c.filled > 0 ? `${c.sample}（${c.filled} 行有数据）` : <Typography.Text type="secondary">空列</Typography.Text>),
          },
          {
            title: '导入为',
            key: 'choice',
            width: 340,
            render: (_: unknown, c) => {
              const value = choiceValue(setup.plan[c.index])
              return (
                <Space>
                  <Select
                    aria-label={`${c.letter} 列的去向`}
                    style={{ width: 250 }}
                    status={value === 'undecided' && c.filled > 0 ? 'error' : undefined}
                    placeholder="请选择"
                    showSearch={{ optionFilterProp: 'label' }}
                    value={value === 'undecided' ? undefined : value}
                    options={CHOICE_OPTIONS}
                    onChange={(v: string) => on.onColumn(c.index, choiceOf(v))}
                  />
                  {value === 'undecided' && c.filled > 0 && <Tag color="red">待选择</Tag>}
                </Space>
              )
            },
          },
        ]}
      />
      {waiting.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          title={`还有 ${waiting.length} 列有数据但未选择去向：${waiting.map((c) => `${c.letter} 列${c.header ? `“${c.header}”` : ''}`).join('、')}。请选择对应的项目、追加到文字字段，或“不导入”。`}
        />
      )}

      {yearless > 0 && (
        <div style={{ marginTop: 16 }} aria-label="无年份的日期">
          <Typography.Title level={5}>没有年份的日期（{yearless} 行）</Typography.Title>
          <Space wrap>
            按
            <Select
              aria-label="无年份日期的年份"
              style={{ width: 200 }}
              value={setup.year?.year ?? 0}
              onChange={(y: number) => on.onYear(y === 0 ? null : { year: y, source: 'user', text: '' })}
              options={[{ value: 0, label: '相邻行的年份' }, ...years.map((y) => ({ value: y, label: `${y} 年` }))]}
            />
            {setup.year ? (
              <Typography.Text type="secondary">
                依据：{YEAR_SOURCE_LABELS[setup.year.source]}
                {setup.year.text ? `“${setup.year.text}”` : ''}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">每行取上下最近的完整日期的年份；都没有时，该行会要求填写</Typography.Text>
            )}
          </Space>
        </div>
      )}

      {unknown.length > 0 && (
        <div style={{ marginTop: 16 }} aria-label="未识别的写法">
          <Typography.Title level={5}>督导方式、功能中未识别的写法</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            说明这些写法的含义，本文件按此导入，下次导入同样表头的文件时沿用；常用的写法也可以加到“设置 → 导入同义词”。
          </Typography.Paragraph>
          <Space orientation="vertical">
            {unknown.map((u) => {
              const chosen = chosenWords.find((c) => c.field === u.field && c.word === u.word)
              return (
                <Space key={`${u.field}:${u.word}`}>
                  <span>{`${SYNONYM_FIELD_LABELS[u.field]}“${u.word}”（${u.rows} 行）当作`}</span>
                  <Select
                    aria-label={`“${u.word}”的含义`}
                    style={{ width: 220 }}
                    allowClear
                    placeholder="无法识别（该行报错）"
                    value={chosen?.value}
                    options={toOptions(u.field === 'mode' ? SESSION_MODES : SESSION_FUNCTIONS)}
                    onChange={(v?: string) => on.onValueChoice({ field: u.field, word: u.word, value: '' }, v ?? null)}
                  />
                </Space>
              )
            })}
          </Space>
        </div>
      )}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        表格中没有或未填写时
      </Typography.Title>
      <Space wrap>
        督导方式
        <Select
          aria-label="默认督导方式"
          style={{ width: 290 }}
          value={setup.defaults.mode}
          onChange={(mode) => on.onDefaults({ mode })}
          options={[{ value: 'auto', label: '按被督导者人数（1 人个别，多人团体）' }, ...toOptions(SESSION_MODES)]}
        />
        督导功能
        <Checkbox.Group
          aria-label="默认督导功能"
          value={setup.defaults.functions}
          options={toOptions(SESSION_FUNCTIONS)}
          onChange={(v) => on.onDefaults({ functions: v as ImportDefaults['functions'] })}
        />
        内部/外部
        <Select aria-label="默认内部外部督导" style={{ width: 120 }} value={setup.defaults.kind} options={toOptions(SUPERVISION_KINDS)} onChange={(kind) => on.onDefaults({ kind })} />
        督导者
        <Select
          aria-label="默认督导者"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="（无）"
          style={{ width: 160 }}
          value={setup.defaults.supervisorId ?? undefined}
          options={live.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => on.onDefaults({ supervisorId: v ?? null })}
        />
      </Space>
      <Space wrap style={{ marginTop: 8 }}>
        跟进事项没写负责人时记给
        <Select
          aria-label="跟进事项默认负责人"
          style={{ width: 150 }}
          value={setup.defaults.followUpOwner}
          onChange={(followUpOwner) => on.onDefaults({ followUpOwner })}
          options={[
            { value: 'supervisee', label: '第一位被督导者' },
            { value: 'supervisor', label: '第一位督导者' },
          ]}
        />
        ；没写期限时为下次督导日期，没有时为督导后
        <InputNumber aria-label="跟进事项默认期限天数" min={1} max={365} value={setup.defaults.followUpDueDays} onChange={(v) => v && on.onDefaults({ followUpDueDays: v })} />天
      </Space>
    </div>
  )
}
