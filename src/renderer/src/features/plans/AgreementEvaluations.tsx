import { Button, Card, DatePicker, Form, Input, Select, Typography, type FormInstance } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { EVALUATION_KINDS, RATING_MEANINGS, type EvaluationKind, type Rating } from '@shared/model'
import { DATE_INPUT_FORMATS, fromDateString } from '../../components/dates'
import { FORM_GRID } from '../sessions/form-grid'
import type { AgreementFormValues, EvaluationFormValues } from './agreement-form-values'

const RATING_OPTIONS = ([1, 2, 3, 4, 5] as Rating[]).map((n) => ({ value: n, label: `${n} 分 · ${RATING_MEANINGS[n]}` }))
const ROW: React.CSSProperties = { display: 'grid', gridTemplateColumns: 'minmax(160px, 1.3fr) 170px minmax(180px, 2fr) 170px', gap: '0 12px', alignItems: 'start' }

/**
 * 督导评估: the 中期 and the 期末 rating of each learning goal, by the supervisor (1–5 and a
 * comment) and, if they give one, by the supervisee. Saved with the agreement, so its revisions
 * and version check cover them too.
 */
export function AgreementEvaluations({ form, today, by }: { form: FormInstance<AgreementFormValues>; today: string; by: string }) {
  // preserve: the ids and kinds are held by the form without a field of their own.
  const goals = ((Form.useWatch('goals', { form, preserve: true }) as AgreementFormValues['goals'] | undefined) ?? []).filter((g) => g?.id && (g.text ?? '').trim())
  const held = ((Form.useWatch('evaluations', { form, preserve: true }) as EvaluationFormValues[] | undefined) ?? []).map((e) => e?.kind)
  return (
    <Card title="督导评估（学习目标）" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        协议中期和期末各评估一次：督导者按 1–5 分为每个学习目标评分并写评语，被督导者可另行自评。评分含义：
        {([1, 2, 3, 4, 5] as Rating[]).map((n) => `${n} 分 ${RATING_MEANINGS[n]}`).join('，')}。未评分的目标视为本次未评估。
      </Typography.Paragraph>
      <Form.List name="evaluations">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => {
              const kind = form.getFieldValue(['evaluations', field.name, 'kind']) as EvaluationKind
              return (
                <Card
                  key={field.key}
                  type="inner"
                  size="small"
                  title={`${kind}评估`}
                  role="group"
                  aria-label={`${kind}评估`}
                  style={{ marginBottom: 12 }}
                  extra={<Button type="text" icon={<DeleteOutlined />} aria-label={`删除${kind}评估`} onClick={() => remove(field.name)} />}
                >
                  <div style={FORM_GRID}>
                    <Form.Item label="评估日期" name={[field.name, 'date']} required>
                      <DatePicker format={DATE_INPUT_FORMATS} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item label="评估人" name={[field.name, 'by']}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </div>
                  {goals.length === 0 ? (
                    <Typography.Text type="secondary">协议还没有学习目标，请先在上方添加。</Typography.Text>
                  ) : (
                    <>
                      <div style={{ ...ROW, fontWeight: 500, marginBottom: 4 }} aria-hidden>
                        <span>学习目标</span>
                        <span>督导者评分</span>
                        <span>评语</span>
                        <span>被督导者自评（可选）</span>
                      </div>
                      {goals.map((g, i) => (
                        <div key={g.id} style={ROW}>
                          <Typography.Text style={{ paddingTop: 5 }}>{`${i + 1}. ${g.text}`}</Typography.Text>
                          <Form.Item name={[field.name, 'ratings', g.id!, 'rating']}>
                            <Select allowClear options={RATING_OPTIONS} placeholder="评分" aria-label={`${kind}评估 目标${i + 1} 督导者评分`} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'ratings', g.id!, 'comment']}>
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} aria-label={`${kind}评估 目标${i + 1} 评语`} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'ratings', g.id!, 'selfRating']}>
                            <Select allowClear options={RATING_OPTIONS} placeholder="未自评" aria-label={`${kind}评估 目标${i + 1} 被督导者自评`} />
                          </Form.Item>
                        </div>
                      ))}
                    </>
                  )}
                </Card>
              )
            })}
            {EVALUATION_KINDS.map((kind) => (
              <Button
                key={kind}
                icon={<PlusOutlined />}
                style={{ marginRight: 8 }}
                disabled={held.includes(kind) || goals.length === 0}
                onClick={() => add({ kind, date: fromDateString(today), by, ratings: {} } satisfies EvaluationFormValues)}
              >
                {`添加${kind}评估`}
              </Button>
            ))}
          </>
        )}
      </Form.List>
    </Card>
  )
}
