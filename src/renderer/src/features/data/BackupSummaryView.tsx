import { Descriptions, Table } from 'antd'
import type { BackupSummary } from '../../db/backup-restore'
import { formatBytes, formatTimestamp } from '@shared/text/format'

/** The file's studio, date and counts: shown before a restore or merge changes anything. */
export function BackupSummaryView({ summary, fileName }: { summary: BackupSummary; fileName?: string }) {
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 12 }}
        items={[
          ...(fileName ? [{ key: 'file', label: '文件', children: fileName }] : []),
          { key: 'studio', label: '工作室', children: summary.studioName || '（未填写工作室名称）' },
          { key: 'date', label: '备份时间', children: formatTimestamp(summary.createdAt) },
          { key: 'version', label: '软件版本', children: `${summary.appVersion}（数据版本 ${summary.schemaVersion}）` },
          { key: 'size', label: '文件大小', children: formatBytes(summary.size) },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey="table"
        aria-label="备份内容"
        dataSource={summary.counts}
        locale={{ emptyText: '备份中没有记录' }}
        columns={[
          { title: '类别', dataIndex: 'label' },
          { title: '记录数', dataIndex: 'total', align: 'right' },
          { title: '其中在回收站', key: 'trash', align: 'right', render: (_: unknown, r) => r.total - r.live },
        ]}
      />
    </>
  )
}
