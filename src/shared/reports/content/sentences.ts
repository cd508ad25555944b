/**
 * The sentences the reports generate from their numbers. Each one is written for every case of
 * its counts — none, all, some (and one, where Chinese says it differently) — so a report never
 * reads 「到期 13 项……逾期未完成 13 项，其中逾期超过 30 天的 13 项」: where all share a property
 * the sentence says 均, where none do it says so, and only some get 其中. Pure: they format what
 * the domain functions counted.
 */
import { COLOURS, GRADE_OF, type Colour } from '../../domain/supervision-index/grading'
import { formatTenths } from '../../domain/supervision-index/scoring'
import type { Bucket } from '../../domain/statistics'
import { formatHours } from '../../text/format'

/** 'a' · 'a和b' · 'a、b和c'. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`
}

/** '增加 5 次' / '减少 2 次' / '持平'. */
export function deltaWords(delta: number, unit: string, digits: (n: number) => string = String): string {
  if (delta > 0) return `增加 ${digits(delta)} ${unit}`
  if (delta < 0) return `减少 ${digits(-delta)} ${unit}`
  return '持平'
}

/**
 * Follow-ups due in a period and how many were done by its end, without the full stop:
 * 「本季度无到期的跟进事项」, 「…到期的跟进事项 13 项，期末前均未完成」, 「…均已在期末前完成」,
 * 「…期末前完成 9 项，完成率 90.0%」.
 */
export function dueSentence(lead: string, due: number, completed: number, rateText: string): string {
  if (due === 0) return `${lead}无到期的跟进事项`
  const head = `${lead}到期的跟进事项 ${due} 项`
  if (completed === 0) return `${head}，期末前${due === 1 ? '' : '均'}未完成`
  if (completed === due) return `${head}，${due === 1 ? '已' : '均已'}在期末前完成`
  return `${head}，期末前完成 ${completed} 项，完成率 ${rateText}`
}

/**
 * Follow-ups overdue on a date, and how many by more than the drop days, without the full stop:
 * 「截至X，没有逾期未完成的跟进事项」, 「…逾期未完成的跟进事项 13 项，均已逾期超过 30 天」,
 * 「…，其中逾期超过 30 天的 2 项」.
 */
export function overdueSentence(asOf: string, overdue: number, longOverdue: number, days: number): string {
  if (overdue === 0) return `截至${asOf}，没有逾期未完成的跟进事项`
  const head = `截至${asOf}，逾期未完成的跟进事项 ${overdue} 项`
  if (longOverdue === 0) return head
  if (longOverdue === overdue) return `${head}，${overdue === 1 ? '已' : '均已'}逾期超过 ${days} 天`
  return `${head}，其中逾期超过 ${days} 天的 ${longOverdue} 项`
}

/** The two above as one sentence: 「本季度到期……；截至……。」 */
export function followUpSentence(
  f: { lead: string; due: number; completed: number; rateText: string; asOf: string; overdue: number; longOverdue: number; days: number },
): string {
  return `${dueSentence(f.lead, f.due, f.completed, f.rateText)}；${overdueSentence(f.asOf, f.overdue, f.longOverdue, f.days)}。`
}

/** 「个别督导 16 次（22.8 小时）、团体督导……」 (the hours as the table prints them, adding up: statistics partHoursTexts) or, when one 方式 was used, 「均为个别督导」. */
function modeParts(modes: readonly Bucket[]): { single: string | null; list: string } {
  const used = modes.filter((b) => b.count > 0)
  return {
    single: used.length === 1 ? used[0]!.key : null,
    list: used.map((b) => `${b.key} ${b.count} 次（${b.hours} 小时）`).join('、'),
  }
}

/** 从督导方式看…… for a summary; null without sessions. */
export function modeSentence(modes: readonly Bucket[]): string | null {
  const m = modeParts(modes)
  if (!m.list) return null
  return m.single ? `督导方式均为${m.single}。` : `从督导方式看，${m.list}。`
}

/**
 * 从督导功能看……: the note that one session may serve several functions only when some did
 * (the counts then add up to more than the sessions).
 */
export function functionSentence(functions: readonly Bucket[], sessions: number): string | null {
  const used = functions.filter((b) => b.count > 0)
  if (used.length === 0) return null
  if (used.length === 1) return `督导功能均为${used[0]!.key}功能。`
  const several = used.reduce((s, b) => s + b.count, 0) > sessions
  return `从督导功能看，涉及${used.map((b) => `${b.key}功能 ${b.count} 次`).join('、')}${several ? '（一次督导可兼具多项功能）' : ''}。`
}

/** 督导议题中出现最多的是……; null without topics. */
export function topicSentence(topics: readonly Bucket[]): string | null {
  const top = topics.slice(0, 3)
  if (top.length === 0) return null
  const parts = top.map((b) => `“${b.key}”（${b.count} 次）`)
  return top.length === 1 ? `督导议题为${parts[0]}。` : `督导议题中出现最多的是${listAnd(parts)}。`
}

/** 本季度共开展督导……: the activity of a period, or that there was none. */
export function activitySentence(
  word: string,
  s: { count: number; minutes: number; supervisees: number; projects: number; supervisors: number },
): string {
  if (s.count === 0) return `${word}未开展督导。`
  const projects = s.projects > 0 ? `、服务项目 ${s.projects} 个` : ''
  return `${word}共开展督导 ${s.count} 次，累计 ${formatHours(s.minutes)}，覆盖被督导者 ${s.supervisees} 人${projects}，参与督导的督导者 ${s.supervisors} 人。`
}

/** 与上一期相比……; null when the previous period had no session (nothing to compare with). */
export function comparisonSentence(
  previousLabel: string,
  now: { count: number; minutes: number; hoursTenths: number },
  before: { count: number; minutes: number; hoursTenths: number },
): string | null {
  if (before.count === 0) return null
  const lead = `与${previousLabel}（${before.count} 次、${formatHours(before.minutes)}）相比，`
  const dCount = now.count - before.count
  const dTenths = now.hoursTenths - before.hoursTenths
  if (dCount === 0 && dTenths === 0) return `${lead}督导次数和时数均持平。`
  return `${lead}督导次数${deltaWords(dCount, '次')}，督导时数${deltaWords(dTenths, '小时', formatTenths)}。`
}

/**
 * The index of a period in one sentence: how many projects took part, how many are final, and
 * their colours — only the colours that occur; 「均为…」 when they all share one.
 */
export function indexSentence(lead: string, projects: number, final: number, counts: Readonly<Record<Colour, number>>): string {
  if (final === 0) return `${lead}尚无定稿的项目评估。`
  const took = final === projects ? `参与社工督导指数评估的 ${projects} 个项目均已定稿` : `参与社工督导指数评估的项目 ${projects} 个，已定稿 ${final} 个`
  const present = COLOURS.filter((c) => counts[c] > 0)
  const colours =
    present.length === 1
      ? `${final === 1 ? '为' : '均为'}${present[0]}（${GRADE_OF[present[0]!]}）`
      : `其中${present.map((c) => `${c}（${GRADE_OF[c]}）${counts[c]} 个`).join('、')}`
  return `${lead}${took}，${colours}。`
}
