import { useEffect, useMemo, useRef, useState } from 'react'
import { Alert, App, Button, Card, Collapse, Form, Input, Select, Space, Tag } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useBlocker, useNavigate } from 'react-router-dom'
import { DATA_SOURCES, TEXT_LIMITS, type Dimension, type IndexFramework } from '@shared/model'
import { formatHundredths, weightsTotalHundredths } from '@shared/domain/supervision-index/scoring'
import { db } from '../../db/connection'
import { frameworkErrors, getFramework, newVersionReason, saveFramework, studioVersionOf, type FrameworkContent } from '../../db/frameworks'
import { describeError } from '../../app/errors'
import { VersionConflictError } from '../../db/write'
import { plainValue } from '../../components/ConflictDialog'
import { useConflictResolver } from '../../components/use-conflict-resolver'
import { screen } from '../../app/screen-data'
import { clearErrorsOnChange, isValidationError, showFieldErrors } from '../../components/form-errors'
import { NumberInput } from '../../components/NumberInput'
import { textCount } from '../../components/text-count'
import { DATA_SOURCE_SHORT, LEVELS_DESC, ratingText } from './labels'
import './index-ui.css'

type Values = FrameworkContent

const L = TEXT_LIMITS.framework

const emptyIndicator = (code: string) => ({
  code,
  name: '',
  weight: 0,
  description: '',
  rubric: ['未开展相关工作', '', '', '', '', ''],
  dataSource: null,
})

/** The dimensions with only the indicators whose weight is a valid number yet (the form may hold blanks). */
function weighable(dimensions: Dimension[] | undefined): Dimension[] {
  return (dimensions ?? []).map((d) => ({
    ...d,
    indicators: (d?.indicators ?? []).filter((i) => typeof i?.weight === 'number' && Number.isFinite(i.weight) && i.weight >= 0),
  }))
}

function IndicatorEditor({ di, ii, onRemove }: { di: number; ii: number; onRemove: () => void }) {
  const form = Form.useFormInstance<Values>()
  const code = Form.useWatch(['dimensions', di, 'indicators', ii, 'code'], form) as string | undefined
  const name = Form.useWatch(['dimensions', di, 'indicators', ii, 'name'], form) as string | undefined
  const label = `指标 ${code || `${di + 1}.${ii + 1}`}`
  return (
    <section className="fw-indicator" aria-label={label}>
      <div className="fw-indicator-row">
        <Form.Item label="编号" name={[ii, 'code']} style={{ width: 80 }}>
          <Input aria-label={`${label} 编号`} count={textCount(L.code, { quiet: true })} />
        </Form.Item>
        <Form.Item label="指标名称" name={[ii, 'name']} style={{ flex: 1, minWidth: 160 }}>
          <Input aria-label={`${label} 名称`} count={textCount(L.itemName, { quiet: true })} />
        </Form.Item>
        <Form.Item label="权重" name={[ii, 'weight']} style={{ width: 100 }}>
          <NumberInput aria-label={`${label} 权重`} />
        </Form.Item>
        <Form.Item label="数据来源" name={[ii, 'dataSource']} style={{ width: 170 }}>
          <Select
            aria-label={`${label} 数据来源`}
            allowClear
            placeholder="无（人工评分）"
            options={DATA_SOURCES.map((s) => ({ value: s, label: `${s} ${DATA_SOURCE_SHORT[s]}` }))}
          />
        </Form.Item>
        <Button danger type="text" icon={<DeleteOutlined />} onClick={onRemove} aria-label={`删除${label}`} style={{ marginTop: 30 }} />
      </div>
      <Form.Item label="说明" name={[ii, 'description']}>
        <Input aria-label={`${label} 说明`} count={textCount(L.description, { quiet: true })} />
      </Form.Item>
      <Collapse
        size="small"
        items={[
          {
            key: 'rubric',
            label: `评分标准（0–5 级）${name ? `：${name}` : ''}`,
            forceRender: true,
            children: LEVELS_DESC.map((level) => (
              <Form.Item key={level} label={ratingText(level)} name={[ii, 'rubric', level]} style={{ marginBottom: 8 }}>
                <Input.TextArea aria-label={`${label} ${ratingText(level)} 评分标准`} autoSize={{ minRows: 1, maxRows: 4 }} count={textCount(L.rubric, { quiet: true })} />
              </Form.Item>
            )),
          },
        ]}
      />
    </section>
  )
}

/**
 * The framework being edited, read once when the editor opens (null when there is none): a change
 * made elsewhere meanwhile does not replace what is being typed; saving checks against the stored one.
 */
export const frameworkEditScreen = screen([], async ({ params }) => {
  const f = await getFramework(db, params.id ?? '')
  return f && !f.deletedAt ? f : null
})

