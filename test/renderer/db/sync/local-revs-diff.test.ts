import { describe, expect, it } from 'vitest'
import { withBatchedRevsDiff } from '@renderer/db/sync/local-revs-diff'
import type { PouchDatabase } from '@renderer/db/sync/pouch'
import { MemoryPouch } from './support/pouch'

const sorted = (diff: Record<string, { missing: string[] }>) => Object.fromEntries(Object.entries(diff).map(([id, d]) => [id, [...d.missing].sort()]).sort(([x], [y]) => String(x).localeCompare(String(y))))

describe('withBatchedRevsDiff', () => {
  it('answers as the adapter does: missing documents, current, earlier, conflicting, deleted and unknown revisions', async () => {
    const db = new MemoryPouch(`revs-diff-${Date.now()}-${Math.random()}`)
    const [a1] = await db.bulkDocs([{ _id: 'a', n: 1 }])
    const [a2] = await db.bulkDocs([{ _id: 'a', _rev: a1!.rev, n: 2 }])
    // Two branches of b, as a replication brings them.
    await db.bulkDocs(
      [
        { _id: 'b', _rev: '1-aaaa', _revisions: { start: 1, ids: ['aaaa'] }, n: 1 },
        { _id: 'b', _rev: '1-bbbb', _revisions: { start: 1, ids: ['bbbb'] }, n: 2 },
      ],
      { new_edits: false },
    )
    const [c1] = await db.bulkDocs([{ _id: 'c', n: 1 }])
    const [c2] = await db.bulkDocs([{ _id: 'c', _rev: c1!.rev, _deleted: true }])
    const request = {
      a: [a2!.rev!, a1!.rev!, '3-ffff'],
      b: ['1-aaaa', '1-bbbb', '2-cccc'],
      c: [c2!.rev!, c1!.rev!],
      d: ['1-dddd'],
      e: ['1-eeee', '2-eeee'],
    }
    const plain = await db.revsDiff(request)
    expect(sorted(plain)).toEqual({ a: ['3-ffff'], b: ['2-cccc'], d: ['1-dddd'], e: ['1-eeee', '2-eeee'] })
    expect(sorted(await withBatchedRevsDiff(db).revsDiff(request))).toEqual(sorted(plain))
    await db.destroy()
  })

  it('reads once for documents it can decide, asks the adapter only about the others', async () => {
    const db = new MemoryPouch(`revs-diff-${Date.now()}-${Math.random()}`)
    const [x] = await db.bulkDocs([{ _id: 'x', n: 1 }])
    const asked: string[][] = []
    const own = db.revsDiff.bind(db)
    db.revsDiff = (request) => {
      asked.push(Object.keys(request))
      return own(request)
    }
    const fast: PouchDatabase = withBatchedRevsDiff(db)
    expect(await fast.revsDiff({ x: [x!.rev!], y: ['1-abcd'] })).toEqual({ y: { missing: ['1-abcd'] } })
    expect(asked).toEqual([])
    expect(await fast.revsDiff({ x: ['2-abcd'] })).toEqual({ x: { missing: ['2-abcd'] } })
    expect(asked).toEqual([['x']])
    await db.destroy()
  })
})
