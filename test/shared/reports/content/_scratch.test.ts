import { it } from 'vitest'
import { writeFileSync, mkdirSync } from 'node:fs'
import { generateSampleData } from '../../../../src/shared/sample/generator'
import { generateSampleAssessments } from '../../../../src/shared/sample/sample-assessments'
import { renderReport } from '../../../../src/shared/reports/render-docx'
import { buildSessionRecord, buildProjectReport, buildStudioSummary, buildSuperviseeArchive } from '../../../../src/shared/reports/content'
it('x', async () => {
  const today = '2026-11-23'
  const d = generateSampleData({ seed: 2025, today })
  const a = generateSampleAssessments(d, { frameworkId: 'fw', today, seed: 2025 })
  const studio = { name: '薛家岛街道高级社会工作师工作室', lead: '高瑞敏' }
  mkdirSync('/tmp/r6', { recursive: true })
  
  const r1 = buildSessionRecord({ session: d.sessions[5]!, followUps: d.followUps, persons: d.persons, projects: d.projects, studio, today })
  writeFileSync('/tmp/r6/1.docx', await renderReport(r1))
  const project = d.projects.find(p => p.name.includes('古街'))!
  const period = '2026Q3'
  const assessment = a.assessments.find(x => x.projectId === project.id && x.period === period)!
  const sessions = d.sessions.filter(s => s.projectIds.includes(project.id))
  const r2 = buildProjectReport({ project, period, assessment, frameworks: [a.framework], assessments: a.assessments, sessions, followUps: d.followUps.filter(f => sessions.some(s => s.id === f.sessionId)), progress: d.progress.filter(p => p.projectId === project.id), persons: d.persons, studio, hoursPerMonth: 2, overdueDropDays: 30 })
  writeFileSync('/tmp/r6/2.docx', await renderReport(r2))
  const r3 = buildStudioSummary({ period, studio, persons: d.persons, projects: d.projects, sessions: d.sessions, followUps: d.followUps, assessments: a.assessments, frameworks: [a.framework], thresholds: a.framework.thresholds, today, hoursPerMonth: 2, overdueDropDays: 30 })
  writeFileSync('/tmp/r6/3.docx', await renderReport(r3))
  const person = d.persons.find(p => p.name === '谢国铭')!
  const r4 = buildSuperviseeArchive({ person, period: '2026Y', sessions: d.sessions, followUps: d.followUps, persons: d.persons, projects: d.projects, studio, today })
  writeFileSync('/tmp/r6/4.docx', await renderReport(r4))
})
