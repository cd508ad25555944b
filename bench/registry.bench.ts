import { generateSampleData } from '@shared/sample/generator'
import { matchesName } from '@shared/text/pinyin-match'
import { StudioDatabase } from '@renderer/db/schema'
import { filterPersons } from '@renderer/db/persons'
import { round, time, type Results } from './metrics'

/** 人员与项目: bulk insert and the list query the 人员 screen runs. */
export async function benchRegistry(results: Results) {
  const data = generateSampleData({ seed: 7, persons: 1000, projects: 200, sessions: 0, today: '2025-07-15' })
  const db = new StudioDatabase('bench-registry')
  await db.delete()
  await db.open()

  let t0 = performance.now()
  await db.transaction('rw', db.persons, () => db.persons.bulkAdd(data.persons))
  results['persons.insert.1000'] = { value: round(performance.now() - t0), unit: 'ms' }

  t0 = performance.now()
  await db.transaction('rw', db.projects, () => db.projects.bulkAdd(data.projects))
  results['projects.insert.200'] = { value: round(performance.now() - t0), unit: 'ms' }

  // What the 人员 screen does on a search: read the table, filter by role and name/pinyin.
  results['persons.list.query'] = {
    value: await time(async () => {
      const all = await db.persons.toArray()
      return filterPersons(all, { role: '社工', query: 'z' }, matchesName)
    }),
    unit: 'ms',
  }
  db.close()
  await StudioDatabase.delete('bench-registry')
}
