import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Assessment } from '@shared/model'
import { setClockForTests } from '@renderer/db/clock'
import { allPersons, getPerson, sessionsOfPerson } from '@renderer/db/persons'
import { allProjects, getProject, sessionsOfProject } from '@renderer/db/projects'
import { allFrameworks, DEFAULT_FRAMEWORK_ID, ensureDefaultFramework, frameworkUsage, getFramework } from '@renderer/db/frameworks'
import { listFollowUps } from '@renderer/db/follow-ups'
import { nameMaps } from '@renderer/db/names'
import { homeSummary } from '@renderer/db/home'
import { listAssessmentRows } from '@renderer/db/assessment-list'
import { loadReportData } from '@renderer/db/report-data'
import { softDelete } from '@renderer/db/records'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'
import { buildStudio } from './studio-fixture'

const codes = (sessions: { code: string }[]) => sessions.map((s) => s.code).sort()

/** A stored assessment with only what the lists read filled in. */
function assessment(over: Partial<Assessment> & Pick<Assessment, 'id' | 'projectId' | 'period' | 'status'>): Assessment {
  return {
    frameworkId: DEFAULT_FRAMEWORK_ID,
    assessor: '周晓岚',
    assessDate: '2025-07-01',
    items: [],
    veto: null,
    achievements: '',
    problems: '',
    improvements: '',
    totalTenths: over.status === '已定稿' ? 812 : null,
    colour: over.status === '已定稿' ? '蓝色' : null,
    grade: over.status === '已定稿' ? '良好' : null,
    dropReasons: [],
    finalizedAt: null,
    createdAt: '2025-07-01T00:00:00.000Z',
    updatedAt: '2025-07-01T00:00:00.000Z',
    deletedAt: null,
    rev: 1,
    ...over,
  }
}

