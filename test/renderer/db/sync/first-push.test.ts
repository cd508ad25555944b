import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openConflicts } from '@renderer/db/conflicts'
import { updatePerson } from '@renderer/db/persons'
import { newMeta } from '@renderer/db/records'
import type { PouchDatabase, PouchDoc } from '@renderer/db/sync/pouch'
import { PULL_BATCH } from '@renderer/db/sync/pull'
import { getSyncRow } from '@renderer/db/sync/state'
import { write } from '@renderer/db/write'
import { canonicalJson } from '@shared/domain/canonical-json'
import { withoutVersion } from '@shared/domain/record-version'
import type { Person } from '@shared/model'
import { recordDocId } from '@shared/sync/documents'
import { personRecord } from '../helpers'
import { laptop, memoryServer, MemoryPouch, type Laptop } from './support/laptops'

const open: Laptop[] = []
afterEach(async () => {
  for (const l of open.splice(0)) await l.drop()
})

/** The server's studio database, with every `bulkDocs` (documents sent) and `revsDiff` (the replicator asking what it lacks) noted. */
function watched(db: PouchDatabase, calls: string[], failing: (call: number) => boolean = () => false, asked: string[] = []): PouchDatabase {
  let sent = 0
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown
      if (typeof value !== 'function') return value
      if (prop === 'revsDiff')
        return (...args: unknown[]) => {
          calls.push(`revsDiff ${Object.keys(args[0] as object).length}`)
          asked.push(...Object.keys(args[0] as object))
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      if (prop === 'changes')
        return (options: { since?: unknown; limit?: number }) => {
          calls.push(`changes ${String(options.since ?? 0)} ${options.limit ?? '-'}`)
          return (value as (...a: unknown[]) => unknown).call(target, options)
        }
      if (prop === 'bulkDocs')
        // The replicator hands `{ docs, new_edits }`, the pusher an array.
        return async (docs: object[] | { docs: object[] }, options?: object) => {
          // The server stopped during this request: nothing of it taken.
          if (failing((sent += 1))) throw Object.assign(new Error('connect ECONNREFUSED'), { status: 0 })
          calls.push(`bulkDocs ${Array.isArray(docs) ? docs.length : docs.docs.length}`)
          return (value as (...a: unknown[]) => unknown).call(target, docs, options)
        }
      return (value as (...a: unknown[]) => unknown).bind(target)
    },
  })
}

/** A laptop holding `count` 人员 written before its sync first reached the server. */
async function laptopHolding(server: { records: PouchDatabase; texts: PouchDatabase }, count: number) {
  const l = laptop(server)
  open.push(l)
  await l.sync.stop()
  const persons: Person[] = Array.from({ length: count }, (_, i) => personRecord(newMeta().id, `社工${String(i).padStart(4, '0')}`))
  await write(l.db, ['persons'], async () => {
    await l.db.persons.bulkAdd(persons)
  })
  return { l, persons }
}

/** Every 人员 document on the server, with its conflicts. */
async function personsOn(db: PouchDatabase) {
  const { rows } = await db.allDocs({ include_docs: true, conflicts: true, startkey: 'persons:', endkey: 'persons:\uffff' })
  return rows.map((r) => r.doc!)
}

