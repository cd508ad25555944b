import { describe, expect, it } from 'vitest'
import { generateSampleData } from '@shared/sample/generator'
import { agreementInputSchema } from '@shared/model'
import { validateStored } from '@shared/model/stored'
import { plansVsDone } from '@shared/domain/plans/plan-vs-done'

describe('sample 督导协议', () => {
  const data = generateSampleData({ seed: 2025, today: '2025-07-15' })

  it('gives most supervisees a valid agreement in force, deterministically', () => {
    const supervisees = new Set(data.sessions.flatMap((s) => s.superviseeIds))
    expect(data.agreements.length).toBeGreaterThanOrEqual(Math.ceil(supervisees.size * 0.6))
    expect(data.agreements.length).toBeLessThan(supervisees.size)
    for (const a of data.agreements) {
      expect(validateStored('agreements', a)).toMatchObject({ ok: true })
      expect(agreementInputSchema.safeParse(a).error?.issues ?? []).toEqual([])
      expect(a.status).toBe('生效')
    }
    expect(generateSampleData({ seed: 2025, today: '2025-07-15' }).agreements).toEqual(data.agreements)
  })

  it('has agreements behind plan and on plan in the sample quarters', () => {
    for (const q of ['2025Q1', '2025Q2']) {
      const rows = plansVsDone(data.agreements, data.sessions, q, '2025-07-15')
      expect(rows.length).toBe(data.agreements.length)
      expect(rows.filter((r) => r.behind).length, q).toBeGreaterThan(0)
      expect(rows.filter((r) => !r.behind).length, q).toBeGreaterThan(0)
    }
  })

  it('rates every goal at mid-term once the midpoint of the term has passed, with ratings that differ', () => {
    const mids = data.agreements.map((a) => a.evaluations?.find((e) => e.kind === '中期'))
    expect(mids.every((m) => m !== undefined && m.date <= '2025-07-15' && m.by !== '')).toBe(true)
    expect(data.agreements.every((a, i) => mids[i]!.items.map((x) => x.goalId).join() === a.goals.map((g) => g.id).join())).toBe(true)
    expect(new Set(mids.flatMap((m) => m!.items.map((x) => x.rating))).size).toBeGreaterThan(1)
    const early = generateSampleData({ seed: 2025, today: '2024-01-10' })
    expect(early.agreements.flatMap((a) => a.evaluations ?? [])).toEqual([])
  })
})
