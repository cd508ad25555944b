import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SYNONYMS, type ColumnChoice, type SheetColumn } from '@shared/excel'
import { ValidationError } from '@shared/model'
import { getImportSynonyms, getRememberedMapping, rememberMapping, saveImportSynonyms } from '@renderer/db/excel-import-settings'
import { createBackup, openBackupFile } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import type { StudioDatabase } from '@renderer/db/schema'
import { twoLaptopsEachTest } from './fresh-databases'

const columns: SheetColumn[] = [
  { index: 0, letter: 'A', header: '日期', filled: 3, sample: '2025-03-06' },
  { index: 1, letter: 'B', header: '联系电话', filled: 3, sample: '138' },
  { index: 2, letter: 'C', header: '签名', filled: 0, sample: '' },
]
const plan: ColumnChoice[] = [{ kind: 'field', field: 'date' }, { kind: 'skip' }, { kind: 'skip' }]

describe('what the Excel import keeps between files', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  twoLaptopsEachTest((laptopA, laptopB) => {
    a = laptopA
    b = laptopB
  })

  it('the synonym table: the defaults until the studio edits it; a word with two meanings is refused', async () => {
    expect(await getImportSynonyms(a)).toEqual(DEFAULT_SYNONYMS)
    const edited = [...DEFAULT_SYNONYMS, { word: '督导会', field: 'mode' as const, value: '团体督导' }]
    await saveImportSynonyms(a, edited)
    expect(await getImportSynonyms(a)).toEqual(edited)
    const err = await saveImportSynonyms(a, [...edited, { word: '督导会', field: 'mode', value: '个别督导' }]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect((err as ValidationError).fields).toEqual({ [`${edited.length}.word`]: '“督导会”已对应到“团体督导”，同一写法只能有一个含义' })
    expect(await getImportSynonyms(a)).toEqual(edited)
  })

  it('mapping choices per header signature; an empty column’s 不导入 is not remembered as a choice', async () => {
    expect(await getRememberedMapping(a, 'sig')).toBeNull()
    await rememberMapping(a, 'sig', { plan, columns, valueChoices: [{ word: '督导会', field: 'mode', value: '团体督导' }], year: 2024, defaults: { followUpDueDays: 14 } })
    expect(await getRememberedMapping(a, 'sig')).toMatchObject({
      plan: [{ kind: 'field', field: 'date' }, { kind: 'skip' }, { kind: 'undecided' }],
      valueChoices: [{ word: '督导会', field: 'mode', value: '团体督导' }],
      year: 2024,
      defaults: { followUpDueDays: 14 },
    })
  })

  it('mapping choices stay on this laptop: never in a backup, kept through a restore; the synonyms travel', async () => {
    await rememberMapping(a, 'sig-a', { plan, columns, valueChoices: [], year: null, defaults: {} })
    await saveImportSynonyms(a, [{ word: '督导会', field: 'mode', value: '团体督导' }])
    await rememberMapping(b, 'sig-b', { plan, columns, valueChoices: [], year: null, defaults: {} })
    const parsed = await openBackupFile((await createBackup(a, { appVersion: '0.1.0' })).bytes)
    expect(parsed.tables.settings.map((r) => r.key)).not.toContain('excelMappings')
    expect(parsed.tables.settings.map((r) => r.key)).toContain('importSynonyms')
    await restoreBackup(b, parsed)
    expect(await getRememberedMapping(b, 'sig-b')).not.toBeNull()
    expect(await getRememberedMapping(b, 'sig-a')).toBeNull()
    expect(await getImportSynonyms(b)).toEqual([{ word: '督导会', field: 'mode', value: '团体督导' }])
  })
})
