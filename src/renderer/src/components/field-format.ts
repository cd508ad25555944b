import type { FollowUpInput } from '@shared/model'
import { formatDate, formatTimestamp } from '@shared/text/format'
import { plainValue } from './ConflictDialog'

export interface NameMaps {
  persons: ReadonlyMap<string, string>
  projects: ReadonlyMap<string, string>
}

const PERSON_LISTS = new Set(['supervisorIds', 'superviseeIds'])
const PERSON_ONE = new Set(['ownerId', 'leaderId'])
const DATES = new Set(['date', 'nextDate', 'dueDate', 'completedDate', 'startDate', 'endDate', 'assessDate'])
const TIMES = new Set(['deletedAt', 'finalizedAt', 'createdAt', 'updatedAt'])

function followUpText(f: FollowUpInput, names: NameMaps): string {
  const owner = f.ownerId ? (names.persons.get(f.ownerId) ?? '—') : '—'
  return `${f.content || '（未填内容）'}（负责人：${owner}，期限 ${f.dueDate ? formatDate(f.dueDate) : '—'}，${f.status ?? '待办'}）`
}

/**
 * A stored field's value as people read it, for the 冲突 dialog and 冲突处理: names for the ids
 * of people and projects, dates as dates, 删除时间 as 已删除（…）, the 跟进事项 one per line.
 */
export function fieldText(names: NameMaps) {
  return (field: string, value: unknown): string => {
    if (PERSON_LISTS.has(field)) return plainValue((value as string[] | null)?.map((id) => names.persons.get(id) ?? id))
    if (PERSON_ONE.has(field)) return value ? (names.persons.get(String(value)) ?? String(value)) : '—'
    if (field === 'projectIds') return plainValue((value as string[] | null)?.map((id) => names.projects.get(id) ?? id))
    if (field === 'projectId') return value ? (names.projects.get(String(value)) ?? String(value)) : '—'
    if (field === 'followUps') return ((value as FollowUpInput[] | null) ?? []).map((f) => followUpText(f, names)).join('\n') || '—'
    if (field === 'deletedAt') return value ? `已删除（${formatTimestamp(String(value))}）` : '未删除'
    if (DATES.has(field)) return value ? formatDate(String(value)) : '—'
    if (TIMES.has(field)) return value ? formatTimestamp(String(value)) : '—'
    if (field === 'sensitive') return value ? '是' : '否'
    return plainValue(value)
  }
}
