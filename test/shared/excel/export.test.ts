import { describe, expect, it } from 'vitest'
import { exportSheets, SENSITIVE_PLACEHOLDER, type ExportData } from '@shared/excel'
import { periodLabel } from '@shared/domain/period'
import { generateSampleData } from '@shared/sample/generator'

describe('Excel export', () => {
  const data = generateSampleData({ seed: 4, today: '2025-07-15', persons: 12, projects: 4, sessions: 40, quarters: 2 })
  const all: ExportData = { ...data, assessments: [], frameworks: [] }

  it('Chinese headers, live records only, names instead of ids', () => {
    const deleted = { ...data.sessions[0]!, deletedAt: '2025-07-01T00:00:00.000Z' }
    const sheets = exportSheets({ ...all, sessions: [deleted, ...data.sessions.slice(1)] }, { sheets: ['sessions', 'persons', 'progress'], includeSensitive: true, today: '2025-07-15' })
    expect(sheets.map((s) => s.name)).toEqual(['督导记录', '人员', '项目进展'])
    const sessions = sheets[0]!
    expect(sessions.columns.slice(0, 4).map((c) => c.header)).toEqual(['编号', '督导日期', '开始时间', '结束时间'])
    expect(sessions.rows).toHaveLength(39)
    expect(sessions.rows.map((r) => r[0])).not.toContain(deleted.code)
    const s = data.sessions[1]!
    const row = sessions.rows.find((r) => r[0] === s.code)!
    expect(row[9]).toBe(s.supervisorIds.map((id) => data.persons.find((p) => p.id === id)!.name).join('、'))
    expect(sheets[2]!.rows[0]![1]).toMatch(/^\d{4}年第[1-4]季度$/)
  })

  it('hides the text of 敏感 records unless asked', () => {
    const sensitive = { ...data.sessions[0]!, sensitive: 1 as const, process: '涉及服务对象隐私', followUps: undefined }
    const d = { ...all, sessions: [sensitive] }
    const hidden = exportSheets(d, { sheets: ['sessions'], includeSensitive: false, today: '2025-07-15' })[0]!.rows[0]!
    expect(hidden[14]).toBe(SENSITIVE_PLACEHOLDER)
    expect(hidden).not.toContain('涉及服务对象隐私')
    const shown = exportSheets(d, { sheets: ['sessions'], includeSensitive: true, today: '2025-07-15' })[0]!.rows[0]!
    expect(shown[14]).toBe('涉及服务对象隐私')
  })

  it('no 项目评估 sheet while there are no assessments; period labels', () => {
    expect(exportSheets(all, { sheets: ['assessments'], includeSensitive: false, today: '2025-07-15' })).toEqual([])
    expect(periodLabel('2025Q1')).toBe('2025年第1季度')
    expect(periodLabel('2025H2')).toBe('2025年下半年')
    expect(periodLabel('2025Y')).toBe('2025年度')
  })
})
