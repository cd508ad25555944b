import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createPerson, updatePerson } from '@renderer/db/persons'
import { recordDocId } from '@shared/sync/documents'
import { laptop, memoryServer, type Laptop } from './support/laptops'

const open: Laptop[] = []
const make = (server: ReturnType<typeof memoryServer>) => {
  const l = laptop(server)
  open.push(l)
  return l
}
afterEach(async () => {
  for (const l of open.splice(0)) await l.drop()
})

describe('sync between laptops through the studio server', () => {
  it('brings a record saved on one laptop to another, and an edit back, with nothing echoed', async () => {
    const server = memoryServer()
    const a = make(server)
    const b = make(server)
    const p = await createPerson(a.db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })
    await a.sync.syncNow()
    expect(a.sync.status()).toMatchObject({ state: 'synced' })
    expect(await a.db.outbox.count()).toBe(0)
    const onServer = await server.records.get(recordDocId('persons', p.id))
    expect(onServer).toMatchObject({ name: '周晓岚', studio: 'linquan', table: 'persons' })
    expect(onServer).not.toHaveProperty('rev')

    await b.sync.syncNow()
    const atB = await b.db.persons.get(p.id)
    expect(atB).toMatchObject({ name: '周晓岚', rev: 1 })
    expect(await b.db.outbox.count()).toBe(0)

    await updatePerson(b.db, p.id, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师', phone: '13800000000' })
    await b.sync.syncNow()
    await a.sync.syncNow()
    expect((await a.db.persons.get(p.id))?.phone).toBe('13800000000')
    // A's own write came back from the server and changed nothing (rev 1 → 2 for B's edit only).
    expect((await a.db.persons.get(p.id))?.rev).toBe(2)
    expect(a.sync.log().map((l) => l.text)).toEqual([expect.stringContaining('本机的编号字母为 A'), '首次同步完成。'])
  })
})
