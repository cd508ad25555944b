import { App, Button, Table } from 'antd'
import { formatTimestamp } from '@shared/text/format'
import { db } from '../../db/connection'
import { restore } from '../../db/records'
import { listTrash, type TrashItem } from '../../db/trash'
import { describeError } from '../../app/errors'
import { screen } from '../../app/screen-data'

/** 回收站's data: everything deleted, newest deletion first. */
export const trashScreen = screen(['persons', 'projects', 'sessions', 'assessments', 'agreements'], () => listTrash(db))

export function TrashPage() {
  const { message } = App.useApp()
  const items = trashScreen.useData()

  const undo = async (item: TrashItem) => {
    try {
      await restore(db, item.table, item.id)
      message.success(`已恢复${item.kind}：${item.title}`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  return (
    <section aria-labelledby="trash-title">
      <h1 className="page-title" id="trash-title">回收站</h1>
      <p className="muted">删除的记录都在这里，随时可以恢复；软件不会自动清空回收站。</p>
      <Table<TrashItem>
        rowKey={(r) => `${r.table}:${r.id}`}
        dataSource={items}
        locale={{ emptyText: '回收站是空的' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '类型', dataIndex: 'kind', width: 120 },
          { title: '名称', dataIndex: 'title' },
          { title: '删除时间', dataIndex: 'deletedAt', render: (v: string) => formatTimestamp(v) },
          {
            title: '操作',
            key: 'a',
            width: 100,
            render: (_, r) => (
              <Button size="small" onClick={() => undo(r)} aria-label={`恢复 ${r.title}`}>
                恢复
              </Button>
            ),
          },
        ]}
      />
    </section>
  )
}
