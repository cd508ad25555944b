import { computeRollup } from '@shared/domain/rollup/rollup'
import type { RollupDocument } from '@shared/rollup/document'
import * as fx from '../shared/reports/content/fixture'

/** A real roll-up of the report tests' small studio (fixture.ts) under another studio code. */
export function rollupOf(code: string, period: string): RollupDocument {
  return computeRollup({
    studio: { code, name: '林泉高级社工师工作室' },
    period,
    today: '2025-07-15',
    generatedAt: '2025-07-15T09:00:00.000Z',
    superviseeNames: false,
    persons: fx.persons,
    projects: fx.projects,
    sessions: fx.sessions,
    followUps: fx.followUps,
    assessments: fx.assessments,
    agreements: [],
  })
}
