import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StudioDatabase } from '@renderer/db/schema'
import { allRollups, applyDistrictFetch, importRollupFile, lastDistrictSync } from '@renderer/db/district-rollups'
import { getDistrictConfig, saveDistrictConfig } from '@renderer/db/district-config'
import { saveSyncConfig } from '@renderer/db/sync-config'
import { RollupRefused } from '@shared/district/rollup-input'
import { sampleRollups } from '../../support/rollup-sample'

const name = `district-test-${process.pid}`
let db: StudioDatabase

beforeEach(async () => {
  db = new StudioDatabase(name)
  await db.open()
})
afterEach(async () => {
  db.close()
  await Dexie.delete(name)
})

const docs = sampleRollups({ studios: 3, periods: ['2026Q1', '2026Q2'] })

describe('importing a .sgrollup file', () => {
  it('stores every document of the file, one per studio and period', async () => {
    const r = await importRollupFile(db, JSON.stringify(docs), 'a.sgrollup')
    expect(r).toMatchObject({ stored: 6, unchanged: 0, periods: ['2026Q1', '2026Q2'] })
    expect((await allRollups(db)).map((d) => d._id).sort()).toEqual(docs.map((d) => d._id).sort())
  })

  it('refuses the whole file for one bad document, naming its studio and period, and stores nothing', async () => {
    const bad = [...docs.slice(0, 3), { ...docs[3]!, sessionText: '督导过程：……' }]
    await expect(importRollupFile(db, JSON.stringify(bad), 'b.sgrollup')).rejects.toThrow(RollupRefused)
    await expect(importRollupFile(db, JSON.stringify(bad), 'b.sgrollup')).rejects.toThrow(
      `工作室“${docs[3]!.studio.name}”（${docs[3]!.studio.code}）2026年第2季度的汇总数据无效`,
    )
    expect(await db.rollups.count()).toBe(0)
  })

  it('refuses what is not a roll-up file', async () => {
    await expect(importRollupFile(db, 'PK\u0003\u0004…', '备份.sgbak')).rejects.toThrow('备份.sgbak不是汇总数据文件（.sgrollup）：内容无法读取')
  })

  it('keeps a newer copy when an older file of the same period comes later', async () => {
    const newer = { ...docs[0]!, generatedAt: '2026-07-01T00:00:00.000Z', supervisors: { count: 9 } }
    await importRollupFile(db, JSON.stringify(newer))
    const r = await importRollupFile(db, JSON.stringify(docs[0]))
    expect(r).toMatchObject({ stored: 0, unchanged: 1 })
    expect((await allRollups(db))[0]!.supervisors.count).toBe(9)
  })
})

describe('storing what a district sync fetched', () => {
  it('stores the studios that answered, keeps what failed ones had, forgets studios no longer granted', async () => {
    const [a, b, c] = ['ws001', 'ws002', 'ws003'].map((code) => docs.filter((d) => d.studio.code === code))
    await applyDistrictFetch(db, [{ code: 'ws003', ok: true, docs: c! }], ['ws003'])
    await importRollupFile(db, JSON.stringify(a![0]))
    const r = await applyDistrictFetch(
      db,
      [
        { code: 'ws001', ok: true, docs: a! },
        { code: 'ws002', ok: false, message: '工作室 ws002：本区账号无权读取它的汇总数据' },
      ],
      ['ws001', 'ws002'],
    )
    // The copy of ws001's first period from the file is as new as the server's: it stays.
    expect(r).toEqual({ stored: 1, unchanged: 1, studios: 1, problems: ['工作室 ws002：本区账号无权读取它的汇总数据'], removed: 2 })
    expect((await allRollups(db)).map((d) => d._id).sort()).toEqual(a!.map((d) => d._id).sort())
    expect(b).toHaveLength(2)
    expect(await lastDistrictSync(db)).toMatchObject({ studios: 1, problems: ['工作室 ws002：本区账号无权读取它的汇总数据'] })
  })
})

describe('district mode and studio sync', () => {
  it('refuses district mode on a computer that syncs as a studio', async () => {
    await saveSyncConfig(db, { serverUrl: 'http://127.0.0.1:5984', studioCode: 'linquan', username: 'li' })
    await expect(saveDistrictConfig(db, { serverUrl: 'http://127.0.0.1:5984', username: 'qu', studios: 'a, b' })).rejects.toThrow('请先在“同步”中停止同步')
    expect(await getDistrictConfig(db)).toBeNull()
  })

  it('saves the granted codes as typed, sorted and without repeats', async () => {
    const saved = await saveDistrictConfig(db, { serverUrl: '127.0.0.1:5984', username: ' qu ', studios: 'xuejiadao，linquan、linquan\nfuding' })
    expect(saved).toEqual({ serverUrl: 'https://127.0.0.1:5984', username: 'qu', studios: ['fuding', 'linquan', 'xuejiadao'] })
    await expect(saveDistrictConfig(db, { serverUrl: '', username: '', studios: '林泉 linquan' })).rejects.toThrow('工作室代码“林泉”不正确')
  })
})
