import { useMemo, useState } from 'react'
import { Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import { QUALIFICATIONS, ROLES, SERVICE_FIELDS, type Person } from '@shared/model'
import { matchesName } from '@shared/text/pinyin-match'
import { db } from '../../db/connection'
import { allPersons, filterPersons, type PersonFilter } from '../../db/persons'
import { screen } from '../../app/screen-data'
import { RegistryToolbar } from '../../components/RegistryToolbar'
import { useRegistryRows } from '../../components/use-registry-rows'
import { PersonFormModal } from './PersonFormModal'

/** 人员's data: every person (the list shows those not in the 回收站). */
export const personsScreen = screen(['persons'], () => allPersons(db))

export function PersonsPage() {
  const persons = personsScreen.useData()
  const [filter, setFilter] = useState<PersonFilter>({})
  const { editing, open, add, close, actions } = useRegistryRows<Person>('persons', {
    confirm: (p) => `将 ${p.name} 移入回收站？`,
    deleted: (p) => `${p.name} 已移入回收站`,
  })

  const rows = useMemo(() => filterPersons(persons, filter, matchesName), [persons, filter])

  return (
    <section aria-labelledby="persons-title">
      <h1 className="page-title" id="persons-title">人员</h1>
      <RegistryToolbar
        searchLabel="搜索人员"
        searchPlaceholder="姓名或拼音首字母，如 zxm"
        onSearch={(query) => setFilter((f) => ({ ...f, query }))}
        filters={[
          { label: '按角色筛选', placeholder: '角色', width: 130, values: ROLES, onChange: (role) => setFilter((f) => ({ ...f, role })) },
          { label: '按职业资格筛选', placeholder: '职业资格', width: 160, values: QUALIFICATIONS, onChange: (qualification) => setFilter((f) => ({ ...f, qualification })) },
          { label: '按服务领域筛选', placeholder: '服务领域', width: 130, values: SERVICE_FIELDS, onChange: (field) => setFilter((f) => ({ ...f, field })) },
        ]}
        countText={`共 ${rows.length} 人`}
        addText="新增人员"
        onAdd={add}
      />
      <Table<Person>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (_, p) => <Link to={`/persons/${p.id}`}>{p.name}</Link> },
          { title: '角色', dataIndex: 'role', render: (v: string) => <Tag color={v === '督导者' ? 'green' : undefined}>{v}</Tag> },
          { title: '职业资格', dataIndex: 'qualification' },
          { title: '所在机构或社区', dataIndex: 'org' },
          { title: '服务领域', dataIndex: 'field', render: (v: string | null) => v ?? '—' },
          { title: '电话', dataIndex: 'phone', render: (v: string) => v || '—' },
          actions,
        ]}
      />
      <PersonFormModal open={open} person={editing} onClose={close} />
    </section>
  )
}
