import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError, type AssessmentForm, type FollowUpInput } from '@shared/model'
import { createPerson } from '@renderer/db/persons'
import { saveProgress } from '@renderer/db/projects'
import { saveSession } from '@renderer/db/sessions'
import { copyAsNewVersion, ensureDefaultFramework, saveFramework } from '@renderer/db/frameworks'
import {
  AssessmentLockedError,
  assessmentHistory,
  DuplicateAssessmentError,
  finalizeAssessment,
  findAssessment,
  loadAssessmentContext,
  saveAssessment,
  unfinalizeAssessment,
} from '@renderer/db/assessments'
import { assessmentDraftKey, saveDraft } from '@renderer/db/drafts'
import { updatePreferences } from '@renderer/db/settings'
import type { StudioDatabase } from '@renderer/db/schema'
import { createTestProject, dropDb, freshDb } from './helpers'

const TODAY = '2025-07-15'
/** The worked example of docs/domain.md: 79.6 → 黄色 合格. */
const WORKED: Record<string, number> = {
  A1: 4, A2: 3, B1: 5, B2: 4, B3: 4, C1: 5, C2: 3, C3: 4, D1: 4, D2: 5, D3: 3, D4: 2, E1: 5, E2: 4, E3: 3,
}
const CODES = Object.keys(WORKED)

