import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateSampleData } from '@shared/sample/generator'
import { loadSampleData } from '@renderer/db/sample-data'
import { DEFAULT_FRAMEWORK_ID, ensureDefaultFramework, saveFramework } from '@renderer/db/frameworks'
import { getPreferences, getStudioInfo, saveStudioInfo } from '@renderer/db/settings'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

describe('loadSampleData with assessments', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(() => dropDb(db))

  it('adds the frozen default framework and final assessments; first-run creation before or after changes nothing', async () => {
    await ensureDefaultFramework(db)
    const data = generateSampleData({ seed: 2025, today: '2025-07-15' })
    await loadSampleData(db, data, { today: '2025-07-15' })
    await ensureDefaultFramework(db)
    expect(await db.frameworks.count()).toBe(1)
    expect((await db.frameworks.get(DEFAULT_FRAMEWORK_ID))!.frozen).toBe(1)
    expect(await db.assessments.count()).toBe(data.projects.length * 2)
    expect((await getPreferences(db)).currentFrameworkId).toBe(DEFAULT_FRAMEWORK_ID)
    // Editing the frozen template now makes v2.
    const fw = (await db.frameworks.get(DEFAULT_FRAMEWORK_ID))!
    const { newVersion } = await saveFramework(db, fw.id, { name: fw.name, note: fw.note, dimensions: fw.dimensions, thresholds: fw.thresholds })
    expect(newVersion).toBe(true)
  })

  it('refuses a database that has data', async () => {
    const data = generateSampleData({ seed: 1, today: '2025-07-15' })
    await loadSampleData(db, data, { today: '2025-07-15' })
    await expect(loadSampleData(db, data, { today: '2025-07-15' })).rejects.toThrow('数据库中已有数据')
  })

  it('names the studio after the sample in the same transaction, unless the studio has a name', async () => {
    const studio = { name: '示例工作室', unit: '示例单位' }
    await loadSampleData(db, generateSampleData({ seed: 1, today: '2025-07-15' }), { today: '2025-07-15', studio })
    expect(await getStudioInfo(db)).toMatchObject({ name: '示例工作室', unit: '示例单位' })

    const named = freshDb()
    try {
      await saveStudioInfo(named, { name: '我的工作室', unit: '' })
      await loadSampleData(named, generateSampleData({ seed: 1, today: '2025-07-15' }), { today: '2025-07-15', studio })
      expect(await getStudioInfo(named)).toMatchObject({ name: '我的工作室', unit: '' })
    } finally {
      await dropDb(named)
    }
  })

  it('leaves the studio unnamed when the sample cannot be loaded', async () => {
    await loadSampleData(db, generateSampleData({ seed: 1, today: '2025-07-15' }), { today: '2025-07-15' })
    const studio = { name: '示例工作室', unit: '示例单位' }
    await expect(loadSampleData(db, generateSampleData({ seed: 2, today: '2025-07-15' }), { today: '2025-07-15', studio })).rejects.toThrow('数据库中已有数据')
    expect((await getStudioInfo(db)).name).toBe('')
  })
})
