import { afterEach, beforeEach, describe, expect, it } from 'vitest'
// First: fake-indexeddb must be in place before Dexie is loaded.
import { dropDb, freshDb } from './helpers'
import type { SessionInput } from '@shared/model'
import { filterSessions } from '@shared/domain/session-filter'
import { createSessionIndex, type SessionIndex } from '@renderer/db/session-index'
import { saveSession } from '@renderer/db/sessions'
import { restore, softDelete } from '@renderer/db/records'
import type { StudioDatabase } from '@renderer/db/schema'

const TODAY = '2025-07-16'
const input = (date: string, over: Partial<SessionInput> = {}): SessionInput => ({
  date,
  startTime: '09:00',
  endTime: '10:00',
  mode: '个别督导',
  functions: ['支持'],
  supervisorIds: ['sup'],
  superviseeIds: ['p-li'],
  process: `${date} 的督导过程`,
  ...over,
})

/** Resolves when the index publishes a snapshot for which `test` holds. */
function until(index: SessionIndex, test: () => boolean, ms = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) return resolve()
    const timer = setTimeout(() => {
      off()
      reject(new Error('timed out waiting for the session index'))
    }, ms)
    const off = index.subscribe(() => {
      if (!test()) return
      clearTimeout(timer)
      off()
      resolve()
    })
  })
}

const codes = (index: SessionIndex) => index.getSnapshot().rows.map((r) => r.code).sort()

describe('session index (list screens)', () => {
  let db: StudioDatabase
  let index: SessionIndex
  beforeEach(async () => {
    db = freshDb()
    for (const d of ['2025-07-01', '2025-07-02', '2025-07-03']) await saveSession(db, input(d), { today: TODAY })
  })
  afterEach(async () => {
    index?.dispose()
    await dropDb(db)
  })

  it('a prefetch reads the newest page only; the rest once the list is wanted', async () => {
    index = createSessionIndex(db, { firstPage: 2 })
    index.prefetch()
    await new Promise((r) => setTimeout(r, 150))
    expect(index.getSnapshot().phase).toBe('partial')
    expect(codes(index)).toEqual(['DD-2025-0002', 'DD-2025-0003'])
    const off = index.subscribe(() => undefined)
    await until(index, () => index.getSnapshot().phase === 'ready')
    off()
    expect(codes(index)).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003'])
  })

  it('shows the newest records first, then all of them', async () => {
    index = createSessionIndex(db, { firstPage: 2 })
    const phases: { phase: string; codes: string[] }[] = []
    index.subscribe(() => phases.push({ phase: index.getSnapshot().phase, codes: codes(index) }))
    await index.ready()
    expect(phases[0]).toEqual({ phase: 'partial', codes: ['DD-2025-0002', 'DD-2025-0003'] })
    expect(phases.at(-1)).toEqual({ phase: 'ready', codes: ['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003'] })
    expect(index.getSnapshot().byId.get(index.getSnapshot().rows[0]!.id)?.text).toContain('的督导过程')
  })

  it('reads everything in chunks, however the chunk boundaries fall', async () => {
    const more = [] as { date: string }[]
    for (let i = 0; i < 7; i++) more.push({ date: `2025-06-${String(10 + i).padStart(2, '0')}` })
    for (const m of more) await saveSession(db, input(m.date), { today: TODAY })
    const deleted = (await db.sessions.toArray())[4]!
    await softDelete(db, 'sessions', deleted.id)
    for (const chunk of [1, 3, 5, 9, 10, 100]) {
      const idx = createSessionIndex(db, { chunk })
      await idx.ready()
      expect(idx.getSnapshot().rows.length).toBe(9)
      expect(idx.getSnapshot().byId.has(deleted.id)).toBe(false)
      idx.dispose()
    }
  })

  it('follows saves, edits, soft deletes and restores', async () => {
    index = createSessionIndex(db)
    await index.ready()
    const { session } = await saveSession(db, input('2025-07-10', { process: '讨论独居老人探访' }), { today: TODAY })
    await until(index, () => index.getSnapshot().byId.has(session.id))
    expect(codes(index)).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003', 'DD-2025-0004'])

    await saveSession(db, input('2025-07-10', { process: '改为讨论志愿者排班' }), { id: session.id, today: TODAY })
    await until(index, () => index.getSnapshot().byId.get(session.id)?.text.includes('志愿者排班') === true)
    // The search's bigram index follows the edit: the new words are found, the old ones are not.
    const found = (query: string) => filterSessions(index.getSnapshot().rows, { query }, index.getSnapshot().grams).map((r) => r.id)
    expect(found('志愿者排班')).toEqual([session.id])
    expect(found('独居老人')).toEqual([])
    expect(found('的督导过程')).toHaveLength(3)

    await softDelete(db, 'sessions', session.id)
    await until(index, () => !index.getSnapshot().byId.has(session.id))
    expect(codes(index)).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003'])

    await restore(db, 'sessions', session.id)
    await until(index, () => index.getSnapshot().byId.has(session.id))
  })

  it('a snapshot handed out never changes afterwards', async () => {
    index = createSessionIndex(db)
    await index.ready()
    const before = index.getSnapshot()
    const n = before.rows.length
    const { session } = await saveSession(db, input('2025-07-11'), { today: TODAY })
    await until(index, () => index.getSnapshot().byId.has(session.id))
    expect(before.rows.length).toBe(n)
    expect(before.byId.has(session.id)).toBe(false)
  })

  it('reloads everything after a write it cannot see (removed for good, older updatedAt)', async () => {
    index = createSessionIndex(db)
    await index.ready()
    const victim = index.getSnapshot().rows.find((r) => r.code === 'DD-2025-0001')!
    await db.sessions.delete(victim.id)
    await until(index, () => !index.getSnapshot().byId.has(victim.id))

    // A merged copy from another laptop keeps its own, older updatedAt.
    const other = (await db.sessions.toArray()).find((s) => s.code === 'DD-2025-0002')!
    await db.transaction('rw', db.sessions, () => db.sessions.put({ ...other, process: '来自另一台电脑的修改', updatedAt: '2020-01-01T00:00:00.000Z' }))
    await until(index, () => index.getSnapshot().byId.get(other.id)?.text.includes('另一台电脑') === true)
    expect(index.getSnapshot().byId.has(victim.id)).toBe(false)
    expect(index.getSnapshot().byId.get(other.id)?.text).toContain('来自另一台电脑的修改')
  })
})