describe('assessments data layer', () => {
  let db: StudioDatabase
  let projectId: string
  let frameworkId: string
  let sup: string
  let sw: string

  const form = (over: Partial<AssessmentForm> = {}, ratings: Record<string, number | null> = WORKED, bases: Record<string, string> = {}): AssessmentForm => ({
    projectId,
    frameworkId,
    period: '2025Q1',
    assessor: '周晓岚',
    assessDate: '2025-04-10',
    items: CODES.map((code) => ({ indicatorCode: code, rating: ratings[code] ?? null, basis: bases[code] ?? '', suggestion: null })),
    veto: null,
    achievements: '',
    problems: '',
    improvements: '',
    ...over,
  })
  const BASES = {
    A1: '另有入户走访和热线记录，渠道多样',
    C2: '服务档案齐全，督导记录待补定稿',
    C3: '志愿者骨干稳定，培训到位',
    D3: '两项已落实，一项推进中',
    D4: '激励措施零散',
    E2: '复杂诉求已转介',
  }

  const session = async (date: string, followUps: FollowUpInput[] = []) =>
    saveSession(
      db,
      { date, startTime: '09:00', endTime: '11:00', mode: '个别督导', functions: ['教育'], supervisorIds: [sup], superviseeIds: [sw], projectIds: [projectId], followUps },
      { today: TODAY },
    )

  beforeEach(async () => {
    db = freshDb()
    frameworkId = (await ensureDefaultFramework(db)).id
    sup = (await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
    sw = (await createPerson(db, { name: '张晓明', role: '社工', qualification: '社会工作师' })).id
    projectId = await createTestProject(db, '林泉社区“共享儿女”')
    await saveProgress(db, {
      projectId, period: '2025Q1', activities: 10, serviceCount: 200, volunteers: 16, volunteerHours: 120,
      needsCollected: 20, needsResolved: 17, satisfaction: 96,
    })
    await session('2025-01-10', [
      { content: '完善需求清单', ownerId: sw, dueDate: '2025-02-01', status: '已完成', completedDate: '2025-01-30' },
      { content: '志愿者培训', ownerId: sw, dueDate: '2025-03-01', status: '已完成', completedDate: '2025-02-25' },
      { content: '补齐服务档案', ownerId: sw, dueDate: '2025-03-20', status: '待办' },
    ])
    await session('2025-02-14')
    await session('2025-03-14')
  })
  afterEach(() => dropDb(db))

  it('suggests ratings from the stored data with the figures behind them', async () => {
    const ctx = (await loadAssessmentContext(db, projectId, '2025Q1', '2025-04-10'))!
    const s = ctx.suggestionSet.suggestions
    expect(s.C1).toEqual({ rating: 5, value: 1, figures: '活动场次 10/10（100.0%），服务人次 200/200（100.0%），取较小值 100.0%' })
    expect(s.C3).toEqual({ rating: 3, value: 0.8, figures: '志愿者人数 16/20（80.0%）' })
    expect(s.D2).toEqual({ rating: 5, value: 1, figures: '督导 3 次，时数 6.0/6.0 小时（100.0%）' })
    expect(s.D3?.rating).toBe(2)
    expect(s.D3?.figures).toBe('本期到期跟进事项 3 项，期末前完成 2 项（66.6%）')
    expect(s.E1).toEqual({ rating: 5, value: 96, figures: '满意度 96%' })
    expect(s.E2).toEqual({ rating: 3, value: 0.85, figures: '办结诉求 17/收集需求 20 条（85.0%）' })
    expect(s.A1).toEqual({ rating: 3, value: null, figures: '收集需求 20 条，议题含“需求评估”的督导 0 次' })
    expect(s.A2).toEqual({ rating: 3, value: null, figures: '新增需求 20 条、办结 17 条，议题含“需求评估”的督导 0 次' })
    expect(s.C2).toEqual({ rating: 0, value: 0, figures: '督导记录 3 条，已定稿并经被督导者确认 0 条（0.0%）' })
    expect(ctx.suggestionSet.sources.D2?.sessions.map((x) => x.code)).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003'])
    expect(ctx.overdue.map((o) => [o.dueDate, o.daysOverdue])).toEqual([['2025-03-20', 21]])
  })

  it('requires 评分依据 below 3 and where the rating differs from the suggestion; nothing is saved', async () => {
    const err = (await saveAssessment(db, form(), { today: TODAY }).catch((e) => e)) as ValidationError
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.fields).toEqual({
      'items.0.basis': '评分与建议评分（3 分）不同，请填写评分依据',
      'items.6.basis': '评分与建议评分（0 分）不同，请填写评分依据',
      'items.7.basis': '评分与建议评分（3 分）不同，请填写评分依据',
      'items.10.basis': '评分与建议评分（2 分）不同，请填写评分依据',
      'items.11.basis': '评分低于 3 分，请填写评分依据',
      'items.13.basis': '评分与建议评分（3 分）不同，请填写评分依据',
    })
    expect(await db.assessments.count()).toBe(0)
  })

  it('saves a draft with the suggestions of the day, one per project and period', async () => {
    await saveDraft(db, assessmentDraftKey(null), 'assessment', null, { any: 1 })
    const a = await saveAssessment(db, form({}, { ...WORKED, E3: null }, BASES), { today: TODAY })
    expect(a.status).toBe('草稿')
    expect(a.totalTenths).toBeNull()
    expect(a.items.find((i) => i.indicatorCode === 'C3')!.suggestion?.rating).toBe(3)
    expect(a.items.find((i) => i.indicatorCode === 'A1')!.suggestion?.rating).toBe(3)
    expect(a.items.find((i) => i.indicatorCode === 'B1')!.suggestion).toBeNull()
    expect(await db.drafts.count()).toBe(0)
    const dup = await saveAssessment(db, form({}, WORKED, BASES), { today: TODAY }).catch((e) => e)
    expect(dup).toBeInstanceOf(DuplicateAssessmentError)
    expect((dup as DuplicateAssessmentError).existingId).toBe(a.id)
    const again = await saveAssessment(db, form({ problems: '档案不全' }, WORKED, BASES), { id: a.id, today: TODAY })
    expect(again.id).toBe(a.id)
    expect(again.problems).toBe('档案不全')
    expect(await db.assessments.count()).toBe(1)
    expect((await findAssessment(db, projectId, '2025Q1'))!.id).toBe(a.id)
  })

  it('a rating equal to the data-backed suggestion needs no 评分依据, even 0 未开展 (D2 with no session)', async () => {
    // 2025Q2: no session of the project, so D2 suggests 0 未开展（督导 0 次）; no progress either.
    const ctx = (await loadAssessmentContext(db, projectId, '2025Q2', '2025-07-10'))!
    const d2 = ctx.suggestionSet.suggestions.D2!
    expect(d2).toEqual({ rating: 0, value: 0, figures: '督导 0 次，时数 0.0/6.0 小时（0.0%）' })
    const ratings = Object.fromEntries(
      CODES.map((code) => {
        const suggested = (ctx.suggestionSet.suggestions as Record<string, { rating: number } | null | undefined>)[code]
        return [code, suggested ? suggested.rating : 3]
      }),
    )
    expect(ratings.D2).toBe(0)
    const { assessment } = await finalizeAssessment(db, form({ period: '2025Q2', assessDate: '2025-07-10' }, ratings), { today: TODAY })
    expect(assessment.items.find((i) => i.indicatorCode === 'D2')).toEqual({ indicatorCode: 'D2', rating: 0, basis: '', suggestion: d2 })
  })

  it('定稿 needs every indicator rated', async () => {
    const err = (await finalizeAssessment(db, form({}, { ...WORKED, E3: null }, BASES), { today: TODAY }).catch((e) => e)) as ValidationError
    expect(err.fields['items.14.rating']).toBe('请为 E3 可持续与品牌 评分')
    expect(await db.assessments.count()).toBe(0)
  })

  it('定稿 stores 79.6 黄色 合格, freezes the framework and the record', async () => {
    const draft = await saveAssessment(db, form({}, WORKED, BASES), { today: TODAY })
    const { assessment, grading } = await finalizeAssessment(db, form({}, WORKED, BASES), { id: draft.id, today: TODAY, by: '周晓岚' })
    expect(assessment.id).toBe(draft.id)
    expect(assessment.status).toBe('已定稿')
    expect(assessment.totalTenths).toBe(796)
    expect(assessment.colour).toBe('黄色')
    expect(assessment.grade).toBe('合格')
    expect(assessment.dropReasons).toEqual([])
    expect(grading.scores.dimensions.map((d) => [d.code, d.scoreTenths])).toEqual([['A', 106], ['B', 130], ['C', 210], ['D', 140], ['E', 210]])
    expect((await db.frameworks.get(frameworkId))!.frozen).toBe(1)
    expect((await assessmentHistory(db, draft.id)).map((r) => r.action)).toEqual(['定稿'])
    await expect(saveAssessment(db, form({}, WORKED, BASES), { id: draft.id, today: TODAY })).rejects.toBeInstanceOf(AssessmentLockedError)
  })

  it('drops one colour for follow-ups overdue more than 30 days on the assessment date', async () => {
    // 2025-03-20 is 36 days before 2025-04-25.
    const { assessment } = await finalizeAssessment(db, form({ assessDate: '2025-04-25' }, WORKED, BASES), { today: TODAY })
    expect(assessment.totalTenths).toBe(796)
    expect(assessment.colour).toBe('红色')
    expect(assessment.grade).toBe('预警')
    expect(assessment.dropReasons).toEqual([{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }])
  })

  it('judges overdue as it stood on the assessment date; the drop days are a setting', async () => {
    await updatePreferences(db, { overdueDropDays: 20 })
    const { assessment } = await finalizeAssessment(db, form({}, WORKED, BASES), { today: TODAY })
    expect(assessment.colour).toBe('红色')
    expect(assessment.dropReasons).toEqual([{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 20 天，颜色由黄色降为红色' }])
  })

  it('一票否决 makes it 红色 whatever the total', async () => {
    const all5 = Object.fromEntries(CODES.map((c) => [c, 5]))
    const bases = { A1: '多渠道调研', A2: '需求清单按月更新', C2: '档案齐全', C3: '培训到位', D3: '已落实', E2: '已转介' }
    const { assessment } = await finalizeAssessment(
      db,
      form({ veto: { type: '安全事故', note: '活动中老人摔伤' } }, all5, bases),
      { today: TODAY },
    )
    expect(assessment.totalTenths).toBe(1000)
    expect(assessment.colour).toBe('红色')
    expect(assessment.dropReasons).toEqual([{ kind: 'veto', text: '一票否决：安全事故（活动中老人摔伤），颜色为红色' }])
  })

  it('editing the frozen framework makes v2 and leaves the final assessment as it was', async () => {
    const { assessment } = await finalizeAssessment(db, form({}, WORKED, BASES), { today: TODAY })
    const v1 = (await db.frameworks.get(frameworkId))!
    const content = structuredClone({ name: v1.name, note: v1.note, dimensions: v1.dimensions, thresholds: v1.thresholds })
    content.dimensions[0]!.indicators[0]!.weight = 10
    content.dimensions[0]!.indicators[1]!.weight = 5
    const { framework: v2, newVersion } = await saveFramework(db, frameworkId, content)
    expect(newVersion).toBe(true)
    expect(v2.version).toBe(2)
    const after = (await db.assessments.get(assessment.id))!
    expect(after).toEqual(assessment)
    expect((await db.frameworks.get(frameworkId))!.dimensions[0]!.indicators[0]!.weight).toBe(8)
  })

  it('a copy of a version is not frozen even when the original is', async () => {
    await finalizeAssessment(db, form({}, WORKED, BASES), { today: TODAY })
    const copy = await copyAsNewVersion(db, frameworkId)
    expect(copy.frozen).toBe(0)
  })

  it('撤销定稿 needs a reason and keeps the final values in the history', async () => {
    const { assessment } = await finalizeAssessment(db, form({}, WORKED, BASES), { today: TODAY })
    await expect(unfinalizeAssessment(db, assessment.id, '  ')).rejects.toThrow('请填写撤销定稿的原因')
    const back = await unfinalizeAssessment(db, assessment.id, '评分有误', '周晓岚')
    expect(back.status).toBe('草稿')
    expect(back.totalTenths).toBeNull()
    const history = await assessmentHistory(db, assessment.id)
    expect(history[0]!.action).toBe('撤销定稿')
    expect(history[0]!.reason).toBe('评分有误')
    expect((history[0]!.snapshot as { totalTenths: number }).totalTenths).toBe(796)
    expect((await db.frameworks.get(frameworkId))!.frozen).toBe(1)
  })
})

describe('assessment reads for the 指数看板', () => {
  it('lists periods with any and with final assessments, and reads by period and by project', async () => {
    const { freshDb: fresh, dropDb: drop } = await import('./helpers')
    const { generateSampleData } = await import('@shared/sample/generator')
    const { loadSampleData } = await import('@renderer/db/sample-data')
    const { assessmentPeriods, assessmentsOfPeriods, assessmentsOfProject } = await import('@renderer/db/assessments')
    const db = fresh()
    try {
      const data = generateSampleData({ seed: 3, today: '2025-07-15' })
      await loadSampleData(db, data, { today: '2025-07-15' })
      const all = await db.assessments.toArray()
      // one draft in a third period, one deleted final in a fourth
      await db.assessments.put({ ...all[0]!, id: crypto.randomUUID(), period: '2025Q3', status: '草稿', totalTenths: null, colour: null })
      await db.assessments.put({ ...all[0]!, id: crypto.randomUUID(), period: '2024Q4', deletedAt: '2025-07-01T00:00:00.000Z' })
      expect(await assessmentPeriods(db)).toEqual({ all: ['2025Q1', '2025Q2', '2025Q3'], final: ['2025Q1', '2025Q2'] })
      expect((await assessmentsOfPeriods(db, ['2025Q2', '2024Q4'])).length).toBe(data.projects.length)
      expect((await assessmentsOfProject(db, all[0]!.projectId)).map((a) => a.period).sort()).toEqual(['2025Q1', '2025Q2', '2025Q3'])
    } finally {
      await drop(db)
    }
  })
})
