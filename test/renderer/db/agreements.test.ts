import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_AGREEMENT_TEMPLATE, ValidationError, type AgreementInput } from '@shared/model'
import {
  agreementHistory,
  agreementsOfPerson,
  getAgreementTemplate,
  listAgreements,
  saveAgreement,
  saveAgreementTemplate,
} from '@renderer/db/agreements'
import { createBackup, openBackupFile } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { mergeBackup } from '@renderer/db/merge'
import { createPerson } from '@renderer/db/persons'
import { softDelete } from '@renderer/db/records'
import { VersionConflictError } from '@renderer/db/write'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

describe('督导协议 data layer', () => {
  let db: StudioDatabase
  let sup: string
  let worker: string
  const input = (p: Partial<AgreementInput> = {}): AgreementInput => ({
    supervisorIds: [sup],
    superviseeIds: [worker],
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    frequencies: [{ mode: '个别督导', count: 1, per: '月' }],
    plannedHours: 6,
    hoursPer: '季度',
    goals: [{ id: 'g1', text: '掌握个案评估' }],
    status: '生效',
    ...p,
  })
  beforeEach(async () => {
    db = freshDb()
    sup = (await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
    worker = (await createPerson(db, { name: '林小雨', role: '社工', qualification: '社会工作师' })).id
  })
  afterEach(() => dropDb(db))

  it('creates version 1 and finds it through either side', async () => {
    const a = await saveAgreement(db, input())
    expect([a.rev, a.status, a.plannedHours, a.deletedAt]).toEqual([1, '生效', 6, null])
    expect((await agreementsOfPerson(db, worker)).map((r) => r.id)).toEqual([a.id])
    expect((await agreementsOfPerson(db, sup)).map((r) => r.id)).toEqual([a.id])
    await softDelete(db, 'agreements', a.id)
    expect(await agreementsOfPerson(db, worker)).toEqual([])
    expect(await listAgreements(db)).toEqual([])
  })

  it('refuses bad input at the field and writes nothing', async () => {
    const err = (await saveAgreement(db, input({ endDate: '2024-12-31', superviseeIds: [sup], frequencies: [{ mode: '个别督导', count: 0, per: '月' }] })).catch((e) => e)) as ValidationError
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.fields).toMatchObject({ endDate: '结束日期不能早于开始日期', superviseeIds: '同一人不能既是督导者又是被督导者', 'frequencies.0.count': '次数应为 1–31 的整数' })
    const ended = (await saveAgreement(db, input({ status: '已终止' })).catch((e) => e)) as ValidationError
    expect(ended.fields).toEqual({ terminatedOn: '已终止的协议请填写终止日期' })
    const empty = (await saveAgreement(db, input({ frequencies: [], plannedHours: null })).catch((e) => e)) as ValidationError
    expect(empty.fields).toEqual({ frequencies: '生效的协议请至少设定一项督导频率或计划时数' })
    expect(await db.agreements.count()).toBe(0)
  })

  it('keeps every change of an agreement in force as a revision, and none of a draft', async () => {
    const draft = await saveAgreement(db, input({ status: '草稿' }))
    const live = await saveAgreement(db, input({ status: '生效' }), { id: draft.id, expectedRev: 1 })
    expect(live.rev).toBe(2)
    expect(await agreementHistory(db, draft.id)).toEqual([])
    const changed = await saveAgreement(db, input({ plannedHours: 4.5 }), { id: draft.id, expectedRev: 2, by: '周晓岚' })
    expect([changed.rev, changed.fieldRevs?.plannedHours]).toEqual([3, 3])
    const history = await agreementHistory(db, draft.id)
    expect(history.map((r) => [r.action, r.by, r.changes])).toEqual([['修改', '周晓岚', [{ field: 'plannedHours', label: '计划时数', before: 6, after: 4.5 }]]])
    // Saving the same content again changes nothing.
    expect((await saveAgreement(db, input({ plannedHours: 4.5 }), { id: draft.id })).rev).toBe(3)
  })

  it('refuses a save over a newer version than the form loaded', async () => {
    const a = await saveAgreement(db, input())
    await saveAgreement(db, input({ note: '另一窗口' }), { id: a.id, expectedRev: 1 })
    const err = await saveAgreement(db, input({ note: '本窗口' }), { id: a.id, expectedRev: 1 }).catch((e) => e)
    expect(err).toBeInstanceOf(VersionConflictError)
    expect((await db.agreements.get(a.id))?.note).toBe('另一窗口')
  })

  it('keeps the 中期 evaluation on the agreement through the version-checked save, as a revision, and an old record without any stays as it was', async () => {
    const a = await saveAgreement(db, input())
    // Saved before 督导评估 existed: no field at all.
    await db.agreements.update(a.id, { evaluations: undefined })
    const old = (await db.agreements.get(a.id))!
    expect('evaluations' in old && old.evaluations !== undefined).toBe(false)
    const mid = { kind: '中期' as const, date: '2025-06-30', by: '周晓岚', items: [{ goalId: 'g1', rating: 3, comment: '能运用评估框架', selfRating: 4 }] }
    const saved = await saveAgreement(db, input({ evaluations: [mid] }), { id: a.id, by: '周晓岚', expectedRev: old.rev })
    expect([saved.rev, (await db.agreements.get(a.id))!.evaluations]).toEqual([2, [mid]])
    expect((await agreementHistory(db, a.id))[0]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([['督导评估', null, [mid]]])
    // Saving the old form (no evaluations) over it is refused: the form is behind.
    await expect(saveAgreement(db, input({ evaluations: [] }), { id: a.id, expectedRev: old.rev })).rejects.toBeInstanceOf(VersionConflictError)
    // A rating outside 1–5 is refused at its field, nothing written.
    const bad = (await saveAgreement(db, input({ evaluations: [{ ...mid, items: [{ goalId: 'g1', rating: 0 }] }] }), { id: a.id, expectedRev: 2 }).catch((e) => e)) as ValidationError
    expect(bad.fields).toEqual({ 'evaluations.0.items.0.rating': '请为该目标评分（1–5 分）' })
    expect((await db.agreements.get(a.id))!.rev).toBe(2)
  })

  it('keeps the studio’s template of the two texts', async () => {
    expect(await getAgreementTemplate(db)).toEqual(DEFAULT_AGREEMENT_TEMPLATE)
    await saveAgreementTemplate(db, { responsibilities: '按月督导', confidentiality: '保密' })
    expect(await getAgreementTemplate(db)).toEqual({ responsibilities: '按月督导', confidentiality: '保密' })
  })

  it('travels in backups: restored as it was, merged field by field like every record', async () => {
    const a = await saveAgreement(db, input())
    const other = freshDb()
    try {
      await restoreBackup(other, await openBackupFile((await createBackup(db, { appVersion: '0.1.0' })).bytes))
      expect(await other.agreements.get(a.id)).toEqual(a)
      // Each laptop changes a different field; merging the other's backup keeps both.
      await saveAgreement(other, input({ note: '对方补充' }), { id: a.id })
      await saveAgreement(db, input({ plannedHours: 8 }), { id: a.id })
      const result = await mergeBackup(db, await openBackupFile((await createBackup(other, { appVersion: '0.1.0' })).bytes))
      expect([result.updated.agreements, result.conflicts]).toEqual([1, []])
      expect(await db.agreements.get(a.id)).toMatchObject({ note: '对方补充', plannedHours: 8 })
    } finally {
      await dropDb(other)
    }
  })
})
