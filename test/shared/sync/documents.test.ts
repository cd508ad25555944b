import { describe, expect, it } from 'vitest'
import { docContent, docDecision, isStudioBookkeepingDoc, recordToDocs } from '@shared/sync/documents'

const decision = {
  at: '2026-03-05T10:00:00.000Z',
  by: '周晓岚',
  fields: [
    { field: 'questions', values: ['家暴个案', '安全计划'], chosen: '安全计划' },
    { field: 'riskLevel', values: ['一般', '严重'], chosen: '严重' },
  ],
}

describe('a 冲突处理 decision on a record document', () => {
  it('travels beside the content, not in it', () => {
    const { doc } = recordToDocs('sessions', { id: 's1', sensitive: 0, questions: '安全计划', riskLevel: '严重', rev: 4 }, 'linquan', {}, decision)
    expect(docDecision(doc)).toEqual(decision)
    expect(docContent(doc)).toEqual({ id: 's1', sensitive: 0, questions: '安全计划', riskLevel: '严重' })
  })

  it('of a 敏感 record leaves its texts out: they never reach the studio database, as values of a decision either', () => {
    const { doc, text } = recordToDocs('sessions', { id: 's1', sensitive: 1, questions: '安全计划', riskLevel: '严重' }, 'linquan', {}, decision)
    expect(JSON.stringify(doc)).not.toContain('安全计划')
    expect(JSON.stringify(doc)).not.toContain('家暴个案')
    expect(docDecision(doc)?.fields.map((f) => f.field)).toEqual(['riskLevel'])
    expect(text).toMatchObject({ questions: '安全计划' })
  })

  it('a malformed one is ignored', () => {
    for (const decided of [null, 'x', { at: 1, by: '', fields: [] }, { at: '2026-03-05', by: '', fields: [{ field: 'phone', values: ['1'] }] }])
      expect(docDecision({ _id: 'persons:p1', decided })).toBeNull()
  })
})

describe('isStudioBookkeepingDoc: the studio database’s documents that are no record', () => {
  it('is the design document and meta: documents, not records, texts or look-alikes', () => {
    expect(['_design/studio', 'meta:laptops', 'meta:studio'].map(isStudioBookkeepingDoc)).toEqual([true, true, true])
    expect(['persons:p1', 'sessions-text:s1', 'metadata:x', 'design/studio'].map(isStudioBookkeepingDoc)).toEqual([false, false, false, false])
  })
})
