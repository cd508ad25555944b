import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createPerson, updatePerson } from '@renderer/db/persons'
import { newMeta } from '@renderer/db/records'
import { getSyncRow } from '@renderer/db/sync/state'
import { write } from '@renderer/db/write'
import { recordDocId } from '@shared/sync/documents'
import { personRecord } from '../helpers'
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

describe('first sync with live replication', () => {
  it('is 已同步 only once every document of the studio is here, not when the first replication goes quiet', async () => {
    const server = memoryServer()
    const a = make(server)
    await write(a.db, ['persons'], async () => {
      await a.db.persons.bulkAdd(Array.from({ length: 400 }, (_, i) => personRecord(newMeta().id, `社工${String(i).padStart(4, '0')}`)))
    })
    await a.sync.syncNow()
    const b = laptop(server, { live: true })
    open.push(b)
    // The count at the moment the status first says 已同步.
    const atSynced = await new Promise<number>((resolve) => {
      const off = b.sync.subscribe((s) => {
        if (s.state !== 'synced') return
        off()
        resolve(b.db.persons.count())
      })
    })
    expect(atSynced).toBe(400)
    expect((await getSyncRow(b.db))!.firstSyncDone).toBe(true)
  })
})
