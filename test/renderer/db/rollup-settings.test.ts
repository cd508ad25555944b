import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/model'
import { storedSettingSchema } from '@shared/model/stored'
import { getRollupSettings, saveRollupStudioCode, setSuperviseeNames } from '@renderer/db/rollup-settings'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

const opened: StudioDatabase[] = []
afterEach(async () => {
  for (const d of opened.splice(0)) await dropDb(d)
})

describe('the studio’s roll-up settings', () => {
  it('gives no names unless chosen, per period, and forgets the choice when turned off', async () => {
    const db = freshDb()
    opened.push(db)
    expect(await getRollupSettings(db)).toEqual({ superviseeNamesPeriods: [], studioCode: '' })
    await setSuperviseeNames(db, '2025Q2', true)
    await setSuperviseeNames(db, '2025Q1', true)
    await setSuperviseeNames(db, '2025Q2', true)
    expect((await getRollupSettings(db)).superviseeNamesPeriods).toEqual(['2025Q1', '2025Q2'])
    await setSuperviseeNames(db, '2025Q2', false)
    expect((await getRollupSettings(db)).superviseeNamesPeriods).toEqual(['2025Q1'])
    await expect(setSuperviseeNames(db, '2025Q5', true)).rejects.toBeInstanceOf(ValidationError)
  })

  it('keeps the code of .sgrollup files, refusing one that is not a studio code', async () => {
    const db = freshDb()
    opened.push(db)
    expect((await saveRollupStudioCode(db, ' linquan ')).studioCode).toBe('linquan')
    await expect(saveRollupStudioCode(db, '临泉')).rejects.toThrow('工作室代码只能用小写字母')
    expect((await getRollupSettings(db)).studioCode).toBe('linquan')
  })

  it('is checked when it comes from a backup', () => {
    const row = (value: unknown) => storedSettingSchema.safeParse({ key: 'rollup', value, updatedAt: '2025-07-15T09:00:00.000Z' }).success
    expect(row({ superviseeNamesPeriods: ['2025Q2'], studioCode: 'linquan' })).toBe(true)
    expect(row({ superviseeNamesPeriods: ['2025-Q2'] })).toBe(false)
  })
})
