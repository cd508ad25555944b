import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { StudioApi } from '@shared/studio-api'
import { readBackup } from '@shared/backup'
import { backupNow, takeSafetyBackup } from '@renderer/db/backup-flow'
import { autoBackupApi, dailyAutoBackupIfDue, type AutoBackupApi, type AutoBackupEntry } from '@renderer/db/backup-auto'
import { getPreferences } from '@renderer/db/settings'
import { setClockForTests } from '@renderer/db/clock'
import { SCHEMA_VERSION, type StudioDatabase } from '@renderer/db/schema'
import { freshDatabaseEachTest } from './fresh-databases'
import { buildStudio } from './studio-fixture'

function fakeHost(opts: { saved?: boolean; auto?: boolean } = {}) {
  const saves: { suggestedName: string; data: Uint8Array }[] = []
  const autos: { data: Uint8Array; reason: string; createdAt: string }[] = []
  const host: StudioApi & Partial<AutoBackupApi> = {
    platform: opts.auto ? 'electron' : 'browser',
    getAppVersion: async () => '0.1.0',
    saveFile: async (r) => {
      saves.push(r)
      return { saved: opts.saved ?? true, path: opts.auto ? `/home/u/${r.suggestedName}` : undefined }
    },
    openFile: async () => null,
  }
  if (opts.auto) {
    host.writeAutoBackup = async (r) => {
      autos.push(r)
      return { name: `auto-${autos.length}.sgbak`, size: r.data.byteLength, createdAt: r.createdAt, reason: r.reason } satisfies AutoBackupEntry
    }
    host.listAutoBackups = async () => []
    host.readAutoBackup = async () => new Uint8Array()
  }
  return { host, saves, autos }
}

describe('backup flows behind the 备份与恢复 card', () => {
  let db: StudioDatabase
  freshDatabaseEachTest((fresh) => {
    db = fresh
  })

  it('立即备份 saves through the bridge and only then records lastBackupAt', async () => {
    await buildStudio(db)
    const cancelled = fakeHost({ saved: false })
    await backupNow(db, cancelled.host)
    expect((await getPreferences(db)).lastBackupAt).toBeNull()
    const ok = fakeHost()
    const r = await backupNow(db, ok.host)
    expect(r.saved).toBe(true)
    expect(ok.saves[0]!.suggestedName).toMatch(/\.sgbak$/)
    expect((await readBackup(ok.saves[0]!.data, { schemaVersion: SCHEMA_VERSION, now: new Date() })).manifest.counts.sessions).toBe(3)
    expect((await getPreferences(db)).lastBackupAt).not.toBeNull()
  })

  it('the copy before a restore: a download in the browser, an automatic backup in Electron, none for an empty database', async () => {
    const empty = fakeHost()
    expect(await takeSafetyBackup(db, empty.host, 'before-restore')).toBeNull()
    expect(empty.saves).toHaveLength(0)

    await buildStudio(db)
    const browser = fakeHost()
    const copy = await takeSafetyBackup(db, browser.host, 'before-restore')
    expect(copy).toMatchObject({ savedTo: 'download' })
    expect(copy!.fileName).toMatch(/^恢复前自动备份-/)
    expect(browser.saves).toHaveLength(1)
    expect(await takeSafetyBackup(db, browser.host, 'before-merge')).toBeNull()

    const electron = fakeHost({ auto: true })
    const auto = await takeSafetyBackup(db, electron.host, 'before-restore')
    expect(auto).toMatchObject({ savedTo: 'auto', entry: { name: 'auto-1.sgbak', reason: 'before-restore' } })
    expect(electron.saves).toHaveLength(0)
  })

  it('automatic backups only where the host has the functions; daily means once a day', async () => {
    expect(autoBackupApi(undefined)).toBeNull()
    expect(autoBackupApi(fakeHost().host)).toBeNull()
    const electron = fakeHost({ auto: true })
    const api = autoBackupApi(electron.host)!
    expect(api).not.toBeNull()
    await buildStudio(db)
    setClockForTests(new Date('2025-07-01T08:00:00Z'))
    expect(await dailyAutoBackupIfDue(db, api, '0.1.0')).toMatchObject({ reason: 'daily' })
    setClockForTests(new Date('2025-07-01T20:00:00Z'))
    expect(await dailyAutoBackupIfDue(db, api, '0.1.0')).toBeNull()
    setClockForTests(new Date('2025-07-02T08:30:00Z'))
    expect(await dailyAutoBackupIfDue(db, api, '0.1.0')).toMatchObject({ reason: 'daily' })
    expect(electron.autos).toHaveLength(2)
  })
})