describe('the read functions the screens use', () => {
  let db: StudioDatabase
  let studio: Awaited<ReturnType<typeof buildStudio>>
  beforeEach(async () => {
    db = freshDb()
    studio = await buildStudio(db)
  })
  afterEach(() => dropDb(db))
  afterAll(() => setClockForTests(null))

  it('persons: one as stored (in the 回收站 too), every one, and the live sessions they took part in', async () => {
    const { sup, w1, w2, sessions } = studio
    expect(codes(await sessionsOfPerson(db, sup.id))).toEqual(codes(sessions))
    expect(codes(await sessionsOfPerson(db, w1.id))).toEqual(codes([sessions[0]!, sessions[2]!]))
    expect(codes(await sessionsOfPerson(db, w2.id))).toEqual([sessions[1]!.code])
    await softDelete(db, 'sessions', sessions[0]!.id)
    expect(codes(await sessionsOfPerson(db, w1.id))).toEqual([sessions[2]!.code])
    await softDelete(db, 'persons', w2.id)
    expect((await getPerson(db, w2.id))?.deletedAt).not.toBeNull()
    expect(await getPerson(db, 'no-such-id')).toBeUndefined()
    expect((await allPersons(db)).map((p) => p.name).sort()).toEqual(['周晓岚', '程思远', '韩雨桐'].sort())
  })

  it('projects: one as stored, every one, and its live sessions', async () => {
    const { project, sessions } = studio
    expect(codes(await sessionsOfProject(db, project.id))).toEqual(codes(sessions))
    await softDelete(db, 'sessions', sessions[1]!.id)
    expect(codes(await sessionsOfProject(db, project.id))).toEqual(codes([sessions[0]!, sessions[2]!]))
    await softDelete(db, 'projects', project.id)
    expect((await getProject(db, project.id))?.name).toBe('“共享儿女”独居老人关爱服务')
    expect((await allProjects(db)).map((p) => p.id)).toEqual([project.id])
  })

  it('follow-ups: every live one; those of a session in the 回收站 go with it', async () => {
    expect((await listFollowUps(db)).map((f) => f.content).sort()).toEqual(['整理第 1 次督导的个案记录', '整理第 2 次督导的个案记录', '整理第 3 次督导的个案记录'])
    await softDelete(db, 'sessions', studio.sessions[0]!.id)
    expect((await listFollowUps(db)).map((f) => f.content).sort()).toEqual(['整理第 2 次督导的个案记录', '整理第 3 次督导的个案记录'])
  })

  it('name maps: every person and project by id, those in the 回收站 too', async () => {
    await softDelete(db, 'persons', studio.w2.id)
    const names = await nameMaps(db)
    expect(names.persons).toEqual(new Map([[studio.sup.id, '周晓岚'], [studio.w1.id, '韩雨桐'], [studio.w2.id, '程思远']]))
    expect(names.projects).toEqual(new Map([[studio.project.id, '“共享儿女”独居老人关爱服务']]))
  })

  it('frameworks and assessments: usage per framework version, the named list of live assessments', async () => {
    await ensureDefaultFramework(db)
    expect((await allFrameworks(db)).map((f) => f.id)).toEqual([DEFAULT_FRAMEWORK_ID])
    expect((await getFramework(db, DEFAULT_FRAMEWORK_ID))?.version).toBe(1)
    expect(await getFramework(db, 'no-such-id')).toBeUndefined()
    const p = studio.project.id
    await db.assessments.bulkAdd([
      assessment({ id: 'a1', projectId: p, period: '2025Q1', status: '已定稿' }),
      assessment({ id: 'a2', projectId: p, period: '2025Q2', status: '草稿', updatedAt: '2025-07-02T00:00:00.000Z' }),
      assessment({ id: 'a3', projectId: 'gone', period: '2025Q2', status: '草稿', frameworkId: 'old-framework' }),
      assessment({ id: 'a4', projectId: p, period: '2025Q3', status: '草稿', deletedAt: '2025-07-03T00:00:00.000Z' }),
    ])
    expect(await frameworkUsage(db)).toEqual(
      new Map([
        [DEFAULT_FRAMEWORK_ID, { final: 1, draft: 1 }],
        ['old-framework', { final: 0, draft: 1 }],
      ]),
    )
    const rows = await listAssessmentRows(db)
    expect(rows.map((r) => [r.id, r.projectName, r.frameworkLabel, r.frameworkName])).toEqual([
      ['a2', '“共享儿女”独居老人关爱服务', 'v1', '社工督导指数（"12345"参考模板）'],
      ['a3', '（项目已删除）', '—', ''],
      ['a1', '“共享儿女”独居老人关爱服务', 'v1', '社工督导指数（"12345"参考模板）'],
    ])
  })

  it('the 工作台 summary: quarter figures, overdue follow-ups of live sessions with their owner, the board', async () => {
    // The fixture's three sessions (2025-05-01…03, 90 minutes each) and their follow-ups due 2025-06-30.
    let home = await homeSummary(db, '2025-07-15')
    expect([home.quarter, home.month, home.quarterStats.count, home.lastStats.count, home.lastStats.hours]).toEqual(['2025Q3', '2025-07', 0, 3, '4.5'])
    expect(home.monthBucket?.count).toBe(0)
    // Equally overdue items come in no fixed order.
    expect(home.overdue.map((o) => [o.followUp.content, o.owner, o.daysOverdue, o.session.code]).sort()).toEqual([
      ['整理第 1 次督导的个案记录', '韩雨桐', 15, studio.sessions[0]!.code],
      ['整理第 2 次督导的个案记录', '韩雨桐', 15, studio.sessions[1]!.code],
      ['整理第 3 次督导的个案记录', '韩雨桐', 15, studio.sessions[2]!.code],
    ])
    expect([home.board.period, home.board.counts.未评估, home.red]).toEqual(['2025Q2', 1, []])

    await softDelete(db, 'sessions', studio.sessions[1]!.id)
    home = await homeSummary(db, '2025-05-31')
    expect([home.quarter, home.quarterStats.count, home.monthBucket?.count, home.lastStats.count]).toEqual(['2025Q2', 2, 2, 0])
    expect(home.overdue).toEqual([])
  })

  it('the report data: people, projects and frameworks all; other records live only', async () => {
    await softDelete(db, 'sessions', studio.sessions[2]!.id)
    await softDelete(db, 'persons', studio.w2.id)
    const data = await loadReportData(db)
    expect(data.studio.name).toBe('林泉高级社工师工作室')
    expect([data.persons.length, data.projects.length, data.progress.length, data.sessions.length, data.followUps.length]).toEqual([3, 1, 1, 2, 2])
  })
})
