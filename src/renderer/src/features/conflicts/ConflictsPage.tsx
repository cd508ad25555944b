import { useState } from 'react'
import { Button, Card, Empty, Radio, Space, Table, Typography } from 'antd'
import { Link } from 'react-router-dom'
import type { ConflictField, ConflictRecord } from '@shared/model'
import { TABLE_LABELS, type BackupTable } from '@shared/model/stored'
import { formatTimestamp } from '@shared/text/format'
import { db } from '../../db/connection'
import { openConflicts, resolveConflict } from '../../db/conflicts'
import { nameMaps } from '../../db/names'
import { getPreferences } from '../../db/settings'
import { useSaving } from '../../components/use-saving'
import { screen } from '../../app/screen-data'
import { fieldText, type NameMaps } from '../../components/field-format'

/** 冲突处理's data: what waits for a person, and the names its values mention. */
export const conflictsScreen = screen(['conflicts', 'persons', 'projects', 'settings'], async () => {
  const [conflicts, names, prefs] = await Promise.all([openConflicts(db), nameMaps(db), getPreferences(db)])
  return { conflicts, names, operator: prefs.operatorName }
})

/** Where a record of each table is opened. */
const RECORD_PATH: Partial<Record<string, (id: string) => string>> = {
  sessions: (id) => `/sessions/${id}`,
  assessments: (id) => `/assessments/${id}`,
  persons: (id) => `/persons/${id}`,
  projects: (id) => `/projects/${id}`,
}

function ConflictCard({ conflict, names, operator }: { conflict: ConflictRecord; names: NameMaps; operator: string }) {
  const text = fieldText(names)
  const [choices, setChoices] = useState<Record<string, 'local' | 'remote'>>(() =>
    Object.fromEntries(conflict.fields.map((f) => [f.field, conflict.provisional])),
  )
  const { saving, run } = useSaving()
  const path = RECORD_PATH[conflict.table]?.(conflict.recordId)
  const decide = async () => {
    await run(async () => {
      await resolveConflict(db, conflict.id, choices, operator)
      return `已处理：${conflict.title}`
    })
  }
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={`${TABLE_LABELS[conflict.table as BackupTable] ?? conflict.table}：${conflict.title}`}
      extra={path ? <Link to={path}>打开记录</Link> : null}
      aria-label={`冲突：${conflict.title}`}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {conflict.source} · {conflict.peer} · 发现于 {formatTimestamp(conflict.at)}。{conflict.reason}。记录中目前是
        {conflict.provisional === 'local' ? '本机' : '对方'}的值，未采用的一边处理后记入修改历史。
      </Typography.Paragraph>
      <Table<ConflictField>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={conflict.fields}
        columns={[
          { title: '字段', dataIndex: 'label', width: 120 },
          { title: '本机的值', key: 'local', render: (_, f) => <span className="conflict-value">{text(f.field, f.local)}</span> },
          { title: '对方的值', key: 'remote', render: (_, f) => <span className="conflict-value">{text(f.field, f.remote)}</span> },
          {
            title: '保留',
            key: 'choice',
            width: 190,
            render: (_, f) => (
              <Radio.Group
                aria-label={`${f.label}保留哪一边`}
                value={choices[f.field]}
                onChange={(e) => setChoices((c) => ({ ...c, [f.field]: e.target.value as 'local' | 'remote' }))}
                options={[
                  { value: 'local', label: '本机' },
                  { value: 'remote', label: '对方' },
                ]}
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" loading={saving} onClick={() => void decide()}>
          确认处理
        </Button>
      </Space>
    </Card>
  )
}

/**
 * 冲突处理: records two writers changed differently (合并导入, the studio server), each field with
 * both values. The record already holds one side, so nothing waits; a person confirms or switches.
 */
export function ConflictsPage() {
  const { conflicts, names, operator } = conflictsScreen.useData()
  return (
    <section aria-labelledby="conflicts-title">
      <h1 className="page-title" id="conflicts-title">
        冲突处理
      </h1>
      <p className="muted">两台电脑（或两个窗口）对同一条记录的同一处内容改得不一样时列在这里。请逐项选择保留哪一边；两边的值都会记入修改历史，不会丢失。</p>
      {conflicts.length === 0 ? (
        <Empty description="没有待处理的冲突" />
      ) : (
        conflicts.map((c) => <ConflictCard key={`${c.id}:${c.at}`} conflict={c} names={names} operator={operator} />)
      )}
    </section>
  )
}
