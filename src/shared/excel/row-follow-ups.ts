/** A ledger row's 跟进事项: the items of its cell with their 负责人, 期限 and status. */
import { addDays } from '../domain/dates'
import type { FollowUpInput, FollowUpStatus } from '../model'
import { parseLooseDate, parseMonthDay, withYear } from './dates'
import { parseFollowUpStatus, splitFollowUps } from './follow-up-cells'
import { cellText, splitNames, type CellValue } from './text'

export interface FollowUpCells {
  items: string
  owner: CellValue
  due: CellValue
  status: CellValue
}

export interface FollowUpRules {
  today: string
  sessionDate: string
  nextDate: string | null
  /** Whose a follow-up is when the ledger names nobody: a name, or null when the row has nobody to give it to. */
  defaultOwner: { name: string; ref: string } | null
  defaultOwnerLabel: string
  dueDays: number
  /** A name → the person's id or `new:<姓名>`. */
  personRef: (name: string) => string
  /** Whether a name that starts an item (韩雨桐：联系家属) is a person, so the item's 负责人. */
  isKnownName: (name: string) => boolean
}

/**
 * A 期限 as written: a full date, or a month-day in the session's year (the next year when it
 * falls more than half a year before the session: 12月的督导, 1月10日前).
 */
export function dueDateOf(v: CellValue, sessionDate: string): string | null {
  const full = parseLooseDate(v)
  if (full.ok) return full.value
  const md = parseMonthDay(typeof v === 'string' ? v : cellText(v))
  if (!md || !sessionDate) return null
  const year = Number(sessionDate.slice(0, 4))
  const roll = Number(sessionDate.slice(5, 7)) - md.month > 6 ? 1 : 0
  return withYear(md, year + roll)
}

export function readFollowUps(cells: FollowUpCells, rules: FollowUpRules): { followUps: FollowUpInput[]; problems: string[]; warnings: string[] } {
  const problems: string[] = []
  const warnings: string[] = []
  const ownerNames = splitNames(cellText(cells.owner))
  const items = splitFollowUps(cells.items, (name) => rules.isKnownName(name) || ownerNames.includes(name))
  if (items.length === 0) return { followUps: [], problems, warnings }
  const columnStatus = cellText(cells.status) ? parseFollowUpStatus(cellText(cells.status)) : null
  if (cellText(cells.status) && !columnStatus) warnings.push(`跟进事项状态无法识别：“${cellText(cells.status)}”，按 待办 记录`)
  const columnDue = cellText(cells.due) ? dueDateOf(cells.due, rules.sessionDate) : null
  if (cellText(cells.due) && !columnDue && rules.sessionDate) warnings.push(`跟进事项期限无法识别：“${cellText(cells.due)}”`)
  if (ownerNames.length > 1 && ownerNames.length !== items.length)
    warnings.push(`跟进负责人有 ${ownerNames.length} 位、跟进事项有 ${items.length} 条，均按第一位 ${ownerNames[0]} 记录`)

  const followUps = items.map((item, i): FollowUpInput => {
    const label = items.length > 1 ? `跟进事项第 ${i + 1} 条` : '跟进事项'
    if (!item.content) problems.push(`${label}没有内容`)
    else if (item.content.length > 500) problems.push(`${label}超过 500 字`)

    let ownerId = ''
    const ownerName = item.owner ?? (ownerNames.length === items.length ? ownerNames[i] : ownerNames[0]) ?? null
    if (ownerName) ownerId = rules.personRef(ownerName)
    else if (rules.defaultOwner) {
      ownerId = rules.defaultOwner.ref
      warnings.push(`跟进事项未写负责人${items.length > 1 ? '的' : ''}，按${rules.defaultOwnerLabel} ${rules.defaultOwner.name} 记录`)
    } else problems.push(`${label}没有负责人：请填写跟进负责人`)

    let dueDate = item.due ? dueDateOf(item.due, rules.sessionDate) : columnDue
    // Without the session's date a 3月20日 has no year yet: the date's own problem says what to fix.
    if (item.due && !dueDate && rules.sessionDate) warnings.push(`${label}的期限无法识别：“${item.due}”`)
    if (!dueDate && rules.sessionDate) {
      dueDate = rules.nextDate ?? addDays(rules.sessionDate, rules.dueDays)
      warnings.push(`跟进事项未写期限${items.length > 1 ? '的' : ''}，按${rules.nextDate ? '下次督导日期' : `督导后 ${rules.dueDays} 天`} ${dueDate} 记录`)
    }

    const status: FollowUpStatus = item.status ?? columnStatus ?? '待办'
    let completedDate: string | null = null
    if (status === '已完成') {
      completedDate = item.completed ? dueDateOf(item.completed, rules.sessionDate) : null
      if (!completedDate || completedDate > rules.today || (rules.sessionDate && completedDate < rules.sessionDate)) {
        const due = dueDate ?? rules.today
        completedDate = due <= rules.today ? due : rules.today
        if (rules.sessionDate && completedDate < rules.sessionDate) completedDate = rules.sessionDate
        warnings.push(`${label}已完成但${item.completed ? '完成日期不合理' : '未写完成日期'}，按 ${completedDate} 记录`)
      }
    }
    return { content: item.content, ownerId, dueDate: dueDate ?? '', status, completedDate, completionNote: '' }
  })
  return { followUps, problems, warnings: [...new Set(warnings)] }
}
