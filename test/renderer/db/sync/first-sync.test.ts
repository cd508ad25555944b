import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { setClockForTests } from '@renderer/db/clock'
import { openConflicts } from '@renderer/db/conflicts'
import { DEFAULT_FRAMEWORK_ID, ensureDefaultFramework } from '@renderer/db/frameworks'
import { createPerson } from '@renderer/db/persons'
import { saveSession } from '@renderer/db/sessions'
import { getSyncRow } from '@renderer/db/sync/state'
import { write } from '@renderer/db/write'
import { canonicalJson } from '@shared/domain/canonical-json'
import { withoutVersion } from '@shared/domain/record-version'
import { recordDocId } from '@shared/sync/documents'
import { laptop, memoryServer, MemoryPouch, type Laptop } from './support/laptops'

const open: Laptop[] = []
afterEach(async () => {
  setClockForTests(null)
  for (const l of open.splice(0)) await l.drop()
})

const A_STARTED = new Date('2026-03-01T08:00:00.000Z')
const B_STARTED = new Date('2026-03-04T09:30:00.000Z')

/**
 * Two laptops that each made the 参考模板 at their first start (same fixed id, same content, each
 * its own 创建时间), meeting for the first time in `order`. `race`: the second laptop's local
 * copy receives the first's template before it hands its own to the sync (a live replication
 * pulling while a first push is still being prepared), so the puller merges instead of the
 * resolver of replicated conflicts.
 */
async function firstMeeting(order: 'AB' | 'BA', race = false) {
  const server = memoryServer()
  const a = laptop(server)
  const b = laptop(server)
  open.push(a, b)
  const [first, second] = order === 'AB' ? [a, b] : [b, a]
  setClockForTests(A_STARTED)
  await ensureDefaultFramework(a.db)
  if (race) await second.sync.stop()
  setClockForTests(B_STARTED)
  await ensureDefaultFramework(b.db)
  setClockForTests(null)

  await first.sync.syncNow()
  if (race) {
    await MemoryPouch.replicate(server.records, new MemoryPouch(second.name))
    second.start()
  }
  for (const l of [second, first, second]) await l.sync.syncNow()

  const [atA, atB] = await Promise.all([a, b].map(async (l) => withoutVersion((await l.db.frameworks.get(DEFAULT_FRAMEWORK_ID))!)))
  const onServer = await server.records.get(recordDocId('frameworks', DEFAULT_FRAMEWORK_ID), { conflicts: true })
  return { a, b, atA, atB, onServer }
}

describe('first sync of two laptops that each hold the 参考模板', () => {
  for (const race of [false, true]) {
    it(`lists no conflict and leaves one template, the same whichever laptop syncs first${race ? ' (the puller merges)' : ''}`, async () => {
      const results = [await firstMeeting('AB', race), await firstMeeting('BA', race)]
      for (const { a, b, atA, atB, onServer } of results) {
        expect(await openConflicts(a.db)).toEqual([])
        expect(await openConflicts(b.db)).toEqual([])
        for (const l of [a, b]) expect(l.sync.log().map((x) => x.text).join('｜')).not.toContain('冲突处理')
        expect(canonicalJson(atB)).toBe(canonicalJson(atA))
        expect(onServer._conflicts ?? []).toEqual([])
        // First made when the first laptop made it; last touched when the second did.
        expect(atA).toMatchObject({ createdAt: A_STARTED.toISOString(), updatedAt: B_STARTED.toISOString() })
      }
      expect(canonicalJson(results[1]!.atA)).toBe(canonicalJson(results[0]!.atA))
    })
  }
})

describe('督导记录 numbered on two laptops before either had its letter', () => {
  it('a laptop taking in both keeps every record, the second with the next free number here, said in the log', async () => {
    const server = memoryServer()
    const [a, c] = [laptop(server), laptop(server)]
    open.push(a, c)
    const codes: string[] = []
    for (const l of [a, c]) {
      await l.sync.stop()
      // As before sync was set up: no letter.
      await write(l.db, ['syncState'], async () => l.db.syncState.put({ ...(await getSyncRow(l.db))!, mark: null }))
      const sup = await createPerson(l.db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })
      const sw = await createPerson(l.db, { name: '张晓明', role: '社工', qualification: '社会工作师' })
      const { session } = await saveSession(
        l.db,
        { date: '2026-03-02', startTime: '09:00', endTime: '10:00', mode: '个别督导', functions: ['教育'], supervisorIds: [sup.id], superviseeIds: [sw.id] },
        { today: '2026-03-02' },
      )
      codes.push(session.code)
      l.start()
      await l.sync.syncNow()
    }
    expect(codes).toEqual(['DD-2026-0001', 'DD-2026-0001'])
    const b = laptop(server)
    open.push(b)
    await b.sync.syncNow()
    const here = (await b.db.sessions.toArray()).map((s) => s.code).sort()
    expect(here).toEqual(['DD-2026-0001', 'DD-2026-0002'])
    expect(b.sync.log().map((l) => l.text)).toContainEqual('服务器上的督导记录 DD-2026-0001 与本机的另一条记录编号相同，本机显示为 DD-2026-0002（服务器上仍为 DD-2026-0001）。')
    // The second laptop met the first's record with its own already stored under that number.
    expect((await c.db.sessions.toArray()).map((s) => s.code).sort()).toEqual(['DD-2026-0001', 'DD-2026-0002'])
    expect(c.sync.log().map((l) => l.text)).toContainEqual('服务器上的督导记录 DD-2026-0001 与本机的另一条记录编号相同，本机显示为 DD-2026-0002（服务器上仍为 DD-2026-0001）。')
    // The server keeps each creator's number.
    const onServer = await server.records.allDocs({ include_docs: true, startkey: 'sessions:', endkey: 'sessions:\uffff' })
    expect(onServer.rows.map((r) => r.doc!.code)).toEqual(['DD-2026-0001', 'DD-2026-0001'])
  })
})
