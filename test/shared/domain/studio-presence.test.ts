import { describe, expect, it } from 'vitest'
import { isStudioEmpty, markChanged, parsePresenceMark, presenceMark, vanishedData } from '@shared/domain/studio-presence'

const AT = '2026-12-06T08:00:00.000Z'
const none = { persons: 0, projects: 0, sessions: 0 }
const some = { persons: 12, projects: 4, sessions: 40 }

describe('studio presence: an empty database where this computer last saw records', () => {
  it('calls a studio empty only with no person, project or 督导记录 at all', () => {
    expect(isStudioEmpty(none)).toBe(true)
    for (const one of [{ ...none, persons: 1 }, { ...none, projects: 1 }, { ...none, sessions: 1 }]) expect(isStudioEmpty(one), JSON.stringify(one)).toBe(false)
  })

  it('remembers records, never an empty database', () => {
    expect(presenceMark(some, AT)).toEqual({ ...some, at: AT })
    expect(presenceMark(none, AT)).toBeNull()
    expect(presenceMark({ ...none, persons: 1 }, AT)).toEqual({ persons: 1, projects: 0, sessions: 0, at: AT })
  })

  it('writes the mark again only when the counts change, and never for an empty database', () => {
    expect(markChanged(null, some)).toBe(true)
    expect(markChanged({ ...some, at: AT }, some)).toBe(false)
    expect(markChanged({ ...some, at: AT }, { ...some, sessions: 41 })).toBe(true)
    expect(markChanged({ ...some, at: AT }, none)).toBe(false)
    expect(markChanged(null, none)).toBe(false)
  })

  it('finds the loss only when the database is empty and the mark had records', () => {
    const mark = { ...some, at: AT }
    expect(vanishedData(mark, none)).toEqual(mark)
    expect(vanishedData(mark, { ...none, projects: 1 })).toBeNull()
    expect(vanishedData(null, none)).toBeNull()
    expect(vanishedData({ ...none, at: AT }, none)).toBeNull()
  })

  it('reads a stored mark back, and a damaged or foreign one as none', () => {
    expect(parsePresenceMark(JSON.stringify({ ...some, at: AT }))).toEqual({ ...some, at: AT })
    for (const raw of [null, '', '{', 'null', '[]', JSON.stringify({ ...some }), JSON.stringify({ ...some, sessions: -1, at: AT }), JSON.stringify({ ...some, persons: 1.5, at: AT })])
      expect(parsePresenceMark(raw), String(raw)).toBeNull()
  })
})
