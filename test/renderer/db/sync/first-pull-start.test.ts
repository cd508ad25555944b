import { describe, expect, it } from 'vitest'
import { pullStartAfterShortcut } from '@renderer/db/sync/first-pull-start'
import type { PouchDatabase, PouchDoc } from '@renderer/db/sync/pouch'
import { MemoryPouch } from './support/laptops'

let n = 0
/** A server database holding the design document, the laptop marks and `sent` as this laptop's shortcut put them there. */
async function serverWith(sent: number): Promise<{ server: PouchDatabase; uploaded: Map<string, string> }> {
  const server = new MemoryPouch(`first-pull-${process.pid}-${(n += 1)}`)
  await server.put({ _id: '_design/studio', validate_doc_update: 'function () {}' })
  await server.put({ _id: 'meta:laptops', studio: 'linquan', marks: { A: 'device-a' } })
  const docs: PouchDoc[] = Array.from({ length: sent }, (_, i) => {
    const rev = `1-${String(i).padStart(32, '0')}`
    return { _id: `persons:p${i}`, _rev: rev, _revisions: { start: 1, ids: [rev.slice(2)] }, studio: 'linquan', name: `社工${i}` }
  })
  await server.bulkDocs(docs, { new_edits: false })
  return { server, uploaded: new Map(docs.map((d) => [d._id, d._rev!])) }
}

describe('pullStartAfterShortcut: where a first sync’s pull replication may start', () => {
  it('at the end of the feed when it holds only what the shortcut sent, the design document and meta documents', async () => {
    const { server, uploaded } = await serverWith(40)
    const { update_seq } = await server.info()
    expect(await pullStartAfterShortcut(server, uploaded)).toBe(update_seq)
  })

  it('nowhere (undefined: the replication checks the whole feed) when another laptop’s record is there', async () => {
    const { server, uploaded } = await serverWith(5)
    await server.put({ _id: 'persons:other', studio: 'linquan', name: '另一台电脑' })
    expect(await pullStartAfterShortcut(server, uploaded)).toBeUndefined()
  })

  it('nowhere when a record sent has moved on, has a second leaf, or was deleted on the server', async () => {
    for (const change of [
      async (s: PouchDatabase) => void (await s.put({ ...(await s.get('persons:p1')), name: '已修改' })),
      async (s: PouchDatabase) => void (await s.bulkDocs([{ _id: 'persons:p1', _rev: '1-ffff', _revisions: { start: 1, ids: ['ffff'] }, studio: 'linquan', name: '冲突' }], { new_edits: false })),
      async (s: PouchDatabase) => void (await s.put({ ...(await s.get('persons:p1')), _deleted: true })),
    ]) {
      const { server, uploaded } = await serverWith(3)
      await change(server)
      expect(await pullStartAfterShortcut(server, uploaded)).toBeUndefined()
    }
  })

  it('nowhere when the shortcut sent a document under another revision than the server holds', async () => {
    const { server, uploaded } = await serverWith(3)
    uploaded.set('persons:p2', '1-0123')
    expect(await pullStartAfterShortcut(server, uploaded)).toBeUndefined()
  })
})
