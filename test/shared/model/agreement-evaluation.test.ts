import { describe, expect, it } from 'vitest'
import { agreementInputSchema, fieldErrors, type AgreementInput } from '@shared/model'
import { storedAgreementSchema } from '@shared/model/stored'

const base: AgreementInput = {
  supervisorIds: ['S'],
  superviseeIds: ['P'],
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  goals: [
    { id: 'g1', text: '能独立完成个案需求评估' },
    { id: 'g2', text: '掌握小组工作的带领技巧' },
  ],
}
const errorsOf = (input: AgreementInput) => {
  const r = agreementInputSchema.safeParse(input)
  return r.success ? {} : fieldErrors(r.error)
}

describe('督导评估 on the agreement', () => {
  it('an agreement without evaluations stays valid and gains none', () => {
    const r = agreementInputSchema.parse(base)
    expect(r.evaluations).toBeUndefined()
  })

  it('a 中期 evaluation with a supervisor rating, a comment and an optional self-rating is kept as typed', () => {
    const r = agreementInputSchema.parse({ ...base, evaluations: [{ kind: '中期', date: '2025-06-30', by: '周晓岚', items: [{ goalId: 'g1', rating: 3, comment: '进步明显', selfRating: 4 }, { goalId: 'g2', rating: 2 }] }] })
    expect(r.evaluations).toEqual([
      {
        kind: '中期',
        date: '2025-06-30',
        by: '周晓岚',
        items: [
          { goalId: 'g1', rating: 3, comment: '进步明显', selfRating: 4 },
          { goalId: 'g2', rating: 2, comment: '', selfRating: null },
        ],
      },
    ])
  })

  it('says at each field what is wrong', () => {
    expect(
      errorsOf({
        ...base,
        evaluations: [{ kind: '中期', date: '2025-06-30', items: [{ goalId: 'g1', rating: 6 }, { goalId: 'g2', rating: undefined as unknown as number, selfRating: 0 }] }],
      }),
    ).toEqual({
      'evaluations.0.items.0.rating': '请为该目标评分（1–5 分）',
      'evaluations.0.items.1.rating': '请为该目标评分（1–5 分）',
      'evaluations.0.items.1.selfRating': '自评应为 1–5 分',
    })
    expect(errorsOf({ ...base, evaluations: [{ kind: '期末', date: '', items: [] }] })).toEqual({
      'evaluations.0.date': '请填写评估日期',
      'evaluations.0.items': '请至少为一个学习目标评分',
    })
  })

  it('rules across the agreement: one of each kind, not before the start, 期末 not before 中期, only its own goals', () => {
    const item = { goalId: 'g1', rating: 3 }
    expect(
      errorsOf({
        ...base,
        evaluations: [
          { kind: '中期', date: '2025-07-01', items: [item, item] },
          { kind: '期末', date: '2025-06-30', items: [{ goalId: 'gone', rating: 4 }] },
        ],
      }),
    ).toEqual({
      'evaluations.0.items.1.goalId': '同一学习目标只能评一次',
      'evaluations.1.items.0.goalId': '评估的学习目标已不在协议中',
      'evaluations.1.date': '期末评估日期不能早于中期评估',
    })
    expect(errorsOf({ ...base, evaluations: [{ kind: '中期', date: '2024-12-31', items: [item] }, { kind: '中期', date: '2025-03-01', items: [item] }] })).toEqual({
      'evaluations.0.date': '评估日期不能早于协议开始日期',
      'evaluations.1.kind': '中期评估只能有一次',
    })
  })

  it('the stored-record schema reads an old record without the field and rejects a bad rating', () => {
    const meta = { id: '0b7c6f1e-3d2a-4c1b-9e8f-123456789abc', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null, rev: 1, fieldRevs: {} }
    const old = { ...agreementInputSchema.parse(base), ...meta }
    expect(storedAgreementSchema.safeParse(old).success).toBe(true)
    expect(storedAgreementSchema.safeParse({ ...old, evaluations: [{ kind: '中期', date: '2025-06-30', by: '', items: [{ goalId: 'g1', rating: 9, comment: '', selfRating: null }] }] }).success).toBe(false)
  })
})