describe('first sync: what the laptop holds goes straight to the server (push.ts)', () => {
  it('each document once, before the replication asks what the server lacks; it then sends nothing', async () => {
    const server = memoryServer()
    const calls: string[] = []
    const { l, persons } = await laptopHolding(server, 30)
    l.start({ remote: { records: watched(server.records, calls), texts: server.texts } })
    await l.sync.syncNow()

    const firstDiff = calls.findIndex((c) => c.startsWith('revsDiff'))
    expect(firstDiff).toBeGreaterThan(0)
    expect(calls.slice(0, firstDiff)).toEqual(['bulkDocs 30'])
    expect(calls.filter((c) => c.startsWith('bulkDocs'))).toEqual(['bulkDocs 30'])
    const onServer = await personsOn(server.records)
    expect(onServer).toHaveLength(persons.length)
    // The revision the laptop's own copy holds, and no other.
    const local = new MemoryPouch(l.name)
    for (const doc of onServer) {
      expect(doc._conflicts).toBeUndefined()
      expect(doc._rev).toBe((await local.get(doc._id))._rev)
    }
    expect(l.sync.status()).toMatchObject({ state: 'synced' })
    expect(await l.db.outbox.count()).toBe(0)
  })

  it('interrupted (the server stopped during the second batch) and resumed: every record once, only the missing ones sent again', async () => {
    const server = memoryServer()
    const calls: string[] = []
    const { l, persons } = await laptopHolding(server, 600)
    l.start({ remote: { records: watched(server.records, calls, (n) => n === 2), texts: server.texts } })
    await l.sync.syncNow()

    // 500 went straight up; the other 100 by the replication, once the server answered again.
    expect(calls.filter((c) => c.startsWith('bulkDocs'))).toEqual(['bulkDocs 500', 'bulkDocs 100'])
    const onServer = await personsOn(server.records)
    expect(onServer.map((d) => d._id).sort()).toEqual(persons.map((p) => recordDocId('persons', p.id)).sort())
    for (const doc of onServer) {
      expect(doc._conflicts).toBeUndefined()
      expect(doc._rev).toMatch(/^1-/)
    }
    expect(await l.db.outbox.count()).toBe(0)
    expect(l.sync.status()).toMatchObject({ state: 'synced' })
  })

  it('followed by edits of the same record on two laptops: both converge, each edit kept, no conflict', async () => {
    const server = memoryServer()
    const { l: a, persons } = await laptopHolding(server, 5)
    a.start()
    await a.sync.syncNow()
    const b = laptop(server)
    open.push(b)
    await b.sync.syncNow()
    expect(await b.db.persons.count()).toBe(5)

    const id = persons[0]!.id
    const atB = (await b.db.persons.get(id))!
    await updatePerson(b.db, id, { ...atB, phone: '13800000001' }, { expectedRev: atB.rev })
    const atA = (await a.db.persons.get(id))!
    await updatePerson(a.db, id, { ...atA, note: '负责青少年项目' }, { expectedRev: atA.rev })
    for (const x of [b, a, b]) await x.sync.syncNow()

    const [onA, onB] = await Promise.all([a, b].map(async (x) => withoutVersion((await x.db.persons.get(id))!)))
    expect(onA).toMatchObject({ phone: '13800000001', note: '负责青少年项目' })
    expect(canonicalJson(onB)).toBe(canonicalJson(onA))
    for (const x of [a, b]) expect(await openConflicts(x.db)).toEqual([])
    const doc = await server.records.get(recordDocId('persons', id), { conflicts: true })
    expect(doc).toMatchObject({ phone: '13800000001', note: '负责青少年项目' })
  })
})

/** Resolves at the first 已同步 of `l`'s sync. */
function synced(l: Laptop): Promise<void> {
  return new Promise((resolve) => {
    const off = l.sync.subscribe((s) => {
      if (s.state !== 'synced') return
      off()
      resolve()
    })
  })
}

