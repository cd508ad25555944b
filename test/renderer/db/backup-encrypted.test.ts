import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encryptBackup } from '@shared/backup'
import { generateSampleData } from '@shared/sample/generator'
import { createBackup, openBackupFile, openProtectedBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { loadSampleData } from '@renderer/db/sample-data'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

describe('encrypted backup through the restore flow', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  beforeEach(async () => {
    a = freshDb()
    b = freshDb()
    await loadSampleData(a, generateSampleData({ seed: 3, today: '2025-07-15', persons: 12, projects: 3, sessions: 30 }), { today: '2025-07-15' })
    await loadSampleData(b, generateSampleData({ seed: 4, today: '2025-07-15', persons: 8, projects: 2, sessions: 10 }), { today: '2025-07-15' })
  })
  afterEach(async () => {
    await dropDb(a)
    await dropDb(b)
  })

  it('restores with the right password; wrong password or tampering changes nothing', async () => {
    const backup = await createBackup(a, { appVersion: '0.1.0' })
    const sealed = await encryptBackup(backup.bytes, 'correct-horse')
    const before = { persons: await b.persons.count(), sessions: await b.sessions.count() }

    await expect(openBackupFile(sealed)).rejects.toThrow('这是加密备份')
    await expect(openProtectedBackupFile(sealed, 'wrong-horse')).rejects.toThrow('密码不正确')
    const tampered = sealed.slice()
    tampered[tampered.length - 1]! ^= 0xff
    await expect(openProtectedBackupFile(tampered, 'correct-horse')).rejects.toThrow('文件已被改动')
    expect({ persons: await b.persons.count(), sessions: await b.sessions.count() }).toEqual(before)

    await restoreBackup(b, await openProtectedBackupFile(sealed, 'correct-horse'))
    expect((await readAllTables(b)).sessions).toEqual((await readAllTables(a)).sessions)
  })
})
