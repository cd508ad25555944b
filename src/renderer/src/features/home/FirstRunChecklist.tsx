import { useState } from 'react'
import { App, Button, Card } from 'antd'
import { CheckCircleFilled } from '@ant-design/icons'
import { useNavigate } from 'react-router-dom'
import { firstRunSteps, type FirstRunStepKey } from '@shared/domain/first-run'
import { db } from '../../db/connection'
import type { FirstRunState } from '../../db/first-run'
import { getStudioInfo, updatePreferences } from '../../db/settings'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import { StudioInfoModal } from '../settings/StudioInfoForm'
import { PersonFormModal } from '../persons/PersonFormModal'
import { ProjectFormModal } from '../projects/ProjectFormModal'
import { useSampleData } from '../settings/use-sample-data'

const ACTION: Record<FirstRunStepKey, string> = { studio: '填写工作室信息', persons: '新增人员', projects: '新增项目', session: '新建督导记录' }

/**
 * 开始使用 on the 工作台 of a new studio: the four steps before the app is of use, each with its
 * button (a dialog in place, or the record form) and its done state, and 载入示例数据 while nothing
 * is entered. It goes away when all four are done, or with 不再显示.
 */
export function FirstRunChecklist({ state }: { state: FirstRunState }) {
  const studio = useLive(() => getStudioInfo(db), [])
  const [open, setOpen] = useState<FirstRunStepKey | null>(null)
  const navigate = useNavigate()
  const sample = useSampleData()
  const { message } = App.useApp()
  if (state.hidden) return null
  const steps = firstRunSteps(state)
  if (steps.every((s) => s.done)) return null

  const act = (key: FirstRunStepKey) => (key === 'session' ? navigate('/sessions/new') : setOpen(key))
  const hide = () => updatePreferences(db, { firstRunHidden: true }).catch((e: unknown) => message.error(describeError(e, 'save')))
  const done = steps.filter((s) => s.done).length

  return (
    <Card
      size="small"
      className="home-first-run"
      title={`开始使用（已完成 ${done}/${steps.length} 步）`}
      extra={
        <Button type="link" size="small" onClick={() => void hide()}>
          不再显示
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <ol className="first-run-steps" aria-label="开始使用的步骤">
        {steps.map((s, i) => (
          <li key={s.key} aria-label={`第${i + 1}步 ${s.title}：${s.done ? '已完成' : '未完成'}`} className={s.done ? 'first-run-done' : undefined}>
            <span className="first-run-mark" aria-hidden="true">
              {s.done ? <CheckCircleFilled /> : i + 1}
            </span>
            <span className="first-run-text">
              <strong>{s.title}</strong>
              <span className="muted">{s.note}</span>
            </span>
            <Button type={!s.done && steps.findIndex((x) => !x.done) === i ? 'primary' : 'default'} onClick={() => act(s.key)}>
              {ACTION[s.key]}
            </Button>
          </li>
        ))}
      </ol>
      {state.empty ? (
        <p className="muted" style={{ margin: '12px 0 0' }}>
          想先试一试？
          <Button size="small" onClick={sample.load} loading={sample.loading} style={{ marginInline: 6 }}>
            载入示例数据
          </Button>
          虚构的人员、项目和督导记录，只在数据库为空时提供；正式使用请从空白数据库开始。
        </p>
      ) : null}
      {open === 'studio' && studio ? <StudioInfoModal studio={studio} onClose={() => setOpen(null)} /> : null}
      <PersonFormModal open={open === 'persons'} person={null} onClose={() => setOpen(null)} />
      <ProjectFormModal open={open === 'projects'} project={null} onClose={() => setOpen(null)} />
    </Card>
  )
}
