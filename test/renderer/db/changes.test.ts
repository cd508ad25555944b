import { afterEach, beforeEach, describe, expect, it } from 'vitest'
// First: fake IndexedDB must be in place before Dexie loads.
import { dropDb, freshDb } from './helpers'
import { cachedRead, changeMark, onTablesChanged } from '@renderer/db/changes'
import { allPersons, createPerson, updatePerson } from '@renderer/db/persons'
import { updatePreferences } from '@renderer/db/settings'
import { write } from '@renderer/db/write'
import type { StudioDatabase } from '@renderer/db/schema'

describe('changes: which tables a committed write touched', () => {
  let db: StudioDatabase
  let other: StudioDatabase
  beforeEach(async () => {
    db = freshDb()
    other = freshDb()
    // Creating a database announces every table as changed: done before the test watches.
    await Promise.all([db.open(), other.open()])
  })
  afterEach(async () => {
    await dropDb(db)
    await dropDb(other)
  })

  it('tells a listener of each committed write to its tables, and of nothing else', async () => {
    const calls: string[] = []
    const off = onTablesChanged(db, ['persons', 'projects'], () => calls.push('persons/projects'))
    const p = await createPerson(db, { name: '张晓明', role: '社工', qualification: '无' })
    expect(calls).toEqual(['persons/projects'])
    await updatePerson(db, p.id, { name: '张晓明', role: '督导者', qualification: '无' })
    expect(calls).toHaveLength(2)
    // Another table, and the same table of another database: not ours.
    await updatePreferences(db, { operatorName: '李老师' })
    await createPerson(other, { name: '王芳', role: '社工', qualification: '无' })
    expect(calls).toHaveLength(2)
    off()
    await createPerson(db, { name: '赵敏', role: '社工', qualification: '无' })
    expect(calls).toHaveLength(2)
  })

  it('a transaction that fails tells nobody and moves no mark', async () => {
    const before = changeMark(db, ['persons'])
    let calls = 0
    const off = onTablesChanged(db, ['persons'], () => (calls += 1))
    await expect(
      write(db, ['persons'], async () => {
        await createPerson(db, { name: '张晓明', role: '社工', qualification: '无' })
        throw new Error('中途失败')
      }),
    ).rejects.toThrow('中途失败')
    off()
    expect(calls).toBe(0)
    expect(changeMark(db, ['persons'])).toBe(before)
  })

  it('the mark of some tables moves once per committed write to any of them', async () => {
    const start = changeMark(db, ['persons', 'settings'])
    const projects = changeMark(db, ['projects'])
    await createPerson(db, { name: '张晓明', role: '社工', qualification: '无' })
    expect(changeMark(db, ['persons', 'settings'])).toBe(start + 1)
    await updatePreferences(db, { operatorName: '李老师' })
    expect(changeMark(db, ['persons', 'settings'])).toBe(start + 2)
    expect(changeMark(db, ['projects'])).toBe(projects)
  })

  it('cachedRead: the same answer until a write to its tables commits, per database', async () => {
    let reads = 0
    const names = cachedRead(['persons'], async (d) => {
      reads += 1
      return (await allPersons(d)).map((p) => p.name)
    })
    const first = await names(db)
    expect(await names(db)).toBe(first)
    expect(reads).toBe(1)
    await updatePreferences(db, { operatorName: '李老师' })
    expect(await names(db)).toBe(first)
    await createPerson(db, { name: '张晓明', role: '社工', qualification: '无' })
    expect(await names(db)).toEqual(['张晓明'])
    expect(await names(other)).toEqual([])
    expect(reads).toBe(3)
  })

  it('cachedRead: a write committed while reading, or a failed read, makes the next call read again', async () => {
    let reads = 0
    const counted = cachedRead(['persons'], async (d) => {
      reads += 1
      const n = await d.persons.count()
      if (reads === 1) await createPerson(d, { name: '读时写入', role: '社工', qualification: '无' })
      if (reads === 2) throw new Error('读失败')
      return n
    })
    expect(await counted(db)).toBe(0)
    await expect(counted(db)).rejects.toThrow('读失败')
    expect(await counted(db)).toBe(1)
    expect(await counted(db)).toBe(1)
    expect(reads).toBe(3)
  })
})
