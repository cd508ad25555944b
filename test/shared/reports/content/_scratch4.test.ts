import { it } from 'vitest'
import { generateSampleData } from '../../../../src/shared/sample/generator'
import { generateSampleAssessments } from '../../../../src/shared/sample/sample-assessments'
import { sessionStatistics, superviseeHours } from '../../../../src/shared/domain/statistics'
import { completionRate } from '../../../../src/shared/domain/followups'
import { overdueForProject, buildDashboard, groupActivityByProject } from '../../../../src/shared/domain/dashboard'
import { d2Outcome } from '../../../../src/shared/domain/index/suggestions'
it('x', async () => {
  const today = '2026-01-15'
  const d = generateSampleData({ seed: 5, today, persons: 400, projects: 200, sessions: 20000, quarters: 4 })
  const a = generateSampleAssessments(d, { frameworkId: 'fw', today, seed: 5 })
  const time = (name: string, fn: () => unknown) => { const t = performance.now(); fn(); console.log(name, Math.round(performance.now() - t)) }
  for (let i = 0; i < 2; i++) {
  time('stats', () => sessionStatistics(d.sessions, '2025Y'))
  time('stats prev', () => sessionStatistics(d.sessions, '2024Y'))
  time('supervisee', () => superviseeHours(d.sessions, '2025Y'))
  time('completion', () => completionRate(d.followUps, '2025Y'))
  time('overdue', () => overdueForProject(d.sessions, d.followUps, '2025-12-31'))
  time('board', () => buildDashboard({ projects: d.projects, assessments: a.assessments, frameworks: [a.framework], period: '2025Q4' }))
  time('group', () => groupActivityByProject(d.sessions, d.followUps))
  const g = groupActivityByProject(d.sessions, d.followUps)
  time('d2', () => d.projects.map(p => d2Outcome({ projectId: p.id, period: '2025Y', targets: p.targets, progress: [], sessions: g.get(p.id)?.sessions ?? [], followUps: [], hoursPerMonth: 2 })))
  }
}, 600000)
