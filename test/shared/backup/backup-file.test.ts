import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import {
  BackupError,
  backupFileName,
  MANIFEST_NAME,
  readBackup,
  sha256Hex,
  writeBackup,
  type BackupManifest,
} from '@shared/backup'
import { backupMeta, smallTables } from './fixtures'

const now = new Date('2025-06-30T08:00:00.000Z')
const opts = { schemaVersion: 1, now }

async function refused(bytes: Uint8Array, options: Parameters<typeof readBackup>[1] = opts): Promise<BackupError> {
  const err = await readBackup(bytes, options).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(BackupError)
  return err as BackupError
}

/** Opens a written backup, lets the test tamper with it, and zips it again. */
async function tamper(
  bytes: Uint8Array,
  edit: (zip: JSZip, manifest: BackupManifest) => Promise<void> | void,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const manifest = JSON.parse(await zip.file(MANIFEST_NAME)!.async('string')) as BackupManifest
  await edit(zip, manifest)
  if (zip.file(MANIFEST_NAME)) zip.file(MANIFEST_NAME, JSON.stringify(manifest))
  return zip.generateAsync({ type: 'uint8array' })
}

/** Replaces a part's content and fixes its checksum, so only the content is wrong. */
async function replacePart(zip: JSZip, manifest: BackupManifest, table: string, rows: unknown) {
  const data = new TextEncoder().encode(JSON.stringify(rows))
  zip.file(`tables/${table}.json`, data)
  manifest.sha256[`tables/${table}.json`] = await sha256Hex(data)
}

