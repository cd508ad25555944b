import { it } from 'vitest'
import { Packer } from 'docx'
import { generateSampleData } from '../../../../src/shared/sample/generator'
import { generateSampleAssessments } from '../../../../src/shared/sample/sample-assessments'
import { buildDocument } from '../../../../src/shared/reports/render-docx'
import { studioSummaryFacts, buildStudioSummaryFromFacts } from '../../../../src/shared/reports/content'
it('x', async () => {
  const today = '2026-01-15'
  const d = generateSampleData({ seed: 5, today, persons: 400, projects: 200, sessions: 20000, quarters: 4 })
  const a = generateSampleAssessments(d, { frameworkId: 'fw', today, seed: 5 })
  const input = { period: '2025Y', studio: { name: '薛家岛街道高级社会工作师工作室', lead: 'x' }, persons: d.persons, projects: d.projects, sessions: d.sessions, followUps: d.followUps, assessments: a.assessments, frameworks: [a.framework], thresholds: a.framework.thresholds, today, hoursPerMonth: 2, overdueDropDays: 30 }
  const f = studioSummaryFacts(input)
  const r = buildStudioSummaryFromFacts(f, input, {})
  for (let i = 0; i < 6; i++) {
    let t = performance.now()
    const doc = buildDocument(r)
    const t1 = performance.now()
    const buf = await Packer.toArrayBuffer(doc)
    console.log('build', Math.round(t1 - t), 'pack', Math.round(performance.now() - t1), buf.byteLength)
  }
}, 600000)
