import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateSampleData } from '@shared/sample/generator'
import { loadSampleData } from '@renderer/db/sample-data'
import { DEFAULT_FRAMEWORK_ID, ensureDefaultFramework, saveFramework } from '@renderer/db/frameworks'
import { getPreferences } from '@renderer/db/settings'
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
})
