import { Alert, Button, Modal, Table, Typography } from 'antd'
import { TABLE_LABELS } from '@shared/model/stored'
import { MERGE_TABLES } from '@shared/backup'
import type { MergeResult } from '../../db/merge'
import { formatDate, formatTimestamp } from '@shared/text/format'

/** What a 合并导入 did: counts per table, the conflicts and the renumbered 编号. */
export function MergeResultView({ result }: { result: MergeResult }) {
  if (result.noop) return <Alert type="info" showIcon title="这份备份已经导入过，没有需要合并的变更，数据未作任何改动。" />
  const rows = MERGE_TABLES.map((t) => ({ table: t, label: TABLE_LABELS[t], added: result.added[t], updated: result.updated[t], deleted: result.deleted[t] })).filter(
    (r) => r.added + r.updated + r.deleted > 0,
  )
  const total = rows.reduce((n, r) => n + r.added + r.updated, 0)
  return (
    <div aria-label="合并结果">
      <Typography.Paragraph>
        来自“{result.remoteStudioName || '另一台电脑'}”（备份于 {formatTimestamp(result.remoteCreatedAt)}）：
        {total === 0 ? '对方没有本机缺少的新内容。' : `新增或更新了 ${total} 条记录。`}
        {result.revisionsAdded > 0 ? ` 另合并修订历史 ${result.revisionsAdded} 条。` : ''}
      </Typography.Paragraph>
      {rows.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="table"
          aria-label="合并数量"
          dataSource={rows}
          style={{ marginBottom: 12 }}
          columns={[
            { title: '类别', dataIndex: 'label' },
            { title: '新增', dataIndex: 'added', align: 'right' },
            { title: '更新', dataIndex: 'updated', align: 'right' },
            { title: '其中删除', dataIndex: 'deleted', align: 'right' },
          ]}
        />
      )}
      {result.conflicts.length > 0 && (
        <>
          <Typography.Title level={5}>冲突 {result.conflicts.length} 条</Typography.Title>
          <Typography.Paragraph type="secondary">
            两台电脑对同一处内容改得不一样的记录：暂时保留了修改时间较新的一边，另一边的值已存入修订历史，不会丢失；请到“冲突处理”逐项确认。两台电脑改的是不同内容的，已自动合并，不在此列。
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(r) => `${r.table}:${r.id}`}
            aria-label="合并冲突"
            dataSource={result.conflicts}
            pagination={result.conflicts.length > 10 ? { pageSize: 10 } : false}
            style={{ marginBottom: 12 }}
            columns={[
              { title: '类别', dataIndex: 'tableLabel', width: 90 },
              { title: '记录', dataIndex: 'title' },
              { title: '冲突内容', key: 'fields', render: (_: unknown, r) => (r.fields.length > 0 ? r.fields.map((f) => f.label).join('、') : '整条记录') },
              { title: '暂时保留', key: 'winner', width: 90, render: (_: unknown, r) => (r.winner === 'local' ? '本机版本' : '导入版本') },
              { title: '本机修改于', key: 'l', render: (_: unknown, r) => `${formatTimestamp(r.localUpdatedAt)}${r.localDeleted ? '（已删除）' : ''}` },
              { title: '导入修改于', key: 'r', render: (_: unknown, r) => `${formatTimestamp(r.remoteUpdatedAt)}${r.remoteDeleted ? '（已删除）' : ''}` },
              { title: '说明', dataIndex: 'reason' },
            ]}
          />
        </>
      )}
      {result.renumbered.length > 0 && (
        <>
          <Typography.Title level={5}>重新编号 {result.renumbered.length} 条</Typography.Title>
          <Typography.Paragraph type="secondary">导入的督导记录与本机记录编号重复，已改用当年的下一个编号：</Typography.Paragraph>
          <ul aria-label="重新编号">
            {result.renumbered.map((r) => (
              <li key={r.id}>
                {formatDate(r.date)} 的记录：{r.from} → {r.to}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** The 合并结果 dialog, shown after a merge from 设置 or from a backup file opened with the app. */
export function MergeResultModal({ result, onClose }: { result: MergeResult | null; onClose: () => void }) {
  return (
    <Modal
      open={result !== null}
      title="合并结果"
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          知道了
        </Button>
      }
      width={860}
      destroyOnHidden
    >
      {result && <MergeResultView result={result} />}
    </Modal>
  )
}