describe('the live replication after the first sync’s shortcut', () => {
  const ids = (persons: Person[]) => persons.map((p) => recordDocId('persons', p.id)).sort()
  const askedOf = (asked: string[]) => [...new Set(asked.filter((id) => id.startsWith('persons:')))].sort()

  it('starts where a complete shortcut ended: it asks the server about none of its documents; a record saved later still goes up', async () => {
    const server = memoryServer()
    const calls: string[] = []
    const asked: string[] = []
    const { l, persons } = await laptopHolding(server, 30)
    l.start({ live: true, remote: { records: watched(server.records, calls, () => false, asked), texts: server.texts } })
    await synced(l)

    expect(calls.filter((c) => c.startsWith('bulkDocs'))).toEqual(['bulkDocs 30'])
    expect(askedOf(asked)).toEqual([])
    expect(await personsOn(server.records)).toHaveLength(persons.length)
    const later = personRecord(newMeta().id, '首次同步后新建')
    await write(l.db, ['persons'], async () => {
      await l.db.persons.add(later)
    })
    await expect.poll(() => server.records.get(recordDocId('persons', later.id)).catch(() => null), { timeout: 10_000 }).toMatchObject({ name: '首次同步后新建' })
    expect(askedOf(asked)).toEqual([recordDocId('persons', later.id)])
  })

  it('the puller reads none of the shortcut’s own writes back out of the local copy: its checkpoint moves past them', async () => {
    const server = memoryServer()
    const { l, persons } = await laptopHolding(server, 30)
    const pullerReads: unknown[] = []
    const proto = (MemoryPouch as unknown as { prototype: PouchDatabase }).prototype
    const original = proto.changes
    const changes = vi.spyOn(proto, 'changes').mockImplementation(function (this: PouchDatabase, options) {
      if (this.name === l.name && options.limit === PULL_BATCH) pullerReads.push(options.since)
      return original.call(this, options)
    })
    try {
      l.start({ live: true })
      await synced(l)
    } finally {
      changes.mockRestore()
    }
    const seq = (await new MemoryPouch(l.name).info()).update_seq
    expect(seq).toBe(persons.length)
    expect(pullerReads.length).toBeGreaterThan(0)
    expect(pullerReads.every((since) => since === seq)).toBe(true)
    expect((await getSyncRow(l.db))!.pullSeq).toBe(seq)
  })

  it('pulls from the end of the server’s feed when it held only what the shortcut sent; a record another laptop sends later arrives', async () => {
    const server = memoryServer()
    const calls: string[] = []
    const { l: a } = await laptopHolding(server, 30)
    a.start({ live: true, remote: { records: watched(server.records, calls), texts: server.texts } })
    await synced(a)
    // The feed read once whole (ids and revisions), the replication's requests after its end.
    expect(calls.filter((c) => c.startsWith('changes 0 '))).toEqual(['changes 0 -'])

    const b = laptop(server)
    open.push(b)
    const fromB = personRecord(newMeta().id, '另一台电脑新建')
    await write(b.db, ['persons'], async () => {
      await b.db.persons.add(fromB)
    })
    await b.sync.syncNow()
    await expect.poll(() => a.db.persons.get(fromB.id), { timeout: 10_000 }).toMatchObject({ name: '另一台电脑新建' })
  })

  it('pulls the whole feed when another laptop’s records were on the server before: every one arrives', async () => {
    const server = memoryServer()
    const { l: b, persons: fromB } = await laptopHolding(server, 3)
    b.start()
    await b.sync.syncNow()
    const calls: string[] = []
    const { l: a, persons } = await laptopHolding(server, 30)
    a.start({ live: true, remote: { records: watched(server.records, calls), texts: server.texts } })
    await synced(a)

    expect(calls).toContain('changes 0 1000')
    expect((await a.db.persons.toArray()).map((p) => p.id).sort()).toEqual([...persons, ...fromB].map((p) => p.id).sort())
  })

  it('a record edited while the shortcut runs goes up as its next revision: no conflict, nothing left waiting', async () => {
    const server = memoryServer()
    const { l, persons } = await laptopHolding(server, 600)
    const edited = persons[0]!
    let edits = 0
    // While the server takes the first batch, the person is edited on this laptop.
    const records = new Proxy(server.records, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown
        if (prop !== 'bulkDocs') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
        return async (docs: PouchDoc[], options?: object) => {
          if (Array.isArray(docs) && (edits += 1) === 1) {
            const atNow = (await l.db.persons.get(edited.id))!
            await updatePerson(l.db, edited.id, { ...atNow, phone: '13900000000' }, { expectedRev: atNow.rev })
          }
          return (value as (...a: unknown[]) => unknown).call(target, docs, options)
        }
      },
    })
    l.start({ live: true, remote: { records, texts: server.texts } })
    await synced(l)

    const doc = await server.records.get(recordDocId('persons', edited.id), { conflicts: true })
    expect(doc).toMatchObject({ phone: '13900000000' })
    expect(doc._rev).toMatch(/^2-/)
    expect(doc._conflicts).toBeUndefined()
    expect(await l.db.outbox.count()).toBe(0)
    expect(await personsOn(server.records)).toHaveLength(persons.length)
    expect(await openConflicts(l.db)).toEqual([])
  })

  it('checks every document when the shortcut missed one (the server stopped during a batch): all of them end on the server', async () => {
    const server = memoryServer()
    const calls: string[] = []
    const asked: string[] = []
    const { l, persons } = await laptopHolding(server, 600)
    l.start({ live: true, remote: { records: watched(server.records, calls, (n) => n === 2, asked), texts: server.texts } })
    await synced(l)

    expect(calls.filter((c) => c.startsWith('bulkDocs'))).toEqual(['bulkDocs 500', 'bulkDocs 100'])
    expect(askedOf(asked)).toEqual(ids(persons))
    expect((await personsOn(server.records)).map((d) => d._id).sort()).toEqual(ids(persons))
  })

  it('checks every document when the server refused one the shortcut sent: the replication sends it again', async () => {
    const server = memoryServer()
    const asked: string[] = []
    const { l, persons } = await laptopHolding(server, 10)
    const records = watched(server.records, [], () => false, asked)
    // The shortcut's request (an array) answered with a refusal of its first document, as a
    // validate_doc_update would; the replicator's own requests go through.
    const refusing = new Proxy(records, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown
        if (prop !== 'bulkDocs') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
        return async (docs: PouchDoc[] | { docs: PouchDoc[] }, options?: object) => {
          if (!Array.isArray(docs)) return records.bulkDocs(docs as unknown as PouchDoc[], options)
          const [first, ...rest] = docs
          return [{ id: first!._id, error: 'forbidden', reason: '暂时拒绝' }, ...(await records.bulkDocs(rest, options))]
        }
      },
    })
    l.start({ live: true, remote: { records: refusing, texts: server.texts } })
    await synced(l)
    expect(askedOf(asked)).toEqual(ids(persons))
    expect((await personsOn(server.records)).map((d) => d._id).sort()).toEqual(ids(persons))
  })

  it('checks every document when the local copy held changes before the shortcut began (a first sync that never reached the server, started again)', async () => {
    const server = memoryServer()
    const { l, persons } = await laptopHolding(server, 20)
    // The first start: written into the local copy, every request to the server failing.
    l.start({ remote: { records: watched(server.records, [], () => true), texts: server.texts } })
    await l.sync.syncNow()
    await l.sync.stop()
    expect(await personsOn(server.records)).toEqual([])
    expect(await l.db.outbox.count()).toBe(0)

    const asked: string[] = []
    l.start({ live: true, remote: { records: watched(server.records, [], () => false, asked), texts: server.texts } })
    await synced(l)
    expect(askedOf(asked)).toEqual(ids(persons))
    expect((await personsOn(server.records)).map((d) => d._id).sort()).toEqual(ids(persons))
  })
})

