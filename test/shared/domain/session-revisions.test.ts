import { describe, expect, it } from 'vitest'
import type { FollowUp } from '@shared/model'
import {
  followUpSummary,
  mergeFollowUp,
  REVISION_FIELD_LABELS,
  savedFollowUp,
  sessionRevisionChanges,
  type FollowUpFields,
} from '@shared/domain/session-revisions'

const stored: FollowUp = {
  id: 'f1',
  sessionId: 's1',
  content: '两周内补齐本月个案记录',
  ownerId: 'w1',
  dueDate: '2025-07-24',
  // Marked done on 跟进事项 after the form loaded it.
  status: '已完成',
  completedDate: '2025-07-14',
  completionNote: '已补齐',
  createdAt: '2025-07-10T01:00:00.000Z',
  updatedAt: '2025-07-14T08:00:00.000Z',
  deletedAt: null,
  rev: 1,
}
/** The row as the form loaded it, before 跟进事项 marked it done. */
const loaded = { id: 'f1', content: '两周内补齐本月个案记录', ownerId: 'w1', dueDate: '2025-07-24', status: '待办' as const, completedDate: null, completionNote: '' }
const { id: _id, ...loadedFields } = loaded
const typed = (over: Partial<FollowUpFields> = {}): FollowUpFields => ({ ...loadedFields, ...over })

describe('mergeFollowUp', () => {
  it('keeps the stored value of every group of fields the form left as loaded', () => {
    expect(mergeFollowUp(stored, typed({ dueDate: '2025-08-15' }), loaded)).toEqual({
      content: '两周内补齐本月个案记录',
      ownerId: 'w1',
      dueDate: '2025-08-15',
      status: '已完成',
      completedDate: '2025-07-14',
      completionNote: '已补齐',
    })
  })

  it('takes the whole status group from the form when the user changed any of it', () => {
    expect(mergeFollowUp(stored, typed({ status: '已取消' }), loaded)).toEqual({
      content: '两周内补齐本月个案记录',
      ownerId: 'w1',
      dueDate: '2025-07-24',
      status: '已取消',
      completedDate: null,
      completionNote: '',
    })
    expect(mergeFollowUp(stored, typed({ completionNote: '另行说明' }), loaded)).toMatchObject({ status: '待办', completedDate: null, completionNote: '另行说明' })
  })

  it('without the loaded rows, writes the form as it is', () => {
    const t = typed({ content: '改写的内容' })
    expect(mergeFollowUp(stored, t, undefined)).toBe(t)
  })
})

describe('savedFollowUp', () => {
  const at = '2025-07-15T09:00:00.000Z'
  it('moves updatedAt only when a field changed', () => {
    expect(savedFollowUp(stored, typed(), loaded, at)).toEqual(stored)
    expect(savedFollowUp(stored, typed({ dueDate: '2025-08-15' }), loaded, at)).toEqual({ ...stored, dueDate: '2025-08-15', updatedAt: at })
    expect(savedFollowUp(stored, typed(), undefined, at)).toEqual({ ...stored, status: '待办', completedDate: null, completionNote: '', updatedAt: at })
  })
})

describe('sessionRevisionChanges', () => {
  const session = {
    id: 's1', date: '2025-07-10', advice: '建议先做需求评估', superviseeIds: ['w1'], feedbackScore: null, location: '林泉社区', updatedAt: '2025-07-10T01:00:00.000Z',
  }
  const rows = [{ content: '补齐记录', ownerId: 'w1', dueDate: '2025-07-24', status: '待办' as const, completedDate: null }]

  it('lists changed fields in the form\'s order with their labels, null for a missing value', () => {
    const after = { ...session, advice: '建议先做需求评估，再设计小组方案', superviseeIds: ['w1', 'w2'], feedbackScore: 4, location: undefined, updatedAt: 'later' }
    expect(sessionRevisionChanges({ session, followUps: rows }, { session: after, followUps: rows })).toEqual([
      { field: 'location', label: '地点', before: '林泉社区', after: null },
      { field: 'superviseeIds', label: '被督导者', before: ['w1'], after: ['w1', 'w2'] },
      { field: 'advice', label: '督导意见与建议', before: '建议先做需求评估', after: '建议先做需求评估，再设计小组方案' },
      { field: 'feedbackScore', label: '被督导者反馈', before: null, after: 4 },
    ])
  })

  it('names the follow-up rows as one change when their content, owner, due date or status differ', () => {
    const done = [{ ...rows[0]!, status: '已完成' as const, completedDate: '2025-07-14' }]
    expect(sessionRevisionChanges({ session, followUps: rows }, { session, followUps: done })).toEqual([
      {
        field: 'followUps',
        label: '跟进事项',
        before: [{ content: '补齐记录', ownerId: 'w1', dueDate: '2025-07-24', status: '待办' }],
        after: [{ content: '补齐记录', ownerId: 'w1', dueDate: '2025-07-24', status: '已完成' }],
      },
    ])
    // A completion date alone is not part of the record's history (the follow-up keeps its own).
    const dated = [{ ...rows[0]!, completedDate: '2025-07-14' }]
    expect(sessionRevisionChanges({ session, followUps: rows }, { session, followUps: dated })).toEqual([])
    expect(sessionRevisionChanges({ session, followUps: rows }, { session, followUps: [] })).toEqual([
      { field: 'followUps', label: '跟进事项', before: followUpSummary(rows), after: [] },
    ])
  })

  it('names every form field and the follow-ups, nothing else', () => {
    expect(Object.keys(REVISION_FIELD_LABELS)).toEqual([
      'date', 'startTime', 'endTime', 'location', 'mode', 'functions', 'kind', 'supervisorIds', 'superviseeIds', 'projectIds', 'topics',
      'questions', 'process', 'advice', 'supervisorReflection', 'superviseeReflection', 'feedbackScore', 'riskLevel', 'riskNote',
      'sensitive', 'nextDate', 'confirmation', 'goalIds', 'followUps',
    ])
  })
})
