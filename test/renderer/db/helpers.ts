import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { BACKUP_TABLES } from '@shared/model/stored'
import type { Person } from '@shared/model'
import { StudioDatabase } from '@renderer/db/schema'
import { createProject } from '@renderer/db/projects'

let n = 0
/** A fresh, uniquely named database per test. */
export function freshDb(): StudioDatabase {
  n += 1
  return new StudioDatabase(`test-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`)
}

export async function dropDb(db: StudioDatabase) {
  db.close()
  await Dexie.delete(db.name)
}

/** How many records each table of a backup holds: what "the database is unchanged" compares. */
export async function tableCounts(db: StudioDatabase): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).count()] as const)))
}

/** A 2025 养老 project with annual targets (40 场, 800 人次, 20 名志愿者), through the data layer. */
export async function createTestProject(db: StudioDatabase, name: string): Promise<string> {
  const project = await createProject(db, {
    name,
    community: '林泉社区',
    field: '养老',
    fundingSource: '政府购买服务',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    targets: { activities: 40, serviceCount: 800, volunteers: 20 },
    status: '进行中',
  })
  return project.id
}

/** A 社工 record as stored (version 1), for tests that write records by hand. */
export const testPerson = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: '张晓明',
  role: '社工',
  org: '',
  qualification: '无',
  field: null,
  phone: '',
  note: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: null,
  rev: 1,
  ...extra,
})
