import { describe, expect, it } from 'vitest'
import { DEFAULT_SYNONYMS, indexSynonyms, matchFunctions, matchMode, synonymTableSchema, type SynonymEntry } from '@shared/excel'

const index = indexSynonyms(DEFAULT_SYNONYMS)

describe('督导方式 as studios write it', () => {
  it.each([
    ['个督', '个别督导'],
    ['团督', '团体督导'],
    ['朋辈', '朋辈督导'],
    ['现场', '现场督导'],
    ['线上', '线上督导'],
    ['视频', '线上督导'],
    ['电话', '线上督导'],
    ['腾讯会议', '线上督导'],
    ['团体督导', '团体督导'],
    ['个别督导', '个别督导'],
    ['小组', '团体督导'],
    ['一对一', '个别督导'],
    ['Ｗ 团 督 ', '团体督导'],
    ['线上团督', '线上督导'],
    ['个督（电话）', '个别督导'],
  ])('%s → %s', (text, mode) => expect(matchMode(text, index)).toBe(mode))

  it('an unknown word is no mode', () => {
    expect(matchMode('喝茶', index)).toBeNull()
    expect(matchMode('', index)).toBeNull()
  })

  it('a word the studio added counts; the canonical names count whatever the table says', () => {
    const studio: SynonymEntry[] = [{ word: '督导会', field: 'mode', value: '团体督导' }]
    expect(matchMode('督导会', indexSynonyms(studio))).toBe('团体督导')
    expect(matchMode('个督', indexSynonyms(studio))).toBeNull()
    expect(matchMode('现场督导', indexSynonyms([]))).toBe('现场督导')
  })
})

describe('督导功能 as studios write it', () => {
  it.each([
    ['教育', ['教育']],
    ['教育、支持', ['教育', '支持']],
    ['支持性、行政性', ['行政', '支持']],
    ['培训', ['教育']],
    ['情绪支持', ['支持']],
    ['行政 教育 支持', ['行政', '教育', '支持']],
    ['管理', ['行政']],
    ['喝茶', []],
  ])('%s → %j', (text, fns) => expect(matchFunctions(text, index)).toEqual(fns))
})

describe('the table as saved in 设置', () => {
  it('accepts the defaults', () => {
    expect(synonymTableSchema.safeParse(DEFAULT_SYNONYMS).success).toBe(true)
  })
  it('refuses a word with two meanings, an unknown meaning and an empty word, in Chinese', () => {
    const r = synonymTableSchema.safeParse([
      { word: '督导会', field: 'mode', value: '团体督导' },
      { word: '督导会', field: 'mode', value: '个别督导' },
      { word: '', field: 'mode', value: '团体督导' },
      { word: '聊天', field: 'functions', value: '聊天' },
    ])
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['2.word', '请填写写法'],
      ['3.value', '含义须为督导方式或督导功能之一'],
      ['1.word', '“督导会”已对应到“团体督导”，同一写法只能有一个含义'],
    ])
  })
})
