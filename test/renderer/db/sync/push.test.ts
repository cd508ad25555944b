import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { newMeta } from '@renderer/db/records'
import type { StudioDatabase } from '@renderer/db/schema'
import { pushOutbox, seqRuns } from '@renderer/db/sync/push'
import { write } from '@renderer/db/write'
import { recordDocId } from '@shared/sync/documents'
import { dropDb, freshDb, personRecord } from '../helpers'
import { MemoryPouch, STUDIO } from './support/laptops'

describe('seqRuns: the handled outbox entries as runs for one range delete each', () => {
  const entries = [1, 2, 3, 5, 8, 9].map((seq) => ({ seq, key: `persons:p${seq}` }))
  const done = (...seqs: number[]) => new Set(seqs.map((s) => `persons:p${s}`))

  it('one run when every entry read was handled, gaps in seq included (no unread entry lies between)', () => {
    expect(seqRuns(entries, done(1, 2, 3, 5, 8, 9))).toEqual([[1, 9]])
  })

  it('an entry that waits splits the runs and is in none', () => {
    expect(seqRuns(entries, done(1, 2, 5, 8, 9))).toEqual([
      [1, 2],
      [5, 9],
    ])
    expect(seqRuns(entries, done(2, 8))).toEqual([
      [2, 2],
      [8, 8],
    ])
    expect(seqRuns(entries, done())).toEqual([])
  })

  it('the same record listed twice is handled in both entries', () => {
    const twice = [
      { seq: 4, key: 'persons:a' },
      { seq: 6, key: 'persons:b' },
      { seq: 7, key: 'persons:a' },
    ]
    expect(seqRuns(twice, new Set(['persons:a']))).toEqual([
      [4, 4],
      [7, 7],
    ])
  })
})

describe('pushOutbox: what it hands to the local PouchDB leaves the outbox, what waits stays', () => {
  let db: StudioDatabase
  afterEach(async () => dropDb(db))

  it('removes the entries written out and keeps the one whose local document moved on (the puller merges first)', async () => {
    db = freshDb()
    const local = new MemoryPouch(`push-${newMeta().id}`)
    const persons = Array.from({ length: 7 }, (_, i) => personRecord(newMeta().id, `社工${i}`))
    await write(db, ['persons'], async () => {
      await db.persons.bulkAdd(persons)
    })
    // A change from the server already in the local copy but not applied here yet.
    const waiting = persons[3]!
    await local.put({ _id: recordDocId('persons', waiting.id), studio: STUDIO, name: '服务器上的修改' })
    const later = personRecord(newMeta().id, '推送开始后新建')

    const handled = await pushOutbox({ db, local, text: null, studio: STUDIO, log: () => undefined }, 3)
    await write(db, ['persons'], async () => {
      await db.persons.add(later)
    })

    expect(handled).toBe(6)
    expect((await db.outbox.toArray()).map((e) => e.key)).toEqual([`persons:${waiting.id}`, `persons:${later.id}`])
    const { rows } = await local.allDocs({ keys: persons.map((p) => recordDocId('persons', p.id)), include_docs: true })
    expect(rows.map((r) => (r.doc as { name?: string } | undefined)?.name)).toEqual(persons.map((p, i) => (i === 3 ? '服务器上的修改' : p.name)))
    await local.destroy()
  })
})
