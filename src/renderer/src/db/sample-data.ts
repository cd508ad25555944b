import type { StudioDatabase } from './schema'
import type { SampleData } from '@shared/sample/generator'

/**
 * Writes generated sample data in one transaction, only into an empty database: a studio's
 * real records are never mixed with invented ones.
 */
export async function loadSampleData(db: StudioDatabase, data: SampleData): Promise<void> {
  await db.transaction('rw', [db.persons, db.projects, db.progress, db.sessions, db.followUps], async () => {
    const [p, j, s] = await Promise.all([db.persons.count(), db.projects.count(), db.sessions.count()])
    if (p + j + s > 0) throw new Error('数据库中已有数据，不能载入示例数据')
    await db.persons.bulkAdd(data.persons)
    await db.projects.bulkAdd(data.projects)
    await db.progress.bulkAdd(data.progress)
    await db.sessions.bulkAdd(data.sessions)
    await db.followUps.bulkAdd(data.followUps)
  })
}
