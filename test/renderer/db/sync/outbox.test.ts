import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SessionInput } from '@shared/model'
import { createPerson, updatePerson } from '@renderer/db/persons'
import { softDelete } from '@renderer/db/records'
import { saveSession } from '@renderer/db/sessions'
import { saveStudioInfo } from '@renderer/db/settings'
import { StudioDatabase } from '@renderer/db/schema'
import { newSyncRow } from '@renderer/db/sync/state'
import { write } from '@renderer/db/write'
import { dropDb, freshDb, personRecord } from '../helpers'

const TODAY = '2025-07-15'
const sessionInput = (supervisor: string, supervisee: string, over: Partial<SessionInput> = {}): SessionInput => ({
  date: '2025-07-10',
  startTime: '09:30',
  endTime: '11:00',
  mode: '个别督导',
  functions: ['教育'],
  supervisorIds: [supervisor],
  superviseeIds: [supervisee],
  ...over,
})
const keys = async (db: StudioDatabase) => (await db.outbox.orderBy('seq').toArray()).map((e) => e.key)

describe('the sync outbox: every write of a studio record listed in the same transaction', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
  })
  afterEach(() => dropDb(db))

  it('lists each record written, in the order written, deletions included', async () => {
    const p = await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })
    await updatePerson(db, p.id, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师', phone: '13800000000' })
    await softDelete(db, 'persons', p.id)
    expect(await keys(db)).toEqual([`persons:${p.id}`, `persons:${p.id}`, `persons:${p.id}`])
  })

  it('lists every table a save touches (a session and its 跟进事项), not settings or history', async () => {
    const sup = (await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
    const sw = (await createPerson(db, { name: '张晓明', role: '社工', qualification: '社会工作师' })).id
    await db.outbox.clear()
    const input = sessionInput(sup, sw, { followUps: [{ content: '整理个案记录', ownerId: sw, dueDate: '2025-07-20', status: '待办' }] })
    const { session, followUps } = await saveSession(db, input, { today: TODAY })
    await saveStudioInfo(db, { name: '林泉工作室', lead: '周晓岚' })
    expect((await keys(db)).sort()).toEqual([`followUps:${followUps[0]!.id}`, `sessions:${session.id}`].sort())
  })

  it('lists nothing of a write that fails half-way', async () => {
    const failed = write(db, ['persons'], async () => {
      await db.persons.add(personRecord('p1', '王芳'))
      throw new Error('中途失败')
    })
    await expect(failed).rejects.toThrow('中途失败')
    expect(await db.persons.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('lists nothing of what the sync applies from the server (no echo)', async () => {
    await write(db, ['persons'], async () => db.persons.put(personRecord('p2', '王芳')), { origin: 'sync' })
    expect(await db.persons.get('p2')).toBeDefined()
    expect(await db.outbox.count()).toBe(0)
    // The tag belongs to that transaction only: the next ordinary write is listed again.
    await write(db, ['persons'], async () => db.persons.put(personRecord('p3', '王芳')))
    expect(await keys(db)).toEqual(['persons:p3'])
  })

  it('keeps the outbox when the app closes: it is there after the next start', async () => {
    const p = await createPerson(db, { name: '李文静', role: '社工', qualification: '社会工作师' })
    db.close()
    const reopened = new StudioDatabase(db.name)
    await reopened.open()
    expect(await keys(reopened)).toEqual([`persons:${p.id}`])
    reopened.close()
  })
})

describe('编号 on a laptop that syncs', () => {
  let db: StudioDatabase
  let sup: string
  let sw: string
  const input = (date = '2025-07-10') => sessionInput(sup, sw, { date })
  beforeEach(async () => {
    db = freshDb()
    sup = (await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
    sw = (await createPerson(db, { name: '张晓明', role: '社工', qualification: '社会工作师' })).id
  })
  afterEach(() => dropDb(db))

  it('numbers with the laptop mark and its own sequence; numbers issued before stay as they are', async () => {
    const before = await saveSession(db, input(), { today: TODAY })
    const before2 = await saveSession(db, input(), { today: TODAY })
    await db.syncState.put({ ...newSyncRow('http://127.0.0.1:5984', 'linquan', 'local-1'), mark: 'B' })
    const a = await saveSession(db, input(), { today: TODAY })
    const b = await saveSession(db, input(), { today: TODAY })
    const other = await saveSession(db, input('2024-03-01'), { today: TODAY })
    expect([before.session.code, before2.session.code]).toEqual(['DD-2025-0001', 'DD-2025-0002'])
    expect([a.session.code, b.session.code, other.session.code]).toEqual(['DD-2025-B0001', 'DD-2025-B0002', 'DD-2024-B0001'])
    expect((await db.sessions.get(before.session.id))?.code).toBe('DD-2025-0001')
    // A record of laptop C that came by sync does not move B's sequence, nor the plain one.
    await db.syncState.put({ ...newSyncRow('http://127.0.0.1:5984', 'linquan', 'local-1'), mark: null })
    expect((await saveSession(db, input(), { today: TODAY })).session.code).toBe('DD-2025-0003')
  })
})
