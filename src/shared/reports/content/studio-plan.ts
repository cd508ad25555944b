/**
 * The 下阶段计划 a 工作室督导工作总结 proposes when the user typed none: numbered lines drawn
 * from the period's figures (red and yellow projects, overdue follow-ups, hours below target,
 * the topics that came up most, the next period's assessments).
 */
import type { DashboardData } from '../../domain/dashboard'
import { nextPeriod, periodLabel } from '../../domain/period'
import type { Bucket } from '../../domain/statistics'
import { joinLimited } from './common'

/** A sensible 下阶段计划 from the period's figures (numbered lines). */
export function defaultPlan(f: {
  period: string
  board: DashboardData | null
  overdueCount: number
  longOverdueCount: number
  overdueDropDays: number
  belowHoursTarget: readonly string[]
  topics: readonly Bucket[]
  hoursPerMonth: number
}): string[] {
  const lines: string[] = []
  const rows = f.board?.rows ?? []
  const red = rows.filter((r) => r.colour === '红色').map((r) => r.name)
  const yellow = rows.filter((r) => r.colour === '黄色').map((r) => r.name)
  if (red.length > 0) {
    lines.push(`对红色预警的 ${red.length} 个项目（${joinLimited(red, 4)}）实行重点督导，每月至少开展一次现场督导，督促承接机构制定整改清单并限期完成，下期复评。`)
  }
  if (yellow.length > 0) {
    lines.push(`对黄色（合格）的 ${yellow.length} 个项目加强过程督导，对照年度目标逐月跟踪活动场次、服务人次和志愿者参与情况。`)
  }
  if (f.overdueCount > 0) {
    lines.push(
      `督促逾期的 ${f.overdueCount} 项跟进事项限期落实${f.longOverdueCount > 0 ? `，逾期超过 ${f.overdueDropDays} 天的 ${f.longOverdueCount} 项由工作室负责人逐项过问` : ''}。`,
    )
  }
  if (f.belowHoursTarget.length > 0) {
    lines.push(`对本期督导时数未达到每月 ${f.hoursPerMonth} 小时目标的 ${f.belowHoursTarget.length} 个项目（${joinLimited(f.belowHoursTarget, 3)}）增加督导安排。`)
  }
  const topics = f.topics.slice(0, 2).map((t) => `“${t.key}”`)
  if (topics.length > 0) {
    lines.push(`围绕${topics.join('')}等本期集中出现的议题，组织专题团体督导或培训，提升一线社工的专业能力。`)
  }
  lines.push(`按时完成${periodLabel(nextPeriod(f.period))}的项目评估，及时为督导记录定稿并请被督导者确认。`)
  return lines.map((l, i) => `${i + 1}. ${l}`)
}