describe('the pusher’s bookkeeping lost to a crash (it commits relaxed)', () => {
  it('lists the records again; the next sync finds them written: nothing sent twice, no conflict', async () => {
    const server = memoryServer()
    const { l, persons } = await laptopHolding(server, 5)
    l.start()
    await l.sync.syncNow()
    const before = await personsOn(server.records)
    await l.sync.stop()
    // As if the bookkeeping commit had not reached the disk, nor anything this database committed
    // after it (a crash loses the end of its log): the outbox lists them again, the revisions the
    // local copy gave them are not noted, the puller's checkpoint is from before. The local copy
    // (another database) kept them.
    const keys = persons.map((p) => recordDocId('persons', p.id))
    await l.db.transaction('rw', [l.db.syncState, l.db.outbox], async () => {
      await l.db.syncState.bulkDelete(keys)
      await l.db.syncState.put({ ...(await getSyncRow(l.db))!, pullSeq: 0 })
      await l.db.outbox.bulkAdd(keys.map((key) => ({ key })))
    })
    const records = await l.db.persons.toArray()
    l.start()
    await l.sync.syncNow()

    expect(await l.db.outbox.count()).toBe(0)
    expect(await openConflicts(l.db)).toEqual([])
    expect(await l.db.persons.toArray()).toEqual(records)
    expect(await personsOn(server.records)).toEqual(before)
  })
})
