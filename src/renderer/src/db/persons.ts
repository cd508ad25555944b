import { parseOrThrow, personInputSchema, type Person, type PersonInput, type SupervisionSession } from '@shared/model'
import { nowIso } from './clock'
import { isLive, newMeta } from './records'
import type { StudioDatabase } from './schema'
import { expectVersion, versioned, write } from './write'

export interface PersonFilter {
  query?: string
  role?: string | null
  qualification?: string | null
  field?: string | null
}

export async function createPerson(db: StudioDatabase, input: PersonInput): Promise<Person> {
  const data = parseOrThrow(personInputSchema, input)
  const person: Person = { ...newMeta(), ...data }
  await write(db, ['persons'], () => db.persons.add(person))
  return person
}

/** `expectedRev`: the version the form loaded; a newer stored one is a conflict, not an overwrite. */
export async function updatePerson(db: StudioDatabase, id: string, input: PersonInput, options: { expectedRev?: number } = {}): Promise<Person> {
  const data = parseOrThrow(personInputSchema, input)
  return write(db, ['persons'], async () => {
    const existing = await db.persons.get(id)
    if (!existing) throw new Error('人员不存在')
    expectVersion('persons', existing, options.expectedRev)
    const next: Person = versioned(existing, { ...existing, ...data, updatedAt: nowIso() })
    await db.persons.put(next)
    return next
  })
}

/** Every person including those in the 回收站, for resolving names on old records. */
export function allPersons(db: StudioDatabase): Promise<Person[]> {
  return db.persons.toArray()
}

/** One person as stored (also when in the 回收站: the caller says so), or undefined. */
export async function getPerson(db: StudioDatabase, id: string): Promise<Person | undefined> {
  return db.persons.get(id)
}

/** Live sessions the person took part in, as 督导者 or 被督导者, each once, in no particular order. */
export async function sessionsOfPerson(db: StudioDatabase, personId: string): Promise<SupervisionSession[]> {
  const [asSupervisor, asSupervisee] = await Promise.all([
    db.sessions.where('supervisorIds').equals(personId).toArray(),
    db.sessions.where('superviseeIds').equals(personId).toArray(),
  ])
  const byId = new Map([...asSupervisor, ...asSupervisee].map((s) => [s.id, s]))
  return [...byId.values()].filter(isLive)
}

export function filterPersons(persons: Person[], filter: PersonFilter, matches: (name: string, q: string) => boolean) {
  const q = filter.query?.trim() ?? ''
  return persons
    .filter(isLive)
    .filter((p) => (filter.role ? p.role === filter.role : true))
    .filter((p) => (filter.qualification ? p.qualification === filter.qualification : true))
    .filter((p) => (filter.field ? p.field === filter.field : true))
    .filter((p) => (q ? matches(p.name, q) : true))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}
