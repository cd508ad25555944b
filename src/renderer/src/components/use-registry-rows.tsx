/**
 * What the 人员 and 服务项目 registers share: which record the form dialog edits, and the
 * 操作 column of the table (编辑, and 删除 into the 回收站 after a confirmation).
 */
import { useState } from 'react'
import { App, Button, Popconfirm, Space, type TableColumnType } from 'antd'
import { db } from '../db/connection'
import { softDelete } from '../db/records'
import { describeError } from '../app/errors'

/** What the register says when asked to delete a record, and once it is deleted. */
export interface RegistryTexts<T> {
  confirm: (record: T) => string
  deleted: (record: T) => string
}

export function useRegistryRows<T extends { id: string; name: string }>(table: 'persons' | 'projects', texts: RegistryTexts<T>) {
  const { message } = App.useApp()
  const [editing, setEditing] = useState<T | null>(null)
  const [open, setOpen] = useState(false)

  const edit = (record: T | null) => {
    setEditing(record)
    setOpen(true)
  }
  const remove = async (record: T) => {
    try {
      await softDelete(db, table, record.id)
      message.success(texts.deleted(record))
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }
  const actions: TableColumnType<T> = {
    title: '操作',
    key: 'actions',
    width: 140,
    render: (_, r) => (
      <Space>
        <Button size="small" onClick={() => edit(r)} aria-label={`编辑 ${r.name}`}>编辑</Button>
        <Popconfirm title={texts.confirm(r)} okText="删除" cancelText="取消" onConfirm={() => remove(r)}>
          <Button size="small" danger aria-label={`删除 ${r.name}`}>删除</Button>
        </Popconfirm>
      </Space>
    ),
  }
  return { editing, open, add: () => edit(null), close: () => setOpen(false), actions }
}
