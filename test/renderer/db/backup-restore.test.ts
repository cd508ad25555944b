import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { BackupError, sha256Hex } from '@shared/backup'
import { ensureDefaultFramework } from '@renderer/db/frameworks'
import { createBackup, openBackupFile, readAllTables, backupOverdue, backupReminderDue, backupSnoozeEnd, hasContent, hasEnteredData } from '@renderer/db/backup'
import { restoreBackup, summarizeBackup } from '@renderer/db/backup-restore'
import { getPreferences, getStudioInfo } from '@renderer/db/settings'
import { softDelete } from '@renderer/db/records'
import type { StudioDatabase } from '@renderer/db/schema'
import { tableCounts } from './helpers'
import { twoLaptopsEachTest } from './fresh-databases'
import { buildStudio, step } from './studio-fixture'

describe('backup and restore (data layer)', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  twoLaptopsEachTest((laptopA, laptopB) => {
    a = laptopA
    b = laptopB
  })

  it('round trip: backup → restore into an empty database → the same records', async () => {
    const { sessions } = await buildStudio(a)
    step()
    await softDelete(a, 'sessions', sessions[2]!.id)
    const backup = await createBackup(a, { appVersion: '0.1.0' })
    expect(backup.fileName).toMatch(/^督导工作台备份-林泉高级社工师工作室-\d{8}-\d{4}\.sgbak$/)
    expect(backup.counts.sessions).toBe(3)

    const parsed = await openBackupFile(backup.bytes)
    const summary = summarizeBackup(parsed)
    expect(summary.studioName).toBe('林泉高级社工师工作室')
    expect(summary.counts.find((c) => c.table === 'sessions')).toEqual({ table: 'sessions', label: '督导记录', total: 3, live: 2 })

    await restoreBackup(b, parsed)
    const before = await readAllTables(a)
    const after = await readAllTables(b)
    // Every table but settings (device identity, sync bookkeeping) comes over as it was.
    expect({ ...after, settings: null }).toEqual({ ...before, settings: null })
    expect(await getStudioInfo(b)).toEqual(await getStudioInfo(a))
    // The restored laptop keeps an identity of its own and remembers the exchange.
    const prefsA = await getPreferences(a)
    const prefsB = await getPreferences(b)
    expect(prefsB.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(prefsB.deviceId).not.toBe(prefsA.deviceId)
    // When this laptop was last backed up is its own: a file never says.
    expect(prefsB.lastBackupAt).toBeNull()
    expect(await b.settings.get(`sync:${prefsA.deviceId}`)).toMatchObject({
      key: `sync:${prefsA.deviceId}`,
      value: { deviceId: prefsA.deviceId, studioName: '林泉高级社工师工作室', fileCreatedAt: backup.createdAt, kept: {} },
    })
  })

  it('restoring replaces everything that was there, in one go', async () => {
    await buildStudio(a)
    const backup = await createBackup(a, { appVersion: '0.1.0' })
    await buildStudio(b)
    await buildStudio(b)
    expect(await b.sessions.count()).toBe(6)
    await restoreBackup(b, await openBackupFile(backup.bytes))
    expect(await b.sessions.count()).toBe(3)
    expect(await b.persons.count()).toBe(3)
  })

  it('restoring its own backup keeps the device id and adds no exchange record', async () => {
    await buildStudio(a)
    const backup = await createBackup(a, { appVersion: '0.1.0' })
    const id = (await getPreferences(a)).deviceId
    await restoreBackup(a, await openBackupFile(backup.bytes))
    expect((await getPreferences(a)).deviceId).toBe(id)
    expect((await a.settings.toArray()).filter((r) => r.key.startsWith('sync:'))).toEqual([])
  })

  it('a write failure inside the restore leaves the database as it was', async () => {
    await buildStudio(a)
    const backup = await createBackup(a, { appVersion: '0.1.0' })
    const parsed = await openBackupFile(backup.bytes)
    await buildStudio(b)
    const before = await tableCounts(b)
    // Two progress rows for the same project and quarter violate the unique index mid-way.
    const p = parsed.tables.progress[0]!
    parsed.tables.progress.push({ ...p, id: crypto.randomUUID() })
    await expect(restoreBackup(b, parsed)).rejects.toMatchObject({ name: 'BulkError', failures: [{ name: 'ConstraintError' }] })
    expect(await tableCounts(b)).toEqual(before)
  })

  describe('bad files: Chinese message, database unchanged', () => {
    async function expectRefused(bytes: Uint8Array, code: string, text: string | RegExp) {
      await buildStudio(b)
      const before = await tableCounts(b)
      const snapshot = await readAllTables(b)
      const err = await openBackupFile(bytes)
        .then((p) => restoreBackup(b, p))
        .then(
          () => null,
          (e: unknown) => e,
        )
      expect(err).toBeInstanceOf(BackupError)
      expect((err as BackupError).code).toBe(code)
      expect((err as BackupError).message).toMatch(text)
      expect(await tableCounts(b)).toEqual(before)
      expect(await readAllTables(b)).toEqual(snapshot)
    }
    async function goodBytes() {
      await buildStudio(a)
      return (await createBackup(a, { appVersion: '0.1.0' })).bytes
    }
    async function rezip(bytes: Uint8Array, edit: (zip: JSZip, manifest: { counts: Record<string, number>; sha256: Record<string, string>; [field: string]: unknown }) => Promise<void> | void) {
      const zip = await JSZip.loadAsync(bytes)
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'))
      await edit(zip, manifest)
      if (zip.file('manifest.json')) zip.file('manifest.json', JSON.stringify(manifest))
      return zip.generateAsync({ type: 'uint8array' })
    }

    it('not a zip', () => expectRefused(new TextEncoder().encode('not a backup'), 'not-zip', '不是本软件的备份文件'))
    it('a zip without manifest', async () => {
      const bytes = await rezip(await goodBytes(), (zip) => {
        zip.remove('manifest.json')
      })
      await expectRefused(bytes, 'no-manifest', '缺少清单')
    })
    it('a checksum mismatch', async () => {
      const bytes = await rezip(await goodBytes(), async (zip) => {
        const text = await zip.file('tables/sessions.json')!.async('string')
        zip.file('tables/sessions.json', text.replace('先建立信任关系', '先建立信任关系！'))
      })
      await expectRefused(bytes, 'checksum', '“督导记录”部分的校验值不符')
    })
    it('a newer schema version', async () => {
      const bytes = await rezip(await goodBytes(), (_z, m) => {
        m.schemaVersion = 99
      })
      await expectRefused(bytes, 'newer-schema', '请升级软件后再导入')
    })
    it('a manifest that lies about counts', async () => {
      const bytes = await rezip(await goodBytes(), (_z, m) => {
        m.counts.sessions = 30
      })
      await expectRefused(bytes, 'count-mismatch', '“督导记录”清单记为 30 条，实际有 3 条')
    })
    it('a record failing validation', async () => {
      const bytes = await rezip(await goodBytes(), async (zip, m) => {
        const rows = JSON.parse(await zip.file('tables/persons.json')!.async('string')) as { name: string; role: string }[]
        const i = rows.findIndex((r) => r.name === '韩雨桐')
        rows[i]!.role = '院长'
        m.badRow = i + 1
        const data = new TextEncoder().encode(JSON.stringify(rows))
        zip.file('tables/persons.json', data)
        m.sha256['tables/persons.json'] = await sha256Hex(data)
      })
      const row = JSON.parse(await (await JSZip.loadAsync(bytes)).file('manifest.json')!.async('string')).badRow as number
      await expectRefused(bytes, 'invalid-record', `备份中的人员第 ${row} 条（韩雨桐）无效：角色——请选择角色。未导入任何数据。`)
    })
    it('a file over 100 MB', async () => {
      const big = new Uint8Array(100 * 1024 * 1024 + 10)
      big.set([0x50, 0x4b, 3, 4])
      await expectRefused(big, 'too-large', '超过备份文件 100 MB 的上限')
    })
  })

  it('backup reminder: due when data exists and the last backup is older than 7 days', async () => {
    const at = new Date('2025-06-10T00:00:00Z')
    expect(backupOverdue(null, false, at)).toBe(false)
    expect(backupOverdue(null, true, at)).toBe(true)
    expect(backupOverdue('2025-06-04T00:00:00Z', true, at)).toBe(false)
    expect(backupOverdue('2025-06-02T23:00:00Z', true, at)).toBe(true)
    expect(await hasContent(b)).toBe(false)
    // The template framework the app puts in a new database is nothing the studio entered.
    await ensureDefaultFramework(b)
    expect(await hasContent(b)).toBe(true)
    expect(await hasEnteredData(b)).toBe(false)
    await buildStudio(b)
    expect(await hasEnteredData(b)).toBe(true)
  })

  it('backup reminder: 3 天后再提醒 puts it away for three days, and a snooze from a wrong clock does not count', () => {
    const at = new Date('2025-06-10T00:00:00Z')
    expect(backupSnoozeEnd(at)).toBe('2025-06-13T00:00:00.000Z')
    const due = (snoozed: string | null, now = at) => backupReminderDue({ lastBackupAt: null, backupReminderSnoozedUntil: snoozed }, true, now)
    expect(due(null)).toBe(true)
    expect(due('2025-06-13T00:00:00.000Z')).toBe(false)
    expect(due('2025-06-13T00:00:00.000Z', new Date('2025-06-12T23:59:00Z'))).toBe(false)
    expect(due('2025-06-13T00:00:00.000Z', new Date('2025-06-13T00:00:01Z'))).toBe(true)
    expect(due('2099-01-01T00:00:00.000Z')).toBe(true)
    expect(backupReminderDue({ lastBackupAt: null, backupReminderSnoozedUntil: null }, false, at)).toBe(false)
  })
})
