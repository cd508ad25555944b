import { describe, expect, it } from 'vitest'
import { namesOf } from '@renderer/features/sessions/session-format'

describe('list cells', () => {
  it('names joined with 、, unknown ids named as such', () => {
    const names = new Map([['a', '周晓岚'], ['b', '李文静']])
    expect(namesOf(['b', 'a'], names)).toBe('李文静、周晓岚')
    expect(namesOf(['a', 'x'], names)).toBe('周晓岚、（未知）')
    expect(namesOf([], names)).toBe('')
  })
})
