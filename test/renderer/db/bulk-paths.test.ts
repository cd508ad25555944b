import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from '@shared/model/stored'
import { createBackup, openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { BulkWriteCancelled, type BulkProgress } from '@renderer/db/bulk-write'
import { importExcelFile } from '@renderer/db/excel-import'
import { mergeBackup } from '@renderer/db/merge'
import { saveSession } from '@renderer/db/sessions'
import type { StudioDatabase } from '@renderer/db/schema'
import { makeXlsx } from '../../shared/excel/xlsx'
import { twoLaptopsEachTest } from './fresh-databases'
import { buildStudio, sessionInput, step } from './studio-fixture'

/** Cancels as soon as the write announces itself: before its first chunk. */
function cancelAtStart() {
  const controller = new AbortController()
  return { signal: controller.signal, onProgress: () => controller.abort() }
}

/**
 * Restore, 合并导入 and the Excel import write through the bulk writer: each reports its progress
 * up to the number of rows it writes, and a cancel leaves the database exactly as it was.
 */
describe('the bulk paths: progress and cancel', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  twoLaptopsEachTest((laptopA, laptopB) => {
    a = laptopA
    b = laptopB
  })

  it('restore reports every row of the file and a cancelled restore changes nothing', async () => {
    await buildStudio(a)
    step()
    const parsed = await openBackupFile((await createBackup(a, { appVersion: '0.1.0' })).bytes)
    const studio = await buildStudio(b)
    step()
    await saveSession(b, sessionInput({ date: '2025-05-30', supervisorIds: [studio.sup.id], superviseeIds: [studio.w1.id] }))
    const before = await readAllTables(b)

    await expect(restoreBackup(b, parsed, cancelAtStart())).rejects.toBeInstanceOf(BulkWriteCancelled)
    expect(await readAllTables(b)).toEqual(before)

    const seen: BulkProgress[] = []
    await restoreBackup(b, parsed, { onProgress: (p) => seen.push(p) })
    const rows = BACKUP_TABLES.reduce((n, t) => n + (t === 'settings' ? 0 : parsed.tables[t].length), 0)
    const last = seen.at(-1)!
    // Every record of the file, and this laptop's settings rows (preferences, the exchange with A).
    expect(last.done).toBe(last.total)
    expect(last.total - rows).toBe((await b.settings.count()))
    expect(await b.sessions.count()).toBe(parsed.tables.sessions.length)
  })

  it('a cancelled 合并导入 changes nothing; a finished one reports what it wrote', async () => {
    const studio = await buildStudio(a)
    step()
    const fromA = await openBackupFile((await createBackup(a, { appVersion: '0.1.0' })).bytes)
    await restoreBackup(b, fromA)
    step()
    const followUps = [{ content: '补充家访记录', ownerId: studio.w1.id, dueDate: '2025-06-30' }]
    await saveSession(a, sessionInput({ date: '2025-05-30', supervisorIds: [studio.sup.id], superviseeIds: [studio.w1.id], followUps }))
    step()
    const later = await openBackupFile((await createBackup(a, { appVersion: '0.1.0' })).bytes)
    const before = await readAllTables(b)

    await expect(mergeBackup(b, later, cancelAtStart())).rejects.toBeInstanceOf(BulkWriteCancelled)
    expect(await readAllTables(b)).toEqual(before)

    const seen: BulkProgress[] = []
    await mergeBackup(b, later, { onProgress: (p) => seen.push(p) })
    // The new session and its follow-up.
    expect(seen.at(-1)).toEqual({ done: 2, total: 2 })
    expect(await b.sessions.count()).toBe(4)
  })

  it('a cancelled Excel import writes nothing, not even the people it would create', async () => {
    await buildStudio(a)
    const bytes = await makeXlsx([
      {
        name: '督导记录',
        rows: [
          ['督导日期', '开始时间', '结束时间', '督导者', '被督导者', '督导内容'],
          ['2025年3月6日', '14:00', '15:30', '周晓岚', '新来的社工', '回顾个案'],
          ['2025年3月13日', '9:00', '11:00', '周晓岚', '韩雨桐', '小组复盘'],
        ],
      },
    ])
    const before = await readAllTables(a)
    const options = { today: '2025-06-30', yearConfirmed: true, skipUnmapped: true }

    await expect(importExcelFile(a, bytes, { ...options, ...cancelAtStart() })).rejects.toBeInstanceOf(BulkWriteCancelled)
    expect(await readAllTables(a)).toEqual(before)

    const seen: BulkProgress[] = []
    const { result } = await importExcelFile(a, bytes, { ...options, onProgress: (p) => seen.push(p) })
    expect(result.imported).toBe(2)
    // One new person, two sessions.
    expect(seen.at(-1)).toEqual({ done: 3, total: 3 })
  })
})
