import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndexFramework } from '@shared/model'
import { createPerson } from '@renderer/db/persons'
import { saveProgress } from '@renderer/db/projects'
import { saveSession } from '@renderer/db/sessions'
import { ensureDefaultFramework } from '@renderer/db/frameworks'
import { finalizeAssessment, loadAssessmentContext, saveAssessment } from '@renderer/db/assessments'
import type { StudioDatabase } from '@renderer/db/schema'
import { assessmentFormErrors } from '@renderer/features/assessments/assessment-form-check'
import { emptyValues, valuesToForm, type AssessmentFormValues } from '@renderer/features/assessments/assessment-form-values'
import { createTestProject, dropDb, freshDb } from '../../db/helpers'

const TODAY = '2025-07-15'

/** A small deterministic generator, so a failing form can be found again. */
function rng(seed: number) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
}

describe('the assessment form and the save agree', () => {
  let db: StudioDatabase
  let framework: IndexFramework
  let projectId: string

  beforeEach(async () => {
    db = freshDb()
    framework = await ensureDefaultFramework(db)
    const sup = (await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
    const sw = (await createPerson(db, { name: '张晓明', role: '社工', qualification: '社会工作师' })).id
    projectId = await createTestProject(db, '古街社区助老送餐服务项目')
    await saveProgress(db, { projectId, period: '2025Q1', activities: 7, serviceCount: 150, volunteers: 9, volunteerHours: 40, needsCollected: 8, needsResolved: 3, satisfaction: 72 })
    await saveSession(
      db,
      { date: '2025-02-10', startTime: '09:00', endTime: '10:00', mode: '个别督导', functions: ['教育'], supervisorIds: [sup], superviseeIds: [sw], projectIds: [projectId], topics: ['需求评估'] },
      { today: TODAY },
    )
  })
  afterEach(() => dropDb(db))

  it('the save refuses nothing the form allows (saving and 定稿), over many forms of both periods', async () => {
    const next = rng(7)
    let allowed = 0
    for (let n = 0; n < 40; n++) {
      const period = n % 2 === 0 ? '2025Q1' : '2025Q2'
      const ctx = (await loadAssessmentContext(db, projectId, period, '2025-07-10'))!
      const suggestions = ctx.suggestionSet.suggestions
      const values: AssessmentFormValues = emptyValues(framework, TODAY, {
        projectId,
        period,
        assessor: '周晓岚',
        assessDate: '2025-07-10',
      })
      values.items = values.items.map((item) => {
        const roll = next()
        const suggested = (suggestions as Record<string, { rating: number } | null>)[item.indicatorCode]
        // Mostly the suggestion (as 采用全部建议 fills it) or a 合格-or-better rating, now and then
        // any rating with or without a 评分依据, or none.
        const rating = roll < 0.85 ? (suggested ? suggested.rating : 3 + Math.floor(next() * 3)) : roll < 0.97 ? Math.floor(next() * 6) : null
        return { ...item, rating, basis: next() < 0.5 ? '' : '现场检查所见' }
      })
      const finalize = n % 3 === 0
      const input = valuesToForm(values, framework, suggestions)
      const errors = assessmentFormErrors(input, values, framework, { today: TODAY, finalize })
      if (Object.keys(errors).length > 0) continue
      allowed++
      const saved = finalize ? (await finalizeAssessment(db, input, { today: TODAY })).assessment : await saveAssessment(db, input, { today: TODAY })
      expect(saved.items.map((i) => i.rating)).toEqual(input.items.map((i) => i.rating))
      await db.assessments.clear()
    }
    // Enough of them pass the form for the agreement to mean something.
    expect(allowed).toBeGreaterThan(5)
  })
})
