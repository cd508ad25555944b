import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { describeError } from '@renderer/app/errors'
import { readAllTables } from '@renderer/db/backup'
import { saveSession } from '@renderer/db/sessions'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'
import { setDisk } from './storage-faults'
import { buildStudio, sessionInput } from './studio-fixture'

const DISK_FULL =
  '磁盘空间不足，刚才的内容没有保存。请清理磁盘空间（删除不需要的文件、清空回收站）后再试；已填写的内容仍在表单中，请不要关闭窗口。'

describe('a write on a full disk', () => {
  let db: StudioDatabase
  let people: Awaited<ReturnType<typeof buildStudio>>
  beforeEach(async () => {
    db = freshDb()
    people = await buildStudio(db)
  })
  afterEach(async () => {
    setDisk({})
    await dropDb(db)
  })

  const save = (text: string) =>
    saveSession(db, sessionInput({ supervisorIds: [people.sup.id], superviseeIds: [people.w1.id], questions: text, followUps: [{ content: '回访', ownerId: people.w1.id, dueDate: '2025-06-30' }] }), { today: '2025-06-30' })

  it('says in Chinese that the disk is full and changes nothing', async () => {
    const before = JSON.stringify(await readAllTables(db))
    setDisk({ full: true })
    const error = await save('磁盘满时写的').catch((e: unknown) => e)
    expect(describeError(error, 'save')).toBe(DISK_FULL)
    setDisk({})
    expect(JSON.stringify(await readAllTables(db))).toBe(before)
  })

  it('works again once space is freed, without a restart: the database is reopened', async () => {
    setDisk({ full: true })
    await expect(save('第一次')).rejects.toThrow()
    // Still full: the next action fails for the disk, not for a closed database.
    const again = await save('第二次').catch((e: unknown) => e)
    expect(describeError(again, 'save')).toBe(DISK_FULL)
    setDisk({})
    const { session, followUps } = await save('腾出空间后')
    expect(session.code).toBe('DD-2025-0004')
    expect(followUps).toHaveLength(1)
    expect(await db.sessions.count()).toBe(4)
  })

  it('reads work again once space is freed, even after a read failed on the full disk', async () => {
    setDisk({ full: true })
    await expect(save('磁盘满')).rejects.toThrow()
    // The browser has closed the connection by now.
    await new Promise((r) => setTimeout(r, 20))
    await expect(db.sessions.count()).rejects.toThrow()
    setDisk({})
    // The app tries to reopen in the background (2 s, then less often): no restart, no write needed.
    await vi.waitFor(() => expect(db.sessions.count()).resolves.toBe(3), { timeout: 10_000, interval: 200 })
  })

  it('names a used-up quota the same way', async () => {
    setDisk({ quota: true })
    const error = await save('配额').catch((e: unknown) => e)
    expect(describeError(error, 'save')).toBe(DISK_FULL)
    expect(describeError(error, 'backup')).toBe(
      '磁盘空间不足，这一步没有完成。请清理磁盘空间（删除不需要的文件、清空回收站）后再试；数据库保持原样，没有写入任何数据。',
    )
  })
})
