import { describe, expect, it } from 'vitest'
import { colourFor, dropOneColour, finalGrade, gradeAssessment, gradeText } from '@shared/domain/supervision-index/grading'
import { buildDefaultFramework, DEFAULT_THRESHOLDS } from '@shared/domain/supervision-index/default-framework'

const T = DEFAULT_THRESHOLDS

describe('colourFor', () => {
  it('uses the default boundaries exactly', () => {
    expect(colourFor(599, T)).toEqual({ colour: '红色', grade: '预警' })
    expect(colourFor(600, T)).toEqual({ colour: '黄色', grade: '合格' })
    expect(colourFor(799, T)).toEqual({ colour: '黄色', grade: '合格' })
    expect(colourFor(800, T)).toEqual({ colour: '蓝色', grade: '良好' })
    expect(colourFor(899, T)).toEqual({ colour: '蓝色', grade: '良好' })
    expect(colourFor(900, T)).toEqual({ colour: '绿色', grade: '优秀' })
    expect(colourFor(1000, T)).toEqual({ colour: '绿色', grade: '优秀' })
    expect(colourFor(0, T)).toEqual({ colour: '红色', grade: '预警' })
  })
  it('gives the worked example 79.6 → 黄色 合格', () => {
    expect(colourFor(796, T)).toEqual({ colour: '黄色', grade: '合格' })
    expect(gradeText(796, colourFor(796, T))).toBe('79.6 分，黄色（合格）')
  })
  it('follows edited thresholds', () => {
    const t = { green: 85, blue: 75.5, yellow: 50 }
    expect(colourFor(850, t).colour).toBe('绿色')
    expect(colourFor(755, t).colour).toBe('蓝色')
    expect(colourFor(754, t).colour).toBe('黄色')
    expect(colourFor(499, t).colour).toBe('红色')
  })
})

describe('dropOneColour', () => {
  it('drops one step and red stays red', () => {
    expect(dropOneColour('绿色')).toBe('蓝色')
    expect(dropOneColour('蓝色')).toBe('黄色')
    expect(dropOneColour('黄色')).toBe('红色')
    expect(dropOneColour('红色')).toBe('红色')
  })
})

describe('finalGrade', () => {
  const overdue = (days: number) => ({ dueDate: '2025-01-01', daysOverdue: days })

  it('without events equals the base colour', () => {
    const g = finalGrade(850, T)
    expect(g).toEqual({
      colour: '蓝色', grade: '良好', baseColour: '蓝色', longOverdueCount: 0, dropped: false, vetoed: false, reasons: [],
    })
  })

  it('drops one colour once for follow-ups overdue more than 30 days', () => {
    const g = finalGrade(850, T, { overdueFollowUps: [overdue(31), overdue(45), overdue(5)] })
    expect(g.colour).toBe('黄色')
    expect(g.grade).toBe('合格')
    expect(g.baseColour).toBe('蓝色')
    expect(g.dropped).toBe(true)
    expect(g.longOverdueCount).toBe(2)
    expect(g.reasons).toEqual([{ kind: 'overdueDrop', text: '有 2 项跟进事项逾期超过 30 天，颜色由蓝色降为黄色' }])
  })

  it('does not drop at exactly 30 days overdue', () => {
    const g = finalGrade(950, T, { overdueFollowUps: [overdue(30), overdue(30)] })
    expect(g.colour).toBe('绿色')
    expect(g.dropped).toBe(false)
    expect(g.reasons).toEqual([])
  })

  it('uses the overdueDropDays setting', () => {
    const g = finalGrade(950, T, { overdueFollowUps: [overdue(15)], overdueDropDays: 14 })
    expect(g.colour).toBe('蓝色')
    expect(g.reasons).toEqual([{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 14 天，颜色由绿色降为蓝色' }])
  })

  it('keeps red red and says so', () => {
    const g = finalGrade(550, T, { overdueFollowUps: [overdue(60)] })
    expect(g.colour).toBe('红色')
    expect(g.dropped).toBe(false)
    expect(g.reasons).toEqual([{ kind: 'overdueAlreadyRed', text: '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级' }])
  })

  it('veto forces red whatever the total', () => {
    const g = finalGrade(985, T, { veto: { type: '安全事故', note: '活动中老人摔伤送医' } })
    expect(g.colour).toBe('红色')
    expect(g.grade).toBe('预警')
    expect(g.baseColour).toBe('绿色')
    expect(g.vetoed).toBe(true)
    expect(g.dropped).toBe(true)
    expect(g.reasons).toEqual([{ kind: 'veto', text: '一票否决：安全事故（活动中老人摔伤送医），颜色为红色' }])
  })

  it('veto with overdue items mentions both but stays red', () => {
    const g = finalGrade(700, T, {
      veto: { type: '违规使用资金', note: '项目经费挪作他用' },
      overdueFollowUps: [overdue(40)],
    })
    expect(g.colour).toBe('红色')
    expect(g.reasons).toEqual([
      { kind: 'veto', text: '一票否决：违规使用资金（项目经费挪作他用），颜色为红色' },
      { kind: 'overdueAlongsideVeto', text: '另有 1 项跟进事项逾期超过 30 天' },
    ])
  })
})

describe('worked example end to end', () => {
  it('ratings → 79.6 → 黄色 合格', async () => {
    const { buildDefaultFramework } = await import('@shared/domain/supervision-index/default-framework')
    const { computeScores } = await import('@shared/domain/supervision-index/scoring')
    const fw = buildDefaultFramework()
    const r = computeScores(fw, {
      A1: 4, A2: 3, B1: 5, B2: 4, B3: 4, C1: 5, C2: 3, C3: 4, D1: 4, D2: 5, D3: 3, D4: 2, E1: 5, E2: 4, E3: 3,
    })
    expect(r.totalText).toBe('79.6')
    const g = finalGrade(r.totalTenths, fw.thresholds)
    expect([g.colour, g.grade, g.reasons]).toEqual(['黄色', '合格', []])
  })
})

describe('gradeAssessment', () => {
  const fw = buildDefaultFramework()
  const CODES = ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'D4', 'E1', 'E2', 'E3']
  const WORKED = [4, 3, 5, 4, 4, 5, 3, 4, 4, 5, 3, 2, 5, 4, 3]
  const items = (ratings: number[]) => CODES.map((c, i) => ({ indicatorCode: c, rating: ratings[i] ?? null }))
  it('scores the worked example 79.6 黄色 合格 and applies drop and veto', () => {
    const g = gradeAssessment(fw, items(WORKED))
    expect(g.scores.totalTenths).toBe(796)
    expect([g.grade.colour, g.grade.grade]).toEqual(['黄色', '合格'])
    const dropped = gradeAssessment(fw, items(WORKED), { overdue: [{ dueDate: '2025-02-01', daysOverdue: 31 }] })
    expect(dropped.grade.colour).toBe('红色')
    expect(gradeAssessment(fw, items(WORKED), { overdue: [{ dueDate: '2025-02-01', daysOverdue: 30 }] }).grade.colour).toBe('黄色')
    const vetoed = gradeAssessment(fw, items(CODES.map(() => 5)), { veto: { type: '违规使用资金', note: '' } })
    expect([vetoed.scores.totalTenths, vetoed.grade.colour, vetoed.grade.reasons]).toEqual([1000, '红色', [{ kind: 'veto', text: '一票否决：违规使用资金，颜色为红色' }]])
  })
})
