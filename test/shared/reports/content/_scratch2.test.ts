import { it } from 'vitest'
import { writeFileSync, mkdirSync } from 'node:fs'
import { generateSampleData } from '../../../../src/shared/sample/generator'
import { renderReport } from '../../../../src/shared/reports/render-docx'
import { buildSessionRecord } from '../../../../src/shared/reports/content'
it('x', async () => {
  const today = '2026-11-23'
  const d = generateSampleData({ seed: 2025, today })
  const studio = { name: '薛家岛街道高级社会工作师工作室', lead: '高瑞敏' }
  mkdirSync('/tmp/r6/sess', { recursive: true })
  const len = (s: any) => s.questions.length + s.process.length + s.advice.length + s.supervisorReflection.length + s.superviseeReflection.length + 40 * d.followUps.filter(f => f.sessionId === s.id).length
  const sorted = [...d.sessions].sort((a, b) => len(b) - len(a))
  for (const [i, s] of sorted.entries()) {
    const r = buildSessionRecord({ session: s, followUps: d.followUps, persons: d.persons, projects: d.projects, studio, today, includeSensitive: true })
    writeFileSync(`/tmp/r6/sess/s${i}.docx`, await renderReport(r))
  }
})
