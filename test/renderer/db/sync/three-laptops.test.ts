import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { canonicalJson } from '@shared/domain/canonical-json'
import { withoutVersion } from '@shared/domain/record-version'
import { MERGE_TABLES } from '@shared/backup/merge-tables'
import { createPerson, updatePerson } from '@renderer/db/persons'
import { saveSession } from '@renderer/db/sessions'
import { openConflicts } from '@renderer/db/conflicts'
import type { StudioDatabase } from '@renderer/db/schema'
import { recordDocId } from '@shared/sync/documents'
import { laptop, memoryServer, type Laptop } from './support/laptops'

/** Every order in which three laptops can come back online. */
const ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
]

/** A laptop's studio records as content (versions count each laptop's own writes; 编号 may be local). */
async function contents(db: StudioDatabase): Promise<string> {
  const out: Record<string, unknown[]> = {}
  for (const t of MERGE_TABLES) {
    const rows = (await db.table(t).toArray()) as Record<string, unknown>[]
    out[t] = rows.map((r) => withoutVersion(r)).sort((a, b) => String(a.id).localeCompare(String(b.id)))
  }
  return canonicalJson(out)
}

const PERSON = { role: '社工', qualification: '社会工作师' } as const

describe('three laptops edit offline, then reconnect in every order', () => {
  const open: Laptop[] = []
  afterEach(async () => {
    for (const l of open.splice(0)) await l.drop()
  })

  for (const order of ORDERS) {
    it(`order ${order.map((i) => 'ABC'[i]).join('→')}: all converge, nothing lost, the conflict listed`, async () => {
      const server = memoryServer()
      const laptops = [laptop(server), laptop(server), laptop(server)]
      open.push(...laptops)
      const [a, b, c] = laptops as [Laptop, Laptop, Laptop]
      // Shared starting point: one person everyone has, each laptop with its letter.
      const shared = await createPerson(a.db, { name: '张晓明', ...PERSON })
      const sup = await createPerson(a.db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })
      for (const l of [a, b, c, a]) await l.sync.syncNow()
      for (const l of laptops) expect(await l.db.persons.get(shared.id)).toBeDefined()

      // Offline: A and B change the same field differently, C another field; each adds records.
      await updatePerson(a.db, shared.id, { name: '张晓明', ...PERSON, phone: '13800000001' })
      await updatePerson(c.db, shared.id, { name: '张晓明', ...PERSON, note: '负责长者服务' })
      await new Promise((r) => setTimeout(r, 5)) // B's edit is the later one
      await updatePerson(b.db, shared.id, { name: '张晓明', ...PERSON, phone: '13800000002' })
      const added: string[] = []
      const codes: string[] = []
      for (const [i, l] of laptops.entries()) {
        added.push((await createPerson(l.db, { name: `新社工${'ABC'[i]}`, ...PERSON })).id)
        const { session } = await saveSession(
          l.db,
          { date: '2026-03-02', startTime: '09:00', endTime: '10:00', mode: '个别督导', functions: ['教育'], supervisorIds: [sup.id], superviseeIds: [shared.id] },
          { today: '2026-03-02' },
        )
        added.push(session.id)
        codes.push(session.code)
      }
      expect(new Set(codes).size).toBe(3) // each laptop numbers with its own letter

      for (const i of order) await laptops[i]!.sync.syncNow()
      for (let round = 0; round < 2; round += 1) for (const i of order) await laptops[i]!.sync.syncNow()

      const all = await Promise.all(laptops.map((l) => contents(l.db)))
      expect(all[1]).toBe(all[0])
      expect(all[2]).toBe(all[0])
      for (const l of laptops) {
        for (const id of added) expect((await l.db.persons.get(id)) ?? (await l.db.sessions.get(id)), id).toBeDefined()
        expect(await l.db.outbox.count()).toBe(0)
      }
      const merged = (await a.db.persons.get(shared.id))!
      expect(merged.note).toBe('负责长者服务') // one side's field, taken without asking
      expect(merged.phone).toBe('13800000002') // the later edit, provisionally
      // The other phone number waits on 冲突处理 with both values, on the laptops that met it.
      const listed = (await Promise.all(laptops.map((l) => openConflicts(l.db)))).flat()
      expect(listed.length).toBeGreaterThan(0)
      for (const conflict of listed) {
        expect(conflict).toMatchObject({ table: 'persons', recordId: shared.id, source: '同步' })
        expect(conflict.fields.map((f) => f.field)).toEqual(['phone'])
        expect(new Set(conflict.fields.flatMap((f) => [f.local, f.remote]))).toEqual(new Set(['13800000001', '13800000002']))
      }
      // The server holds one resolved revision: no branch left.
      const onServer = await server.records.get(recordDocId('persons', shared.id), { conflicts: true })
      expect(onServer._conflicts ?? []).toEqual([])
      expect(onServer).toMatchObject({ phone: '13800000002', note: '负责长者服务' })
    })
  }
})
