import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/model'
import {
  copyAsNewFramework,
  copyAsNewVersion,
  DEFAULT_FRAMEWORK_ID,
  ensureDefaultFramework,
  frameworkErrors,
  getCurrentFramework,
  lineageVersions,
  listFrameworks,
  saveFramework,
  setCurrentFramework,
  type FrameworkContent,
} from '@renderer/db/frameworks'
import { getPreferences } from '@renderer/db/settings'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

const contentOf = (f: FrameworkContent): FrameworkContent => structuredClone({ name: f.name, note: f.note, dimensions: f.dimensions, thresholds: f.thresholds })

describe('frameworks data layer', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(() => dropDb(db))

  it('creates the default 12345 framework once and makes it current', async () => {
    const a = await ensureDefaultFramework(db)
    const b = await ensureDefaultFramework(db)
    await Promise.all([ensureDefaultFramework(db), ensureDefaultFramework(db)])
    expect(a.id).toBe(DEFAULT_FRAMEWORK_ID)
    expect(b.id).toBe(DEFAULT_FRAMEWORK_ID)
    expect(await db.frameworks.count()).toBe(1)
    expect(a.version).toBe(1)
    expect(a.isTemplate).toBe(true)
    expect(a.frozen).toBe(0)
    expect(a.dimensions.map((d) => d.code)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect((await getPreferences(db)).currentFrameworkId).toBe(DEFAULT_FRAMEWORK_ID)
    expect((await getCurrentFramework(db)).id).toBe(DEFAULT_FRAMEWORK_ID)
  })

  it('refuses weights totalling 99 with the Chinese message and writes nothing', async () => {
    const f = await ensureDefaultFramework(db)
    const copy = await copyAsNewVersion(db, f.id)
    const content = contentOf(copy)
    content.dimensions[0]!.indicators[0]!.weight = 7
    expect(frameworkErrors(content)).toEqual({ weights: '权重合计须为 100，当前为 99' })
    await expect(saveFramework(db, copy.id, content)).rejects.toThrow('权重合计须为 100，当前为 99')
    expect((await db.frameworks.get(copy.id))!.dimensions[0]!.indicators[0]!.weight).toBe(8)
    expect(await db.frameworks.count()).toBe(2)
  })

  it('names other problems at their fields', async () => {
    const f = await ensureDefaultFramework(db)
    const content = contentOf(f)
    content.dimensions[1]!.indicators[0]!.code = 'A1'
    content.dimensions[0]!.indicators[1]!.name = ' '
    content.thresholds = { green: 80, blue: 85, yellow: 60 }
    const errors = frameworkErrors(content)
    expect(errors['dimensions.1.indicators.0.code']).toBe('指标编号 A1 重复')
    expect(errors['dimensions.0.indicators.1.name']).toBe('指标名称必填')
    expect(errors.thresholds).toBe('分级阈值须依次递减：绿 > 蓝 > 黄')
    expect(errors.weights).toBeUndefined()
    const err = await saveFramework(db, f.id, content).catch((e) => e)
    expect(err).toBeInstanceOf(ValidationError)
  })

  it('edits an unfrozen studio version in place', async () => {
    const f = await ensureDefaultFramework(db)
    const v2 = await copyAsNewVersion(db, f.id)
    expect(v2.version).toBe(2)
    expect(v2.lineageId).toBe(f.lineageId)
    expect(v2.isTemplate).toBe(false)
    const content = contentOf(v2)
    content.dimensions[0]!.indicators[0]!.weight = 9
    content.dimensions[0]!.indicators[1]!.weight = 6
    content.dimensions[0]!.indicators[0]!.rubric[5] = '新的优秀标准'
    const { framework, newVersion } = await saveFramework(db, v2.id, content)
    expect(newVersion).toBe(false)
    expect(framework.id).toBe(v2.id)
    expect(framework.version).toBe(2)
    expect(framework.dimensions[0]!.indicators[0]!.rubric[5]).toBe('新的优秀标准')
    expect(await db.frameworks.count()).toBe(2)
  })

  it('an edit of the 参考模板 or of a frozen version becomes the next version; current follows it', async () => {
    const f = await ensureDefaultFramework(db)
    const content = contentOf(f)
    content.dimensions[0]!.indicators[0]!.weight = 9
    content.dimensions[0]!.indicators[1]!.weight = 6
    const first = await saveFramework(db, f.id, content)
    expect(first.newVersion).toBe(true)
    expect(first.framework.version).toBe(2)
    expect((await db.frameworks.get(f.id))!.dimensions[0]!.indicators[0]!.weight).toBe(8)
    expect((await getPreferences(db)).currentFrameworkId).toBe(first.framework.id)

    await db.frameworks.update(first.framework.id, { frozen: 1 })
    const again = await saveFramework(db, first.framework.id, { ...content, name: '本工作室指数' })
    expect(again.newVersion).toBe(true)
    expect(again.framework.version).toBe(3)
    expect(again.framework.frozen).toBe(0)
    expect((await db.frameworks.get(first.framework.id))!.name).toBe(f.name)
    expect((await lineageVersions(db, f.lineageId)).map((x) => x.version)).toEqual([1, 2, 3])
    expect((await getPreferences(db)).currentFrameworkId).toBe(again.framework.id)
  })

  it('copies to a new lineage and lists template first, newest version first', async () => {
    const f = await ensureDefaultFramework(db)
    const own = await copyAsNewFramework(db, f.id, '工作室自定指数')
    const v2 = await copyAsNewVersion(db, f.id)
    expect(own.version).toBe(1)
    expect(own.lineageId).not.toBe(f.lineageId)
    const list = await listFrameworks(db)
    expect(v2.name).toBe('社工督导指数（"12345"工作室版）')
    expect(v2.note.startsWith('依据参考模板修订。结构取自')).toBe(true)
    expect(list.map((x) => [x.name, x.version])).toEqual([
      ['社工督导指数（"12345"工作室版）', 2],
      [f.name, 1],
      ['工作室自定指数', 1],
    ])
    expect(list[0]!.id).toBe(v2.id)
    await setCurrentFramework(db, own.id)
    expect((await getCurrentFramework(db)).id).toBe(own.id)
    await expect(setCurrentFramework(db, 'nope')).rejects.toThrow('指数框架不存在')
  })
})
