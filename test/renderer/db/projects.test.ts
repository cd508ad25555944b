import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError, type ProjectInput } from '@shared/model'
import { createProject, listProgress, saveProgress, updateProject } from '@renderer/db/projects'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

const base: ProjectInput = {
  name: '古街社区助老送餐',
  community: '古街社区',
  field: '养老',
  fundingSource: '政府购买服务',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  targets: { activities: 36, serviceCount: 1200, volunteers: 40 },
  status: '进行中',
}

describe('projects data layer', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(() => dropDb(db))

  it('refuses an end date before the start date and a negative target', async () => {
    const err = (await createProject(db, {
      ...base,
      endDate: '2024-12-31',
      targets: { activities: 1.5, serviceCount: -1, volunteers: 0 },
    }).catch((e) => e)) as ValidationError
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.fields).toEqual({
      endDate: '结束日期不能早于开始日期',
      'targets.activities': '目标活动场次须为非负整数',
      'targets.serviceCount': '目标人次须为非负整数',
    })
    expect(await db.projects.count()).toBe(0)
  })

  it('refuses an impossible date', async () => {
    const err = (await createProject(db, { ...base, startDate: '2025-02-30' }).catch((e) => e)) as ValidationError
    expect(err.fields.startDate).toBe('日期无效：2025年2月没有30日')
  })

  it('updates a project', async () => {
    const p = await createProject(db, base)
    const u = await updateProject(db, p.id, { ...base, status: '已结项' })
    expect(u.status).toBe('已结项')
    expect(await db.projects.count()).toBe(1)
  })

  it('keeps one progress row per project and quarter', async () => {
    const p = await createProject(db, base)
    const row = {
      projectId: p.id,
      period: '2025Q1',
      activities: 9,
      serviceCount: 310,
      volunteers: 22,
      volunteerHours: 140.5,
      needsCollected: 40,
      needsResolved: 35,
      satisfaction: 96.5,
    }
    await saveProgress(db, row)
    await saveProgress(db, { ...row, activities: 10 })
    await saveProgress(db, { ...row, period: '2025Q2', activities: 11 })
    const rows = await listProgress(db, p.id)
    expect(rows.map((r) => [r.period, r.activities])).toEqual([
      ['2025Q1', 10],
      ['2025Q2', 11],
    ])
  })

  it('refuses more resolved than collected needs and a satisfaction over 100', async () => {
    const p = await createProject(db, base)
    const err = (await saveProgress(db, {
      projectId: p.id,
      period: '2025Q1',
      activities: 1,
      serviceCount: 1,
      volunteers: 1,
      volunteerHours: 1,
      needsCollected: 3,
      needsResolved: 4,
      satisfaction: 101,
    }).catch((e) => e)) as ValidationError
    expect(err.fields).toEqual({ satisfaction: '满意度须在 0 到 100 之间', needsResolved: '办结诉求条数不能多于收集需求条数' })
    expect(await db.progress.count()).toBe(0)
  })
})
