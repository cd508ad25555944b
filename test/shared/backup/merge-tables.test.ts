import { describe, expect, it } from 'vitest'
import { sameContent, settleBookkeeping, type Rec } from '@shared/backup'
import { canonicalJson } from '@shared/domain/canonical-json'

const base: Rec = { id: 's1', updatedAt: '2025-03-06T01:02:03.000Z', deletedAt: null, rev: 3, location: '服务站', topics: ['个案工作'], confirmation: { by: '周', at: '2025-03-07' } }

// What sameContent answered before it compared member by member: the canonical texts of the two
// records without the ignored fields. The member-by-member comparison must agree with it everywhere.
const byText = (a: Rec, b: Rec, ignore: Set<string>) => {
  const strip = (r: Rec) => Object.fromEntries(Object.entries(r).filter(([k]) => !ignore.has(k)))
  return canonicalJson(strip(a)) === canonicalJson(strip(b))
}

describe('sameContent', () => {
  const ignore = new Set(['updatedAt', 'rev', 'fieldRevs', 'code'])
  const cases: [string, Rec, boolean][] = [
    ['the same record', { ...base }, true],
    ['only bookkeeping differs', { ...base, rev: 9, updatedAt: '2026-01-01T00:00:00.000Z', code: 'X', fieldRevs: { location: 9 } }, true],
    ['one field differs', { ...base, location: '社区中心' }, false],
    ['null against a missing field', (({ deletedAt: _d, ...r }) => r as Rec)(base), false],
    ['undefined against a missing field', { ...base, extra: undefined }, true],
    ['null against undefined', { ...base, deletedAt: undefined as unknown as null }, false],
    ['a field only the other side has', { ...base, extra: '' }, false],
    ['nested keys in another order', { ...base, confirmation: { at: '2025-03-07', by: '周' } }, true],
    ['a nested value differs', { ...base, confirmation: { by: '周', at: '2025-03-08' } }, false],
    ['an array in another order', { ...base, topics: ['个案工作', '小组工作'] }, false],
    ['an inherited name as a field of one side', { ...base, constructor: 'x' }, false],
    ['a number against its text', { ...base, location: 1 }, false],
  ]
  for (const [what, other, same] of cases)
    it(`${what}: ${same ? 'same' : 'different'}, both ways, as the records' canonical texts say`, () => {
      expect(sameContent(base, other, ignore)).toBe(same)
      expect(sameContent(other, base, ignore)).toBe(same)
      expect(byText(base, other, ignore)).toBe(same)
    })
})

describe('settleBookkeeping', () => {
  const a = { id: 'f1', name: '参考模板', createdAt: '2026-03-04T09:30:00.000Z', updatedAt: '2026-03-04T09:30:00.000Z', frozen: 0 }
  const b = { ...a, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z', frozen: 1 }
  it('first made, last touched, frozen if either froze it: whichever version was kept and in either order', () => {
    const want = { ...a, createdAt: b.createdAt, updatedAt: a.updatedAt, frozen: 1 }
    expect(settleBookkeeping(a, [a, b])).toEqual(want)
    expect(settleBookkeeping(b, [b, a])).toEqual(want)
  })
  it('adds no field a record does not have', () => {
    const person = { id: 'p1', name: '张晓明', updatedAt: '2026-03-01T00:00:00.000Z' }
    expect(settleBookkeeping(person, [person, { ...person, updatedAt: '2026-03-02T00:00:00.000Z' }])).toEqual({ ...person, updatedAt: '2026-03-02T00:00:00.000Z' })
  })
})
