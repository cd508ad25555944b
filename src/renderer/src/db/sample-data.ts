import type { StudioDatabase } from './schema'
import type { SampleData } from '@shared/sample/generator'
import { generateSampleAssessments } from '@shared/sample/sample-assessments'
import { nowIso, todayString } from './clock'
import { DEFAULT_FRAMEWORK_ID } from './frameworks'
import { getPreferences, getStudioInfo, saveStudioInfo, updatePreferences } from './settings'
import { versioned, write } from './write'

/**
 * Writes generated sample data in one transaction, only into an empty database: a studio's
 * real records are never mixed with invented ones. Adds the default index framework (frozen)
 * and final assessments of every sample project for the quarters the sample covers, derived
 * from the same data (see sample-assessments.ts). With `studio`, the studio gets the sample's name
 * (on the reports and in the header) unless the user already gave it one.
 */
export async function loadSampleData(
  db: StudioDatabase,
  data: SampleData,
  options: {
    today?: string
    seed?: number | string
    assessments?: boolean
    /** The sample studio's name and unit, written unless the studio already has a name. */
    studio?: { name: string; unit: string }
  } = {},
): Promise<void> {
  const today = options.today ?? todayString()
  const sample =
    options.assessments === false ? null : generateSampleAssessments(data, { frameworkId: DEFAULT_FRAMEWORK_ID, today, seed: options.seed })
  await write(
    db,
    ['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'settings', 'agreements'],
    async () => {
      const [p, j, s] = await Promise.all([db.persons.count(), db.projects.count(), db.sessions.count()])
      if (p + j + s > 0) throw new Error('数据库中已有数据，不能载入示例数据')
      await db.persons.bulkAdd(data.persons)
      await db.projects.bulkAdd(data.projects)
      await db.progress.bulkAdd(data.progress)
      await db.sessions.bulkAdd(data.sessions)
      await db.followUps.bulkAdd(data.followUps)
      await db.agreements.bulkAdd(data.agreements ?? [])
      const studio = options.studio
      if (studio) {
        const info = await getStudioInfo(db)
        if (!info.name) await saveStudioInfo(db, { ...info, name: studio.name, unit: info.unit || studio.unit })
      }
      if (!sample) return
      // The 参考模板 may already be there (created on first run): it is never edited in place,
      // so the sample's assessments fit it; it only becomes frozen.
      const existing = await db.frameworks.get(DEFAULT_FRAMEWORK_ID)
      if (existing) {
        if (sample.framework.frozen === 1 && existing.frozen !== 1) await db.frameworks.put(versioned(existing, { ...existing, frozen: 1 as const, updatedAt: nowIso() }))
      } else {
        await db.frameworks.add(sample.framework)
      }
      await db.assessments.bulkAdd(sample.assessments)
      const prefs = await getPreferences(db)
      if (!prefs.currentFrameworkId) await updatePreferences(db, { currentFrameworkId: DEFAULT_FRAMEWORK_ID })
    },
  )
}
