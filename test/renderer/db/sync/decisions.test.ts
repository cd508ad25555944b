import 'fake-indexeddb/auto'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { openConflicts, recordConflicts, resolveConflict } from '@renderer/db/conflicts'
import { applyDecision } from '@renderer/db/sync/decisions'
import { write } from '@renderer/db/write'
import { createPerson, updatePerson } from '@renderer/db/persons'
import { withoutVersion } from '@shared/domain/record-version'
import { recordDocId } from '@shared/sync/documents'
import { dropDb, freshDb } from '../helpers'
import { laptop, memoryServer, MemoryPouch, type Laptop } from './support/laptops'

const open: Laptop[] = []
afterEach(async () => {
  for (const l of open.splice(0)) await l.drop()
})

const PERSON = { role: '社工', qualification: '社会工作师' } as const

/** Three laptops that all hold the same phone-number conflict open on 冲突处理. */
async function sameConflictEverywhere() {
  const server = memoryServer()
  const laptops = [laptop(server), laptop(server), laptop(server)]
  open.push(...laptops)
  const [a, b, c] = laptops as [Laptop, Laptop, Laptop]
  const p = await createPerson(a.db, { name: '张晓明', ...PERSON })
  for (const l of [a, b, c]) await l.sync.syncNow()
  await updatePerson(a.db, p.id, { name: '张晓明', ...PERSON, phone: '13800000001' })
  await new Promise((r) => setTimeout(r, 5)) // B's edit is the later one
  await updatePerson(b.db, p.id, { name: '张晓明', ...PERSON, phone: '13800000002', note: '电话以此为准？' })
  // Both edits reach the server before any laptop pulls: every laptop meets the replicated conflict.
  for (const l of [a, b]) {
    while ((await l.db.outbox.count()) > 0) await new Promise((r) => setTimeout(r, 20)) // handed to its PouchDB
    await MemoryPouch.replicate(new MemoryPouch(l.name), server.records)
  }
  for (const l of laptops) await MemoryPouch.replicate(server.records, new MemoryPouch(l.name))
  for (const l of [a, b, c, a, b, c]) await l.sync.syncNow()
  for (const l of laptops) expect((await openConflicts(l.db)).map((x) => x.fields.map((f) => f.field))).toEqual([['phone']])
  return { server, a, b, c, id: p.id }
}

describe('a sync conflict decided on one laptop', () => {
  it('closes on the other laptops when the decision arrives; their record is the decided one', async () => {
    const { server, a, b, c, id } = await sameConflictEverywhere()
    expect((await a.db.persons.get(id))!.phone).toBe('13800000002') // provisionally the later edit
    const [conflict] = await openConflicts(a.db)
    const side = conflict!.fields[0]!.local === '13800000001' ? 'local' : 'remote'
    await resolveConflict(a.db, conflict!.id, { phone: side }, '周晓岚')

    await a.sync.syncNow()
    await b.sync.syncNow()
    expect(await openConflicts(b.db)).toEqual([])
    const decided = withoutVersion((await a.db.persons.get(id))!)
    expect(decided).toMatchObject({ phone: '13800000001', note: '电话以此为准？' })
    expect(withoutVersion((await b.db.persons.get(id))!)).toEqual(decided)
    const closed = (await b.db.conflicts.toArray()).find((x) => x.recordId === id)!
    expect(closed).toMatchObject({ resolved: 1, resolvedBy: '周晓岚', resolvedAt: decided.updatedAt })
    const history = await b.db.revisions.where('[entity+recordId]').equals(['person', id]).toArray()
    expect(history.map((r) => r.reason)).toContainEqual(expect.stringContaining('周晓岚在另一台电脑上已决定“电话”'))

    // C gets the decision later, after B has saved the record again: B sends it on.
    await updatePerson(b.db, id, { ...decided, note: '已核实' })
    await b.sync.syncNow()
    await c.sync.syncNow()
    expect(await openConflicts(c.db)).toEqual([])
    expect(await c.db.persons.get(id)).toMatchObject({ phone: '13800000001', note: '已核实' })
    expect((await server.records.get(recordDocId('persons', id), { conflicts: true }))._conflicts ?? []).toEqual([])
  })

  it('keeping the value every laptop already shows still closes it everywhere', async () => {
    const { a, b, id } = await sameConflictEverywhere()
    const [conflict] = await openConflicts(b.db)
    await resolveConflict(b.db, conflict!.id, { phone: conflict!.provisional }, '李晓')
    await b.sync.syncNow()
    await a.sync.syncNow()
    expect(await openConflicts(a.db)).toEqual([])
    expect((await a.db.persons.get(id))!.phone).toBe('13800000002')
  })

  it('a later offline edit of the same field is merged as an edit, not reopened as the old conflict', async () => {
    const { a, b, c, id } = await sameConflictEverywhere()
    await c.sync.stop() // C offline: it edits the phone again, not knowing of the decision
    await updatePerson(c.db, id, { ...(await c.db.persons.get(id))!, phone: '13800000003' })
    const [conflict] = await openConflicts(a.db)
    await resolveConflict(a.db, conflict!.id, { phone: conflict!.provisional }, '周晓岚')
    await a.sync.syncNow()
    c.start()
    for (const l of [c, a, b]) await l.sync.syncNow()
    for (const l of [a, b, c]) {
      expect(await openConflicts(l.db)).toEqual([])
      expect((await l.db.persons.get(id))!.phone).toBe('13800000003')
    }
  })
})

describe('applyDecision', () => {
  const db = freshDb()
  afterAll(() => dropDb(db))
  const field = (name: string, local: unknown, remote: unknown) => ({ field: name, label: name === 'phone' ? '电话' : '备注', local, remote })

  it('closes the fields decided between the same two values; other fields and other values stay open', async () => {
    await write(db, ['conflicts'], () =>
      recordConflicts(db, [{ table: 'persons', recordId: 'p1', title: '张晓明', reason: '两台电脑都修改了这条记录', provisional: 'local', fields: [field('phone', '2', '1'), field('note', 'x', 'y')] }], '同步', '工作室服务器'),
    )
    await write(db, ['conflicts'], () =>
      recordConflicts(db, [{ table: 'persons', recordId: 'p2', title: '李文静', reason: '两台电脑都修改了这条记录', provisional: 'local', fields: [field('phone', '3', '1')] }], '同步', '工作室服务器'),
    )
    const decision = { at: '2026-03-05T10:00:00.000Z', by: '周晓岚', fields: [{ field: 'phone', values: ['1', '2'], chosen: '1' }] }
    await write(db, ['conflicts', 'revisions'], async () => {
      await applyDecision(db, 'persons', 'p1', decision)
      await applyDecision(db, 'persons', 'p2', decision)
    })
    const rows = await db.conflicts.toArray()
    expect(rows.filter((r) => r.resolved === 0).map((r) => [r.recordId, r.fields.map((f) => f.field)])).toEqual(
      expect.arrayContaining([
        ['p1', ['note']],
        ['p2', ['phone']],
      ]),
    )
    expect(rows.find((r) => r.recordId === 'p1' && r.resolved === 1)).toMatchObject({ resolvedBy: '周晓岚', resolvedAt: decision.at, choices: { phone: 'remote' }, fields: [{ field: 'phone' }] })
    expect(rows).toHaveLength(3)
  })
})
