import { useState } from 'react'
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Typography } from 'antd'
import { DEFAULT_SYNONYMS, SYNONYM_FIELD_LABELS, type SynonymEntry, type SynonymField } from '@shared/excel'
import { SESSION_FUNCTIONS, SESSION_MODES, ValidationError } from '@shared/model'
import { db } from '../../db/connection'
import { getImportSynonyms, saveImportSynonyms } from '../../db/excel-import-settings'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import { toOptions } from '../../components/options'

const meanings = (field: SynonymField) => toOptions(field === 'mode' ? SESSION_MODES : SESSION_FUNCTIONS)

/** 设置 → 导入同义词: how the studio writes 督导方式 and 督导功能 in its ledgers (个督, 团督, 视频…). */
export function ImportSynonymsCard() {
  const { message } = App.useApp()
  const entries = useLive(() => getImportSynonyms(db), [])
  const [word, setWord] = useState('')
  const [field, setField] = useState<SynonymField>('mode')
  const [value, setValue] = useState<string>(SESSION_MODES[0])
  const [error, setError] = useState<string | null>(null)
  const [filter, setFilter] = useState<SynonymField>('mode')

  const save = async (next: SynonymEntry[], done?: string) => {
    try {
      await saveImportSynonyms(db, next)
      setError(null)
      if (done) message.success(done)
      return true
    } catch (e) {
      setError(e instanceof ValidationError ? Object.values(e.fields)[0] ?? e.message : describeError(e, 'save'))
      return false
    }
  }
  const add = async () => {
    if (!entries) return
    const same = entries.find((e) => e.field === field && e.word.replace(/\s+/g, '') === word.replace(/\s+/g, ''))
    if (same) return setError(`“${same.word}”已在表中（${same.value}）`)
    if (await save([...entries, { word: word.trim(), field, value }], `已添加“${word.trim()}”`)) setWord('')
  }
  const list = (entries ?? []).map((e, i) => ({ ...e, i })).filter((e) => e.field === filter)

  return (
    <Card title="导入同义词" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        导入旧督导台账时，“督导方式”“督导功能”两列中的简称和写法按下表理解。表中没有的写法会在导入时提示，可以在这里补充。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select aria-label="同义词类别" value={filter} style={{ width: 120 }} onChange={setFilter} options={(['mode', 'functions'] as const).map((f) => ({ value: f, label: SYNONYM_FIELD_LABELS[f] }))} />
        <Popconfirm title="恢复默认的同义词表？已添加的写法将被删除。" okText="恢复" cancelText="取消" onConfirm={() => save([...DEFAULT_SYNONYMS], '已恢复默认同义词')}>
          <Button>恢复默认</Button>
        </Popconfirm>
      </Space>
      <Table
        size="small"
        rowKey="i"
        aria-label="同义词表"
        pagination={false}
        scroll={{ y: 240 }}
        dataSource={list}
        columns={[
          { title: '表格中的写法', dataIndex: 'word' },
          { title: '含义', dataIndex: 'value' },
          {
            title: '',
            key: 'del',
            width: 80,
            render: (_: unknown, e) => (
              <Button size="small" type="link" danger aria-label={`删除“${e.word}”`} onClick={() => entries && save(entries.filter((_, j) => j !== e.i))}>
                删除
              </Button>
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }} aria-label="添加同义词">
        <Input aria-label="写法" placeholder="如 督导会" value={word} style={{ width: 140 }} onChange={(e) => setWord(e.target.value)} status={error ? 'error' : undefined} />
        是
        <Select
          aria-label="对应的项目"
          value={field}
          style={{ width: 110 }}
          onChange={(f: SynonymField) => {
            setField(f)
            setValue(meanings(f)[0]!.value)
          }}
          options={(['mode', 'functions'] as const).map((f) => ({ value: f, label: SYNONYM_FIELD_LABELS[f] }))}
        />
        中的
        <Select aria-label="含义" value={value} style={{ width: 120 }} onChange={setValue} options={meanings(field)} />
        <Button onClick={add} disabled={!word.trim() || !entries}>
          添加
        </Button>
      </Space>
      {error && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8 }} role="alert">
          {error}
        </Typography.Paragraph>
      )}
    </Card>
  )
}
