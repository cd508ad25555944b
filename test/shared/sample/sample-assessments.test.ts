import { describe, expect, it } from 'vitest'
import { generateSampleData } from '@shared/sample/generator'
import { generateSampleAssessments } from '@shared/sample/sample-assessments'
import { storedAssessmentSchema, storedFrameworkSchema } from '@shared/model/stored'
import { overdueForProject } from '@shared/domain/followups'
import { COLOURS, gradeAssessment } from '@shared/domain/supervision-index/grading'
import { groupActivityByProject, projectSuggestions } from '@shared/domain/supervision-index/suggestions'

const TODAY = '2025-07-15'
const FW = '12345000-0000-4000-8000-000000000001'

describe('sample assessments', () => {
  const data = generateSampleData({ seed: 2025, today: TODAY })
  const out = generateSampleAssessments(data, { frameworkId: FW, today: TODAY, seed: 2025 })

  it('assesses every project in both sample quarters, finalised, with the frozen default framework', () => {
    expect(out.framework.id).toBe(FW)
    expect(out.framework.frozen).toBe(1)
    expect(out.framework.isTemplate).toBe(true)
    expect(out.assessments).toHaveLength(data.projects.length * 2)
    expect([...new Set(out.assessments.map((a) => a.period))].sort()).toEqual(['2025Q1', '2025Q2'])
    for (const a of out.assessments) {
      expect(a.status).toBe('已定稿')
      expect(a.frameworkId).toBe(FW)
      expect(a.assessDate <= TODAY).toBe(true)
      expect(storedAssessmentSchema.safeParse(a).success).toBe(true)
    }
    expect(storedFrameworkSchema.safeParse(out.framework).success).toBe(true)
  })

  it('spreads over all four colours in each quarter', () => {
    for (const period of ['2025Q1', '2025Q2']) {
      const colours = new Set(out.assessments.filter((a) => a.period === period).map((a) => a.colour))
      expect([...COLOURS].filter((c) => !colours.has(c))).toEqual([])
    }
  })

  it('is coherent: totals and colours are the index core on the stored ratings; suggestions are the data', () => {
    const activity = groupActivityByProject(data.sessions, data.followUps)
    // The basis of every rating below 3 or away from its suggestion (each must say why).
    const explanations: string[] = []
    for (const a of out.assessments) {
      const project = data.projects.find((p) => p.id === a.projectId)!
      const acts = activity.get(a.projectId) ?? { sessions: [], followUps: [] }
      const set = projectSuggestions({ projectId: a.projectId, targets: project.targets, progress: data.progress, sessions: acts.sessions, followUps: acts.followUps }, a.period, 2)
      const g = gradeAssessment(out.framework, a.items, { overdue: overdueForProject(acts.sessions, acts.followUps, a.assessDate) })
      expect([a.totalTenths, a.colour, a.grade, a.dropReasons]).toEqual([g.scores.totalTenths, g.grade.colour, g.grade.grade, g.grade.reasons])
      for (const item of a.items) {
        const ind = out.framework.dimensions.flatMap((d) => d.indicators).find((i) => i.code === item.indicatorCode)!
        expect(item.suggestion).toEqual(ind.dataSource ? set.suggestions[ind.dataSource] : null)
        if (item.rating! < 3 || (item.suggestion && item.suggestion.rating !== item.rating)) explanations.push(item.basis)
      }
    }
    expect(explanations.length).toBeGreaterThan(0)
    expect(explanations.filter((basis) => basis.length === 0)).toEqual([])
  })

  it('is deterministic', () => {
    expect(generateSampleAssessments(data, { frameworkId: FW, today: TODAY, seed: 2025 })).toEqual(out)
  })
})
