import { App, Button, Card, Form } from 'antd'
import { Link } from 'react-router-dom'
import { fieldErrors, progressInputSchema, type ProgressInput } from '@shared/model'
import { periodLabel, quartersIn } from '@shared/domain/period'
import { db } from '../../db/connection'
import { saveProgressOfQuarters } from '../../db/projects'
import { useSaving } from '../../components/use-saving'
import { clearErrorsOnChange } from '../../components/form-errors'
import { NumberInput } from '../../components/NumberInput'
import { PROGRESS_NUMBERS } from '../projects/ProgressFormModal'

type QuarterValues = Partial<Record<(typeof PROGRESS_NUMBERS)[number]['name'], number | string | null>>

/** The quarters of `period` without a live 项目进展 row of the project. */
export function quartersWithoutProgress(period: string, progress: readonly { period: string; deletedAt?: string | null }[]): string[] {
  const have = new Set(progress.filter((r) => !r.deletedAt).map((r) => r.period))
  return quartersIn(period).filter((q) => !have.has(q))
}

/**
 * 项目进展 of the assessed period, entered in the assessment form when it is missing: most of
 * the suggestions (C1, C3, E1, E2, A1, A2) are read from it, and without it the form would only
 * say so. Saved on its own (保存项目进展), the suggestions then follow at once.
 */
export function InlineProgress({ projectId, missing }: { projectId: string; missing: readonly string[] }) {
  const { message } = App.useApp()
  // Keyed by quarter code, so the values are loosely typed.
  const [form] = Form.useForm()
  const { saving, run } = useSaving()
  if (missing.length === 0) return null

  const save = async () => {
    const values = form.getFieldsValue(true) as Record<string, QuarterValues | undefined>
    const inputs: ProgressInput[] = []
    const errors: { name: (string | number)[]; errors: string[] }[] = []
    for (const quarter of missing) {
      const v = values[quarter] ?? {}
      const input = { projectId, period: quarter, ...v, satisfaction: v.satisfaction ?? null, note: '' } as ProgressInput
      const parsed = progressInputSchema.safeParse(input)
      if (parsed.success) inputs.push(input)
      else for (const [field, msg] of Object.entries(fieldErrors(parsed.error))) errors.push({ name: [quarter, field], errors: [msg] })
    }
    if (errors.length > 0) {
      form.setFields(errors)
      message.error('请先修正标红的项目进展，尚未保存')
      return
    }
    await run(async () => {
      await saveProgressOfQuarters(db, inputs)
      return `已保存${missing.map(periodLabel).join('、')}项目进展，建议评分已更新`
    })
  }

  return (
    <Card
      size="small"
      title={`项目进展（${missing.map(periodLabel).join('、')}尚未填报）`}
      style={{ marginBottom: 16 }}
      className="as-progress"
      extra={<Link to={`/projects/${projectId}`}>在项目页面查看全部进展</Link>}
    >
      <p className="muted" style={{ margin: '0 0 8px', fontSize: 12.5 }}>
        计划完成、志愿者、满意度、诉求办结和需求评估的建议评分都依据项目进展。在这里填报后即可得到建议评分；满意度未调查可留空。
      </p>
      {/* Not a <form> of its own: it sits inside the assessment's form. */}
      <Form form={form} component={false} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        {missing.map((quarter) => (
          <div key={quarter} role="group" aria-label={`${periodLabel(quarter)}项目进展`}>
            {missing.length > 1 ? <div style={{ fontWeight: 600, margin: '4px 0' }}>{periodLabel(quarter)}</div> : null}
            <div className="as-progress-grid">
              {PROGRESS_NUMBERS.map((f) => (
                <Form.Item key={f.name} name={[quarter, f.name]} label={f.label} style={{ marginBottom: 8 }}>
                  <NumberInput suffix={f.unit} aria-label={`${missing.length > 1 ? periodLabel(quarter) : ''}${f.label}`} />
                </Form.Item>
              ))}
            </div>
          </div>
        ))}
      </Form>
      <Button type="primary" ghost loading={saving} onClick={() => void save()}>
        保存项目进展
      </Button>
    </Card>
  )
}
