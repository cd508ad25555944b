import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/model'
import { matchesName } from '@shared/text/pinyin-match'
import { createPerson, filterPersons, updatePerson } from '@renderer/db/persons'
import { restore, softDelete } from '@renderer/db/records'
import { listTrash } from '@renderer/db/trash'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

describe('persons data layer', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(() => dropDb(db))

  it('creates with a UUID and timestamps, trimming the name', async () => {
    const p = await createPerson(db, { name: '  张晓明 ', role: '社工', qualification: '社会工作师' })
    expect(p.name).toBe('张晓明')
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(p.deletedAt).toBeNull()
    expect(p.createdAt).toBe(p.updatedAt)
    expect(await db.persons.count()).toBe(1)
  })

  it('refuses a blank name with 姓名必填 and writes nothing', async () => {
    const err = await createPerson(db, { name: '   ', role: '社工', qualification: '无' }).catch((e) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).fields).toEqual({ name: '姓名必填' })
    expect(await db.persons.count()).toBe(0)
  })

  it('refuses an unknown role and a bad phone', async () => {
    const err = (await createPerson(db, { name: '李', role: '院长' as never, qualification: '无', phone: 'abc' }).catch((e) => e)) as ValidationError
    expect(err.fields.role).toBe('请选择角色')
    expect(err.fields.phone).toBe('电话只能包含数字、空格和 - +')
    expect(await db.persons.count()).toBe(0)
  })

  it('updates and bumps updatedAt, leaving createdAt', async () => {
    const p = await createPerson(db, { name: '王芳', role: '社工', qualification: '无' })
    await new Promise((r) => setTimeout(r, 5))
    const u = await updatePerson(db, p.id, { ...p, qualification: '助理社会工作师' })
    expect(u.qualification).toBe('助理社会工作师')
    expect(u.createdAt).toBe(p.createdAt)
    expect(u.updatedAt > p.updatedAt).toBe(true)
  })

  it('soft delete hides from the list, shows in 回收站, restore brings it back', async () => {
    const a = await createPerson(db, { name: '张晓明', role: '督导者', qualification: '高级社会工作师' })
    await createPerson(db, { name: '李文静', role: '社工', qualification: '社会工作师', field: '养老' })
    await softDelete(db, 'persons', a.id)
    let all = await db.persons.toArray()
    expect(filterPersons(all, {}, matchesName).map((p) => p.name)).toEqual(['李文静'])
    expect((await listTrash(db)).map((t) => t.title)).toEqual(['张晓明'])
    await restore(db, 'persons', a.id)
    all = await db.persons.toArray()
    expect(filterPersons(all, {}, matchesName).map((p) => p.name)).toEqual(['李文静', '张晓明'])
    expect(await listTrash(db)).toEqual([])
  })

  it('filters by role, qualification, field and pinyin', async () => {
    await createPerson(db, { name: '张晓明', role: '督导者', qualification: '高级社会工作师' })
    await createPerson(db, { name: '李文静', role: '社工', qualification: '社会工作师', field: '养老' })
    await createPerson(db, { name: '赵敏', role: '社工', qualification: '无', field: '儿童' })
    const all = await db.persons.toArray()
    const names = (f: Parameters<typeof filterPersons>[1]) => filterPersons(all, f, matchesName).map((p) => p.name)
    expect(names({ role: '社工' })).toEqual(['李文静', '赵敏'])
    expect(names({ qualification: '社会工作师' })).toEqual(['李文静'])
    expect(names({ field: '儿童' })).toEqual(['赵敏'])
    expect(names({ query: 'zxm' })).toEqual(['张晓明'])
    expect(names({ query: '文' })).toEqual(['李文静'])
  })
})
