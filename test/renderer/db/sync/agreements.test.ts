import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { AgreementInput } from '@shared/model'
import { recordDocId } from '@shared/sync/documents'
import { getAgreement, saveAgreement } from '@renderer/db/agreements'
import { createPerson } from '@renderer/db/persons'
import { laptop, memoryServer, type Laptop } from './support/laptops'

const open: Laptop[] = []
afterEach(async () => {
  for (const l of open.splice(0)) await l.drop()
})

describe('studio sync carries 督导协议', () => {
  it('an agreement with its 中期评估 reaches the other laptop whole; an edit there comes back, each laptop keeping its own 修改历史', async () => {
    const server = memoryServer()
    const [a, b] = [laptop(server), laptop(server)]
    open.push(a, b)
    const sup = (await createPerson(a.db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
    const sw = (await createPerson(a.db, { name: '张晓明', role: '社工', qualification: '社会工作师' })).id
    const input: AgreementInput = {
      supervisorIds: [sup],
      superviseeIds: [sw],
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      frequencies: [{ mode: '个别督导', count: 1, per: '月' }],
      plannedHours: 3,
      hoursPer: '季度',
      goals: [{ id: 'g1', text: '能独立完成个案需求评估' }],
      status: '生效',
      evaluations: [{ kind: '中期', date: '2025-06-30', by: '周晓岚', items: [{ goalId: 'g1', rating: 3, comment: '资料收集尚欠系统', selfRating: 4 }] }],
    }
    const saved = await saveAgreement(a.db, input, { by: '周晓岚' })
    await a.sync.syncNow()
    expect(await a.db.outbox.count()).toBe(0)
    expect(await server.records.get(recordDocId('agreements', saved.id))).toMatchObject({ table: 'agreements', studio: 'linquan', plannedHours: 3 })

    await b.sync.syncNow()
    const atB = (await getAgreement(b.db, saved.id))!
    expect(atB).toEqual(saved)
    expect(await b.db.agreements.where('superviseeIds').equals(sw).primaryKeys()).toEqual([saved.id])

    await saveAgreement(b.db, { ...input, plannedHours: 4.5 }, { id: saved.id, by: '张晓明', expectedRev: atB.rev })
    expect(await b.db.revisions.where('[entity+recordId]').equals(['agreement', saved.id]).count()).toBe(1)
    await b.sync.syncNow()
    await a.sync.syncNow()
    const back = (await getAgreement(a.db, saved.id))!
    expect([back.plannedHours, back.evaluations]).toEqual([4.5, saved.evaluations])
    // The revision stays on the laptop where the edit was made: history is not synced.
    expect(await a.db.revisions.where('[entity+recordId]').equals(['agreement', saved.id]).count()).toBe(0)
  })
})
