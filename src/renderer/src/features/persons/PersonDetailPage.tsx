import { useState } from 'react'
import { Button, Card, Descriptions, Empty, Space } from 'antd'
import { useParams, useNavigate } from 'react-router-dom'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/connection'
import { PersonFormModal } from './PersonFormModal'

export function PersonDetailPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const person = useLiveQuery(() => db.persons.get(id), [id])
  const [editing, setEditing] = useState(false)

  if (person === undefined) return null
  if (!person || person.deletedAt) return <Empty description="该人员不存在或已移入回收站" />

  return (
    <section aria-labelledby="person-title">
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate('/persons')}>返回人员列表</Button>
        <Button type="primary" onClick={() => setEditing(true)}>编辑</Button>
      </Space>
      <h1 className="page-title" id="person-title">{person.name}</h1>
      <Card title="基本信息">
        <Descriptions column={2} size="small">
          <Descriptions.Item label="角色">{person.role}</Descriptions.Item>
          <Descriptions.Item label="职业资格">{person.qualification}</Descriptions.Item>
          <Descriptions.Item label="所在机构或社区">{person.org || '—'}</Descriptions.Item>
          <Descriptions.Item label="服务领域">{person.field ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="电话">{person.phone || '—'}</Descriptions.Item>
          <Descriptions.Item label="备注">{person.note || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <PersonFormModal open={editing} person={person} onClose={() => setEditing(false)} />
    </section>
  )
}
