/** The agreement and sessions the plan rules are tested on: one supervisor S, supervisees P1 and P2. */
import type { PlanAgreementLike, PlanSessionLike } from '@shared/domain/plans/plan-vs-done'

/** 生效 for 2025: 个别督导 once a month, 团体督导 twice a quarter, 6 hours a quarter. */
export const planAgreement = (p: Partial<PlanAgreementLike> = {}): PlanAgreementLike => ({
  id: 'a1',
  supervisorIds: ['S'],
  superviseeIds: ['P1', 'P2'],
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  terminatedOn: null,
  status: '生效',
  frequencies: [
    { mode: '个别督导', count: 1, per: '月' },
    { mode: '团体督导', count: 2, per: '季度' },
  ],
  plannedHours: 6,
  hoursPer: '季度',
  deletedAt: null,
  ...p,
})

/** A one-hour 个别督导 of S with P1 on `date`. */
export const planSession = (id: string, date: string, p: Partial<PlanSessionLike> = {}): PlanSessionLike => ({
  id,
  date,
  mode: '个别督导',
  durationMinutes: 60,
  supervisorIds: ['S'],
  superviseeIds: ['P1'],
  deletedAt: null,
  ...p,
})
