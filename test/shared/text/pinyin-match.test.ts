import { describe, expect, it } from 'vitest'
import { matchesName, pinyinInitials } from '@shared/text/pinyin-match'

describe('pinyin matching', () => {
  it('derives initials', () => {
    expect(pinyinInitials('张晓明')).toBe('zxm')
    expect(pinyinInitials('林泉社区')).toBe('lqsq')
  })
  it.each([
    ['张晓明', 'zxm', true],
    ['张晓明', 'ZXM', true],
    ['张晓明', 'xm', true],
    ['张晓明', '晓明', true],
    ['张晓明', 'zhangxiao', true],
    ['张晓明', 'zxn', false],
    ['张晓明', '李', false],
    ['李文静', 'zxm', false],
    ['张晓明', '', true],
  ])('%s / %s → %s', (name, q, expected) => {
    expect(matchesName(name, q)).toBe(expected)
  })
})
