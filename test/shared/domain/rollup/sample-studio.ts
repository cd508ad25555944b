/** A studio of the sample generator with its final assessments, as the roll-up reads it (tests only). */
import type { RollupInput } from '@shared/domain/rollup/rollup'
import { generateSampleData, samplePeriods } from '@shared/sample/generator'
import { generateSampleAssessments } from '@shared/sample/sample-assessments'

export const SAMPLE_TODAY = '2025-07-15'

export type SampleStudio = Omit<RollupInput, 'period' | 'superviseeNames' | 'generatedAt'> & {
  /** The quarters the sample covers, then the half-years and years they make up. */
  periods: string[]
}

export function sampleStudio(seed: number, code: string, name: string, size: { sessions?: number; projects?: number } = {}): SampleStudio {
  const data = generateSampleData({ seed, today: SAMPLE_TODAY, quarters: 4, sessions: size.sessions ?? 120, projects: size.projects ?? 8 })
  const { assessments } = generateSampleAssessments(data, { frameworkId: 'fw-default', today: SAMPLE_TODAY, seed })
  const quarters = samplePeriods(SAMPLE_TODAY, 4).periods
  return {
    studio: { code, name },
    today: SAMPLE_TODAY,
    persons: data.persons,
    projects: data.projects,
    sessions: data.sessions,
    followUps: data.followUps,
    assessments,
    agreements: data.agreements,
    periods: [...quarters, '2024H2', '2025H1', '2024Y', '2025Y'],
  }
}
