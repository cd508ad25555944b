import { it } from 'vitest'
import * as F from './fixture'
import { buildSessionRecord, buildProjectReport, buildStudioSummary, buildSuperviseeArchive, projectReportFacts } from '../../../../src/shared/reports/content'
import { paragraphs, headings, tables, rows, headers } from './report-text'
const dump = (r: any) => { console.log(r.title, r.subtitle, r.meta); console.log(headings(r).join('\n')); console.log(paragraphs(r).join('\n')); for (const t of tables(r)) { console.log('TABLE', t.caption, headers(t).join('|')); for (const row of rows(t)) console.log('  ', row.join(' | ')) } }
it('dump', () => {
  dump(buildSessionRecord({ session: F.sessions[1]!, followUps: F.followUps, persons: F.persons, projects: F.projects, studio: F.STUDIO, today: F.TODAY }))
  const p1 = F.projects[0]!
  const input = { project: p1, period: F.PERIOD, assessment: F.assessments[1]!, frameworks: F.frameworks, assessments: F.assessments, sessions: F.sessions.filter(s => s.projectIds.includes('p1')), followUps: F.followUps, progress: F.progress, persons: F.persons, studio: F.STUDIO, hoursPerMonth: 2, overdueDropDays: 30 }
  dump(buildProjectReport(input))
  console.log(JSON.stringify(projectReportFacts(input).charts.map(c => [c.key, c.caption])))
  dump(buildStudioSummary({ period: F.PERIOD, studio: F.STUDIO, persons: F.persons, projects: F.projects, sessions: F.sessions, followUps: F.followUps, assessments: F.assessments, frameworks: F.frameworks, thresholds: F.framework.thresholds, today: F.TODAY, hoursPerMonth: 2, overdueDropDays: 30 }))
  dump(buildSuperviseeArchive({ person: F.persons[2]!, period: '2025H1', sessions: F.sessions, followUps: F.followUps, persons: F.persons, projects: F.projects, studio: F.STUDIO, today: F.TODAY }))
})