/** Edits a framework; a frozen one or the 参考模板 is saved as a new version of the same framework. */
export function FrameworkEditPage() {
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<Values>()
  const framework = frameworkEditScreen.useData()
  const initialValues = useMemo(
    () => (framework ? structuredClone({ ...studioVersionOf(framework), dimensions: framework.dimensions, thresholds: framework.thresholds }) : undefined),
    [framework],
  )
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [weightsError, setWeightsError] = useState<string | null>(null)
  const [orphans, setOrphans] = useState<string[]>([])
  const savingRef = useRef(false)
  /** The version the form was filled from: the screen reads again when another window saves, the form does not. */
  const loadedRef = useRef(framework)
  if (framework && loadedRef.current?.id !== framework.id) loadedRef.current = framework
  const resolver = useConflictResolver()

  const dimensions = Form.useWatch('dimensions', form) as Dimension[] | undefined
  const valid = useMemo(() => weighable(dimensions), [dimensions])
  const total = useMemo(() => weightsTotalHundredths(valid), [valid])

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !savingRef.current && currentLocation.pathname !== nextLocation.pathname)
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    modal.confirm({
      title: '修改尚未保存，确定离开吗？',
      content: '离开后本次对框架的修改将丢失。',
      okText: '离开',
      cancelText: '留下继续编辑',
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    })
  }, [blocker, modal])

  if (framework === null)
    return (
      <section>
        <h1 className="page-title">修改指数框架</h1>
        <Alert type="error" message="指数框架不存在" />
      </section>
    )

  const reason = newVersionReason(framework)

  const save = async (): Promise<void> => {
    let conflicted = false
    if (savingRef.current) return
    const values = form.getFieldsValue(true) as Values
    const content: Values = {
      name: values.name ?? '',
      note: values.note ?? '',
      thresholds: values.thresholds,
      dimensions: (values.dimensions ?? []).map((d) => ({
        code: d.code ?? '',
        name: d.name ?? '',
        indicators: (d.indicators ?? []).map((i) => ({
          code: i.code ?? '',
          name: i.name ?? '',
          // What was typed stays what it is: the checks name a weight that is not a number.
          weight: (i.weight ?? Number.NaN) as number,
          description: i.description ?? '',
          rubric: [0, 1, 2, 3, 4, 5].map((l) => i.rubric?.[l] ?? ''),
          dataSource: i.dataSource ?? null,
        })),
      })),
    }
    const errors = frameworkErrors(content)
    if (Object.keys(errors).length > 0) {
      const { weights, ...rest } = errors
      setWeightsError(weights ?? null)
      const known = Object.keys(rest).filter((k) => k !== 'thresholds' && k !== 'dimensions')
      showFieldErrors(form, Object.fromEntries(known.map((k) => [k, rest[k]!])))
      setOrphans([rest.thresholds, rest.dimensions].filter((x): x is string => !!x))
      message.error(weights ?? '请先修正标红的内容，框架尚未保存')
      return
    }
    setWeightsError(null)
    setOrphans([])
    savingRef.current = true
    setSaving(true)
    try {
      const result = await saveFramework(db, framework.id, content, { expectedRev: loadedRef.current?.rev })
      setDirty(false)
      message.success(result.newVersion ? `已保存为新版本 v${result.framework.version}，原版本及其评估保持不变` : '框架已保存')
      navigate(`/frameworks/${result.framework.id}`, { replace: true })
    } catch (e) {
      if (e instanceof VersionConflictError) conflicted = true
      else {
        if (isValidationError(e)) {
          showFieldErrors(form, e.fields)
          setWeightsError(e.fields.weights ?? null)
        }
        message.error(describeError(e, 'save'))
      }
    } finally {
      savingRef.current = false
      setSaving(false)
    }
    if (conflicted && (await mergeWithStored(content))) await save()
  }

  /** Another window saved this framework meanwhile: both edits merged field by field, as a person decides. */
  const mergeWithStored = async (mine: Values): Promise<boolean> => {
    const loaded = loadedRef.current
    const stored = loaded ? await getFramework(db, loaded.id) : undefined
    if (!loaded || !stored) return false
    const contentOf = (f: IndexFramework): Values => ({ name: f.name, note: f.note, thresholds: f.thresholds, dimensions: f.dimensions })
    const merged = await resolver.ask({
      base: contentOf(loaded),
      mine,
      theirs: contentOf(stored),
      labels: { name: '框架名称', note: '说明', thresholds: '四色分级线', dimensions: '维度与指标' },
      format: (field, value) => (field === 'dimensions' ? (value as Dimension[]).map((d) => `${d.code} ${d.name}（${d.indicators.length} 项）`).join('；') : plainValue(value)),
      confirmText: '保存合并结果',
    })
    if (!merged) {
      message.warning('尚未保存：冲突未处理。')
      return false
    }
    loadedRef.current = stored
    form.setFieldsValue(merged as Values)
    return true
  }

  return (
    <section aria-labelledby="fw-edit-title">
      <div className="toolbar">
        <h1 className="page-title" id="fw-edit-title" style={{ margin: 0 }}>
          修改指数框架
        </h1>
        <span className="muted">
          {framework.name} v{framework.version}
        </span>
        {dirty ? <Tag color="orange">有未保存的修改</Tag> : null}
        <span className="spacer" />
        <Space>
          <Button onClick={() => navigate(`/frameworks/${framework.id}`)}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {reason ? '保存为新版本' : '保存'}
          </Button>
        </Space>
      </div>
      {reason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${reason}：保存后将生成同一框架的新版本，原版本 v${framework.version} 不变`}
          description="已定稿的评估始终按其评估时的框架版本计分，不受本次修改影响。"
        />
      ) : null}
      <div className={`fw-weights ${total === 10_000 ? 'ok' : 'bad'}`} aria-live="polite">
        权重合计：<strong>{formatHundredths(total)}</strong>
        {total === 10_000 ? '（正确）' : '（须为 100）'}
        {valid.map((d, di) => (
          <span key={di} className="muted" style={{ marginLeft: 12 }}>
            {d.code} {d.name} {formatHundredths(weightsTotalHundredths([d]))}
          </span>
        ))}
      </div>
      {weightsError ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={weightsError} /> : null}
      {orphans.map((o) => (
        <Alert key={o} type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={o} />
      ))}
      <Form
        key={framework.id}
        form={form}
        initialValues={initialValues}
        layout="vertical"
        onValuesChange={(changed) => {
          clearErrorsOnChange(form)(changed)
          setDirty(true)
          setWeightsError(null)
        }}
      >
        <Card title="基本信息" size="small" style={{ marginBottom: 16 }}>
          <Form.Item label="框架名称" name="name" required>
            <Input count={textCount(L.name, { quiet: true })} />
          </Form.Item>
          <Form.Item label="说明" name="note">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={textCount(L.note)} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item label="绿色（优秀）不低于" name={['thresholds', 'green']}>
              <NumberInput suffix="分" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item label="蓝色（良好）不低于" name={['thresholds', 'blue']}>
              <NumberInput suffix="分" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item label="黄色（合格）不低于" name={['thresholds', 'yellow']}>
              <NumberInput suffix="分" style={{ width: 120 }} />
            </Form.Item>
            <span className="muted" style={{ alignSelf: 'center' }}>低于黄色阈值为红色（预警）</span>
          </div>
        </Card>
        <Form.List name="dimensions">
          {(dimFields, dimOps) => (
            <>
              {dimFields.map((dimField, di) => (
                <Card
                  key={dimField.key}
                  size="small"
                  style={{ marginBottom: 16 }}
                  title={
                    <div className="fw-indicator-row">
                      <Form.Item label="维度编号" name={[dimField.name, 'code']} style={{ width: 90, marginBottom: 0 }}>
                        <Input aria-label={`维度 ${di + 1} 编号`} count={textCount(L.code, { quiet: true })} />
                      </Form.Item>
                      <Form.Item label="维度名称" name={[dimField.name, 'name']} style={{ flex: 1, marginBottom: 0 }}>
                        <Input aria-label={`维度 ${di + 1} 名称`} count={textCount(L.itemName, { quiet: true })} />
                      </Form.Item>
                    </div>
                  }
                  extra={
                    <Button danger type="text" icon={<DeleteOutlined />} onClick={() => dimOps.remove(dimField.name)}>
                      删除维度
                    </Button>
                  }
                >
                  <Form.List name={[dimField.name, 'indicators']}>
                    {(indFields, indOps) => (
                      <>
                        {indFields.map((indField) => (
                          <IndicatorEditor key={indField.key} di={di} ii={indField.name} onRemove={() => indOps.remove(indField.name)} />
                        ))}
                        <Button
                          icon={<PlusOutlined />}
                          onClick={() => {
                            const d = form.getFieldValue(['dimensions', di]) as Dimension | undefined
                            indOps.add(emptyIndicator(`${d?.code ?? ''}${(d?.indicators?.length ?? 0) + 1}`))
                          }}
                        >
                          添加指标
                        </Button>
                        {indFields.length === 0 ? <div className="ant-form-item-explain-error">每个维度至少一个指标</div> : null}
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  const code = String.fromCharCode(65 + dimFields.length)
                  dimOps.add({ code, name: '', indicators: [emptyIndicator(`${code}1`)] })
                }}
              >
                添加维度
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {resolver.element}
    </section>
  )
}