describe('.sgbak backup file', () => {
  it('writes a zip with a manifest and reads it back unchanged', async () => {
    const tables = smallTables()
    const bytes = await writeBackup({ ...backupMeta, tables })
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b])
    const parsed = await readBackup(bytes, opts)
    expect(parsed.manifest).toMatchObject({
      format: 'sgbak',
      appVersion: '0.1.0',
      schemaVersion: 1,
      deviceId: 'device-a',
      studioName: '林泉高级社工师工作室',
      createdAt: '2025-03-07T02:00:00.000Z',
      counts: { persons: 2, sessions: 1, followUps: 1, settings: 1, projects: 0, assessments: 0 },
    })
    expect(Object.keys(parsed.manifest.sha256)).toContain('tables/sessions.json')
    expect(parsed.tables.persons).toEqual(tables.persons)
    expect(parsed.tables.sessions).toEqual(tables.sessions)
    expect(parsed.tables.followUps).toEqual(tables.followUps)
    expect(parsed.tables.settings).toEqual(tables.settings)
    expect(parsed.tables.projects).toEqual([])
  })

  it('hashes each part with SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('names the file after the studio and the local time, without path characters', () => {
    expect(backupFileName('林泉/工作室:1', new Date(2025, 2, 6, 14, 2))).toBe('督导工作台备份-林泉工作室1-20250306-1402.sgbak')
    expect(backupFileName('', new Date(2025, 2, 6, 9, 5))).toBe('督导工作台备份-20250306-0905.sgbak')
  })

  it('refuses a file that is not a zip', async () => {
    const err = await refused(new TextEncoder().encode('姓名,角色\n周晓岚,督导者\n'))
    expect(err.code).toBe('not-zip')
    expect(err.message).toBe('所选文件不是本软件的备份文件（.sgbak），无法打开。')
    // Starts like a zip but is cut short.
    const good = await writeBackup({ ...backupMeta, tables: smallTables() })
    expect((await refused(good.slice(0, 200))).code).toBe('not-zip')
  })

  it('refuses a file damaged on disk (bytes flipped inside a part)', async () => {
    const tables = smallTables()
    tables.persons = Array.from({ length: 200 }, (_, i) => ({ ...tables.persons[0]!, id: `p-${i}`, note: `备注${i}`.repeat(20) }))
    const bytes = await writeBackup({ ...backupMeta, tables })
    const damaged = bytes.slice()
    for (let i = 400; i < 460; i++) damaged[i] = damaged[i]! ^ 0x5a
    const err = await refused(damaged)
    expect(['checksum', 'bad-manifest', 'not-zip']).toContain(err.code)
    expect(err.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('refuses a zip without manifest', async () => {
    const zip = new JSZip()
    zip.file('hello.txt', '你好')
    const err = await refused(await zip.generateAsync({ type: 'uint8array' }))
    expect(err.code).toBe('no-manifest')
    expect(err.message).toContain('缺少清单')
  })

  it('refuses a manifest of another format', async () => {
    const bytes = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), (_z, m) => {
      ;(m as { format: string }).format = 'other'
    })
    const err = await refused(bytes)
    expect(err.code).toBe('bad-manifest')
    expect(err.message).toContain('不是本软件的备份格式')
  })

  it('refuses a checksum mismatch', async () => {
    const bytes = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), (zip) => {
      const rows = smallTables().persons
      rows[0]!.name = '周晓兰'
      zip.file('tables/persons.json', JSON.stringify(rows))
    })
    const err = await refused(bytes)
    expect(err.code).toBe('checksum')
    expect(err.message).toBe('备份文件已损坏：“人员”部分的校验值不符，未导入任何数据。')
  })

  it('refuses a newer schema version: 请升级软件后再导入', async () => {
    const bytes = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), (_z, m) => {
      m.schemaVersion = 2
    })
    const err = await refused(bytes)
    expect(err.code).toBe('newer-schema')
    expect(err.message).toContain('请升级软件后再导入')
    expect(err.message).toContain('数据版本 2')
  })

  it('refuses a manifest that lies about counts', async () => {
    const bytes = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), (_z, m) => {
      m.counts.persons = 3
    })
    const err = await refused(bytes)
    expect(err.code).toBe('count-mismatch')
    expect(err.message).toBe('备份文件内容与清单不符：“人员”清单记为 3 条，实际有 2 条，未导入任何数据。')
  })

  it('refuses a record failing validation, naming table, row and field', async () => {
    const bytes = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), async (zip, m) => {
      const rows = smallTables().sessions
      rows[0]!.endTime = '13:00'
      await replacePart(zip, m, 'sessions', rows)
    })
    const err = await refused(bytes)
    expect(err.code).toBe('invalid-record')
    expect(err.message).toBe('备份中的督导记录第 1 条（DD-2025-0001 2025-03-06）无效：结束时间——结束时间须晚于开始时间。未导入任何数据。')
  })

  it('refuses a part that is not JSON, and one that is missing', async () => {
    const notJson = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), async (zip, m) => {
      const data = new TextEncoder().encode('{oops')
      zip.file('tables/persons.json', data)
      m.sha256['tables/persons.json'] = await sha256Hex(data)
    })
    expect((await refused(notJson)).code).toBe('bad-json')
    const missing = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), (zip) => {
      zip.remove('tables/sessions.json')
    })
    const err = await refused(missing)
    expect(err.code).toBe('missing-part')
    expect(err.message).toContain('缺少“督导记录”部分')
  })

  it('refuses duplicate ids and duplicate 编号', async () => {
    const dupId = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), async (zip, m) => {
      const rows = smallTables().persons
      rows[1]!.id = rows[0]!.id
      await replacePart(zip, m, 'persons', rows)
    })
    expect((await refused(dupId)).code).toBe('duplicate')
    const dupCode = await tamper(await writeBackup({ ...backupMeta, tables: smallTables() }), async (zip, m) => {
      const s = smallTables().sessions[0]!
      const rows = [s, { ...s, id: '55555555-5555-4555-8555-555555555555' }]
      await replacePart(zip, m, 'sessions', rows)
      m.counts.sessions = 2
    })
    const err = await refused(dupCode)
    expect(err.code).toBe('duplicate')
    expect(err.message).toContain('重复的编号')
  })

  it('refuses a file over 100 MB before unzipping', async () => {
    const big = new Uint8Array(100 * 1024 * 1024 + 1)
    big.set([0x50, 0x4b, 3, 4])
    const err = await refused(big)
    expect(err.code).toBe('too-large')
    expect(err.message).toContain('超过备份文件 100 MB 的上限')
  })

  it('migrates an older schema version through the given migrations', async () => {
    const bytes = await writeBackup({ ...backupMeta, schemaVersion: 1, tables: smallTables() })
    const parsed = await readBackup(bytes, {
      schemaVersion: 2,
      now,
      migrations: { 1: (t) => ({ ...t, persons: t.persons.map((p) => ({ ...p, note: `${String(p.note)}迁移` })) }) },
    })
    expect(parsed.tables.persons[0]!.note).toBe('迁移')
    const err = await refused(bytes, { schemaVersion: 2, now })
    expect(err.message).toContain('无法升级数据版本 1')
  })
})
