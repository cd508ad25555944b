import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { write } from '@renderer/db/write'
import { saveStudioInfo, getStudioInfo } from '@renderer/db/settings'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb, testPerson } from './helpers'

const person = (id: string, name: string) => testPerson(id, { name })

describe('write: the one door of every write', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(() => dropDb(db))

  it('returns what the action returns and keeps its writes', async () => {
    const id = await write(db, ['persons'], async () => {
      await db.persons.add(person('p1', '张晓明'))
      return 'p1'
    })
    expect(id).toBe('p1')
    expect((await db.persons.get('p1'))?.name).toBe('张晓明')
  })

  it('keeps nothing of an action that fails half-way, across tables', async () => {
    const failed = write(db, ['persons', 'settings'], async () => {
      await db.persons.add(person('p1', '张晓明'))
      await db.settings.put({ key: 'studio', value: { name: '半途' }, updatedAt: '2025-01-01T00:00:00.000Z' })
      throw new Error('第二步失败')
    })
    await expect(failed).rejects.toThrow('第二步失败')
    expect(await db.persons.count()).toBe(0)
    expect(await db.settings.count()).toBe(0)
  })

  it('a write inside another joins its transaction: both kept or neither', async () => {
    const failed = write(db, ['persons', 'settings'], async () => {
      await saveStudioInfo(db, { name: '内层工作室' })
      await db.persons.add(person('p1', '张晓明'))
      await db.persons.add(person('p1', '重复的编号'))
    })
    await expect(failed).rejects.toMatchObject({ name: 'ConstraintError' })
    expect((await getStudioInfo(db)).name).toBe('')
    expect(await db.persons.count()).toBe(0)
  })

  it('refuses to touch a table it was not given', async () => {
    const failed = write(db, ['persons'], async () => {
      await db.settings.put({ key: 'studio', value: {}, updatedAt: '2025-01-01T00:00:00.000Z' })
    })
    await expect(failed).rejects.toMatchObject({ name: 'NotFoundError' })
    expect(await db.settings.count()).toBe(0)
  })
})
