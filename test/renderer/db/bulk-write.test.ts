import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Person } from '@shared/model'
import { BULK_CHUNK, bulkWrite, BulkWriteCancelled, type BulkProgress } from '@renderer/db/bulk-write'
import { write } from '@renderer/db/write'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb, testPerson } from './helpers'

const person = (i: number, extra: Partial<Person> = {}) => testPerson(`p${String(i).padStart(5, '0')}`, { name: `社工${i}`, ...extra })
const persons = (n: number, from = 0) => Array.from({ length: n }, (_, i) => person(from + i))

describe('bulkWrite: the one bulk write path', () => {
  let db: StudioDatabase
  beforeEach(async () => {
    db = freshDb()
    await db.open()
  })
  afterEach(() => dropDb(db))

  it('writes several tables in chunks and reports progress up to the total', async () => {
    const rows = persons(BULK_CHUNK * 2 + 7)
    const seen: BulkProgress[] = []
    await bulkWrite(
      db,
      ['persons', 'settings'],
      (w) => w.write([{ table: 'persons', rows }, { table: 'settings', rows: [{ key: 'a', value: 1, updatedAt: '' }] }]),
      { onProgress: (p) => seen.push(p) },
    )
    expect(await db.persons.count()).toBe(rows.length)
    expect(await db.settings.get('a')).toEqual({ key: 'a', value: 1, updatedAt: '' })
    const total = rows.length + 1
    // Announced before the first chunk, then after each chunk: 3 of persons, 1 of settings.
    expect(seen.map((p) => p.done)).toEqual([0, BULK_CHUNK, BULK_CHUNK * 2, rows.length, total])
    expect(seen.every((p) => p.total === total)).toBe(true)
  })

  it('keeps the transaction for what the action does after the bulk rows', async () => {
    await bulkWrite(db, ['persons', 'settings'], async (w) => {
      await w.write([{ table: 'persons', rows: persons(3) }])
      await w.write([{ table: 'persons', rows: [] }])
      await db.settings.put({ key: 'sync:after', value: 1, updatedAt: '' })
    })
    expect(await db.settings.get('sync:after')).toBeDefined()
  })

  it('a cancel between chunks rolls everything back', async () => {
    await db.persons.bulkAdd(persons(5, 90_000))
    const controller = new AbortController()
    const run = bulkWrite(
      db,
      ['persons', 'settings'],
      async (w) => {
        await db.settings.put({ key: 'sync:before', value: 1, updatedAt: '' })
        await w.write([{ table: 'persons', rows: persons(BULK_CHUNK * 4) }])
      },
      { signal: controller.signal, onProgress: (p) => p.done >= BULK_CHUNK && controller.abort() },
    )
    await expect(run).rejects.toBeInstanceOf(BulkWriteCancelled)
    await expect(run).rejects.toThrow('已取消，数据没有改动')
    expect(await db.persons.count()).toBe(5)
    expect(await db.settings.get('sync:before')).toBeUndefined()
  })

  it('an already cancelled signal writes nothing', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: persons(3) }]), { signal: controller.signal })).rejects.toBeInstanceOf(
      BulkWriteCancelled,
    )
    expect(await db.persons.count()).toBe(0)
  })

  it('a failing chunk (a record that must be new exists) keeps nothing of the earlier ones', async () => {
    await db.persons.add(person(BULK_CHUNK * 2 + 1, { name: '原有' }))
    await expect(bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: persons(BULK_CHUNK * 3), how: 'add' }]))).rejects.toThrow()
    expect(await db.persons.count()).toBe(1)
    expect((await db.persons.toArray())[0]!.name).toBe('原有')
  })

  it('hands the rows a unique index refuses to onTaken and writes all the others', async () => {
    const row = (i: number, period = `2026-${String(i).padStart(5, '0')}`) => ({ id: `g${i}`, projectId: 'p1', period })
    await db.progress.add(row(90_000, '2026-held') as never)
    const rows = Array.from({ length: BULK_CHUNK * 2 + 500 }, (_, i) => row(i))
    // One held by the stored row, one by a row written earlier in this write, both in the middle of a chunk.
    rows[BULK_CHUNK + 10] = row(BULK_CHUNK + 10, '2026-held')
    rows[BULK_CHUNK * 2 + 20] = row(BULK_CHUNK * 2 + 20, rows[3]!.period)
    const taken: object[] = []
    await bulkWrite(db, ['progress'], async (w) => {
      await w.write([{ table: 'progress', rows: rows as never[], onTaken: (list) => taken.push(...list) }])
      // Written another way, in the same transaction.
      await db.progress.bulkPut(taken.map((r) => ({ ...r, period: `${(r as { id: string }).id}-again` })) as never[])
    })
    expect(taken.map((r) => (r as { id: string }).id)).toEqual([`g${BULK_CHUNK + 10}`, `g${BULK_CHUNK * 2 + 20}`])
    expect(await db.progress.count()).toBe(rows.length + 1)
    expect((await db.progress.get(`g${BULK_CHUNK + 10}`))!.period).toBe(`g${BULK_CHUNK + 10}-again`)
    expect((await db.progress.get('g90000'))!.period).toBe('2026-held')
  })

  it('without onTaken a row refused by a unique index fails the whole write', async () => {
    await db.progress.add({ id: 'held', projectId: 'p1', period: '2026-Q1' } as never)
    const rows = [{ id: 'a', projectId: 'p1', period: '2026-Q2' }, { id: 'b', projectId: 'p1', period: '2026-Q1' }]
    await expect(bulkWrite(db, ['progress'], (w) => w.write([{ table: 'progress', rows }]))).rejects.toThrow()
    expect(await db.progress.count()).toBe(1)
  })

  it("onTaken is for 'put' steps only", async () => {
    await expect(bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: persons(1), how: 'add', onTaken: () => undefined }]))).rejects.toThrow("onTaken is for 'put' steps")
  })

  it("'replace' empties the table first; two rows of one key fail it and the old rows stay", async () => {
    await db.persons.bulkAdd(persons(4, 50_000))
    await bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: persons(3), how: 'replace' }]))
    expect((await db.persons.toCollection().primaryKeys()).sort()).toEqual(['p00000', 'p00001', 'p00002'])

    const twice = [...persons(2), person(1, { name: '重复' })]
    await expect(bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: twice, how: 'replace' }]))).rejects.toThrow()
    expect(await db.persons.count()).toBe(3)
  })

  it("'versioned' puts a row over the stored record with its next version, a new one as it is", async () => {
    await db.persons.add(person(1, { rev: 3, fieldRevs: { phone: 2 } }))
    const incoming = [person(1, { name: '改名', rev: 9, updatedAt: '2025-02-01T00:00:00.000Z' }), person(2, { rev: 4 })]
    await bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: incoming, how: 'versioned' }]))
    const [changed, added] = await db.persons.bulkGet(['p00001', 'p00002'])
    expect(changed).toEqual({ ...person(1, { name: '改名', updatedAt: '2025-02-01T00:00:00.000Z' }), rev: 4, fieldRevs: { phone: 2, name: 4 } })
    expect(added).toEqual(person(2, { rev: 4 }))
  })

  it("'versioned' refuses two rows of one record (the second would be versioned from a stale copy)", async () => {
    await expect(
      bulkWrite(db, ['persons'], (w) => w.write([{ table: 'persons', rows: [person(1), person(1)], how: 'versioned' }])),
    ).rejects.toThrow('persons p00001 appears twice')
    expect(await db.persons.count()).toBe(0)
  })

  it('asks IndexedDB for relaxed durability for its own transaction only; every other write is strict', async () => {
    const durability = () => (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability
    const relaxed = await bulkWrite(db, ['persons'], async () => durability(), { durability: 'relaxed' })
    const plainBulk = await bulkWrite(db, ['persons'], async () => durability())
    const ordinary = await write(db, ['persons'], async () => durability())
    expect([relaxed, plainBulk, ordinary]).toEqual(['relaxed', 'strict', 'strict'])
    // Nested in another write it shares the outer transaction, and leaves no mark behind.
    await write(db, ['persons'], () => bulkWrite(db, ['persons'], async () => undefined, { durability: 'relaxed' }))
    expect(await write(db, ['persons'], async () => durability())).toBe('strict')
  })
})
