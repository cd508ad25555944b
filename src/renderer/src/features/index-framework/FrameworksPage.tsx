import { useState } from 'react'
import { Alert, App, Button, Card, Empty, Input, Modal, Space, Tag } from 'antd'
import { CopyOutlined, EditOutlined, CheckCircleOutlined } from '@ant-design/icons'
import { useNavigate, useParams } from 'react-router-dom'
import type { IndexFramework } from '@shared/model'
import { db } from '../../db/connection'
import {
  copyAsNewFramework,
  copyAsNewVersion,
  ensureDefaultFramework,
  frameworkUsage,
  listFrameworks,
  newVersionReason,
  setCurrentFramework,
} from '../../db/frameworks'
import { getPreferences } from '../../db/settings'
import { describeError } from '../../app/errors'
import { screen } from '../../app/screen-data'
import { FrameworkMeta, FrameworkView } from './FrameworkView'
import './index-ui.css'

export function FrameworkTags({ framework, currentId }: { framework: IndexFramework; currentId: string | null | undefined }) {
  return (
    <>
      {framework.id === currentId ? <Tag color="green">当前使用</Tag> : null}
      {framework.isTemplate ? <Tag color="gold">参考模板</Tag> : null}
      {framework.frozen === 1 ? <Tag>已冻结</Tag> : null}
    </>
  )
}

/**
 * 指数框架's data: every version, the current one, and how many assessments use each. The 参考模板
 * is made first if it is missing (as on the first run), so the list is never empty.
 */
export const frameworksScreen = screen(['frameworks', 'settings', 'assessments'], async () => {
  await ensureDefaultFramework(db)
  const [frameworks, prefs, usage] = await Promise.all([listFrameworks(db), getPreferences(db), frameworkUsage(db)])
  return { frameworks, currentId: prefs.currentFrameworkId, usage }
})

/** 指数框架: the versions on the left, the chosen one in full on the right. */
export function FrameworksPage() {
  const { id: routeId } = useParams()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [copyOpen, setCopyOpen] = useState(false)
  const [copyName, setCopyName] = useState('')
  const [copyError, setCopyError] = useState('')

  const { frameworks, currentId, usage } = frameworksScreen.useData()
  const selected = frameworks.find((f) => f.id === routeId) ?? frameworks.find((f) => f.id === currentId) ?? frameworks[0]

  const makeCurrent = async (f: IndexFramework) => {
    try {
      await setCurrentFramework(db, f.id)
      message.success(`已将 ${f.name} v${f.version} 设为当前使用版本，新建评估将使用该版本`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  const copy = async (f: IndexFramework) => {
    try {
      const created = await copyAsNewVersion(db, f.id)
      message.success(`已复制为新版本 v${created.version}，可在此基础上修改`)
      navigate(`/frameworks/${created.id}/edit`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  const copyNew = async () => {
    if (!selected) return
    if (!copyName.trim()) {
      setCopyError('框架名称必填')
      return
    }
    try {
      const created = await copyAsNewFramework(db, selected.id, copyName)
      setCopyOpen(false)
      message.success(`已创建新框架 ${created.name} v1`)
      navigate(`/frameworks/${created.id}/edit`)
    } catch (e) {
      setCopyError(describeError(e, 'save'))
    }
  }

  const reason = selected ? newVersionReason(selected) : null
  const used = selected ? usage.get(selected.id) : undefined

  return (
    <section aria-labelledby="frameworks-title">
      <h1 className="page-title" id="frameworks-title">指数框架</h1>
      <div className="fw-layout">
        <Card size="small" title="框架与版本" className="fw-list">
          <nav aria-label="框架版本">
            <ul>
              {frameworks.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className={f.id === selected?.id ? 'fw-item fw-item-active' : 'fw-item'}
                    aria-current={f.id === selected?.id ? 'true' : undefined}
                    onClick={() => navigate(`/frameworks/${f.id}`)}
                  >
                    <span className="fw-item-name">
                      {f.name} <strong>v{f.version}</strong>
                    </span>
                    <span className="fw-item-tags">
                      <FrameworkTags framework={f} currentId={currentId} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        </Card>
        <div className="fw-detail">
          {selected ? (
            <>
              <div className="toolbar">
                <h2 style={{ margin: 0, fontSize: 18 }} aria-label={`${selected.name} v${selected.version}`}>
                  {selected.name} v{selected.version}
                </h2>
                <FrameworkTags framework={selected} currentId={currentId} />
                <span className="spacer" />
                <Space wrap>
                  {selected.id !== currentId ? (
                    <Button icon={<CheckCircleOutlined />} onClick={() => void makeCurrent(selected)}>
                      设为当前版本
                    </Button>
                  ) : null}
                  <Button icon={<CopyOutlined />} onClick={() => void copy(selected)}>
                    复制为新版本
                  </Button>
                  <Button
                    onClick={() => {
                      setCopyName(`${selected.name.replace(/（?"?12345"?参考模板）?/, '')}（本工作室）`)
                      setCopyError('')
                      setCopyOpen(true)
                    }}
                  >
                    另存为新框架
                  </Button>
                  <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/frameworks/${selected.id}/edit`)}>
                    {reason ? '修改（保存为新版本）' : '修改'}
                  </Button>
                </Space>
              </div>
              <FrameworkMeta framework={selected} />
              {selected.isTemplate ? (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 12 }}
                  message="关于参考模板"
                  description={selected.note || '结构取自“12345”体系，权重与阈值为建议值，工作室可修改。'}
                />
              ) : selected.note ? (
                <Alert type="info" style={{ marginBottom: 12 }} message={selected.note} />
              ) : null}
              {selected.frozen === 1 ? (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  message="此版本已冻结"
                  description={`已有 ${used?.final ?? 0} 份定稿的评估使用此版本。修改将保存为同一框架的新版本，已定稿的评估仍按此版本计分，不受影响。`}
                />
              ) : null}
              {used && (used.final > 0 || used.draft > 0) ? (
                <p className="muted">
                  使用此版本的评估：已定稿 {used.final} 份，草稿 {used.draft} 份。
                </p>
              ) : null}
              <FrameworkView framework={selected} />
            </>
          ) : (
            <Empty description="暂无指数框架" />
          )}
        </div>
      </div>
      <Modal
        open={copyOpen}
        title="另存为新框架"
        okText="创建"
        cancelText="取消"
        onOk={() => void copyNew()}
        onCancel={() => setCopyOpen(false)}
        destroyOnHidden
      >
        <p>以当前查看的版本为底稿，创建一个独立的新框架（从 v1 开始），用于工作室自定的指数。</p>
        <label htmlFor="fw-copy-name">框架名称</label>
        <Input
          id="fw-copy-name"
          value={copyName}
          status={copyError ? 'error' : undefined}
          onChange={(e) => {
            setCopyName(e.target.value)
            setCopyError('')
          }}
        />
        {copyError ? <div className="ant-form-item-explain-error">{copyError}</div> : null}
      </Modal>
    </section>
  )
}
