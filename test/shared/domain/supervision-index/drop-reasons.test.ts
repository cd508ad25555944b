import { describe, expect, it } from 'vitest'
import {
  dropReasonFromText,
  dropReasonsText,
  overdueAlongsideVetoReason,
  overdueAlreadyRedReason,
  overdueDropReason,
  upgradeDropReason,
  vetoReason,
} from '@shared/domain/supervision-index/drop-reasons'
import { finalGrade } from '@shared/domain/supervision-index/grading'
import { DEFAULT_THRESHOLDS } from '@shared/domain/supervision-index/default-framework'

describe('the reasons of a drop or veto', () => {
  it('are written with their kind and the sentence reports show', () => {
    expect(vetoReason('安全事故', '  活动中老人摔伤 ')).toEqual({ kind: 'veto', text: '一票否决：安全事故（活动中老人摔伤），颜色为红色' })
    expect(vetoReason('违规使用资金', ' ')).toEqual({ kind: 'veto', text: '一票否决：违规使用资金，颜色为红色' })
    expect(overdueAlongsideVetoReason(2, 30)).toEqual({ kind: 'overdueAlongsideVeto', text: '另有 2 项跟进事项逾期超过 30 天' })
    expect(overdueDropReason(1, 14, '绿色', '蓝色')).toEqual({ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 14 天，颜色由绿色降为蓝色' })
    expect(overdueAlreadyRedReason(3, 30)).toEqual({ kind: 'overdueAlreadyRed', text: '有 3 项跟进事项逾期超过 30 天，颜色已为红色，不再降级' })
  })

  it('join into one line with Chinese semicolons, as screens and reports show them', () => {
    expect(dropReasonsText([vetoReason('安全事故', ''), overdueAlongsideVetoReason(1, 30)])).toBe('一票否决：安全事故，颜色为红色；另有 1 项跟进事项逾期超过 30 天')
    expect(dropReasonsText([])).toBe('')
  })
})

describe('reasons stored as text alone (before kinds)', () => {
  it('get the kind of the sentence', () => {
    expect(dropReasonFromText('一票否决：安全事故（活动中老人摔伤），颜色为红色')).toEqual({ kind: 'veto', text: '一票否决：安全事故（活动中老人摔伤），颜色为红色' })
    expect(dropReasonFromText('另有 1 项跟进事项逾期超过 30 天')).toEqual({ kind: 'overdueAlongsideVeto', text: '另有 1 项跟进事项逾期超过 30 天' })
    expect(dropReasonFromText('有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级')).toEqual({
      kind: 'overdueAlreadyRed',
      text: '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级',
    })
    expect(dropReasonFromText('有 2 项跟进事项逾期超过 20 天，颜色由黄色降为红色')).toEqual({ kind: 'overdueDrop', text: '有 2 项跟进事项逾期超过 20 天，颜色由黄色降为红色' })
  })

  it('a veto whose note has the words of another kind stays a veto', () => {
    expect(dropReasonFromText('一票否决：严重伦理问题（评级降为红色，不再降级），颜色为红色').kind).toBe('veto')
  })

  it('a sentence no version wrote is kept as it is, of kind other', () => {
    expect(dropReasonFromText('手工补录：颜色调整')).toEqual({ kind: 'other', text: '手工补录：颜色调整' })
    expect(dropReasonFromText('')).toEqual({ kind: 'other', text: '' })
  })

  it('every reason finalGrade writes reads back as itself', () => {
    const T = DEFAULT_THRESHOLDS
    const overdue = (days: number) => ({ dueDate: '2025-01-01', daysOverdue: days })
    const grades = [
      finalGrade(950, T, { overdueFollowUps: [overdue(31)] }),
      finalGrade(550, T, { overdueFollowUps: [overdue(31)] }),
      finalGrade(950, T, { veto: { type: '安全事故', note: '摔伤' }, overdueFollowUps: [overdue(40), overdue(50)] }),
      finalGrade(950, T, { veto: { type: '违规使用资金', note: '' } }),
    ]
    const reasons = grades.flatMap((g) => g.reasons)
    expect(reasons.map((r) => r.kind)).toEqual(['overdueDrop', 'overdueAlreadyRed', 'veto', 'overdueAlongsideVeto', 'veto'])
    expect(reasons.map((r) => dropReasonFromText(r.text))).toEqual(reasons)
  })

  it('upgradeDropReason converts a string and leaves a typed reason as it is', () => {
    const typed = { kind: 'overdueDrop' as const, text: '有 1 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }
    expect(upgradeDropReason(typed)).toBe(typed)
    expect(upgradeDropReason('另有 1 项跟进事项逾期超过 30 天')).toEqual({ kind: 'overdueAlongsideVeto', text: '另有 1 项跟进事项逾期超过 30 天' })
  })
})
