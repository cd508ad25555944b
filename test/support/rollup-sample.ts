/**
 * Roll-up documents of several studios over several periods, for the district's tests, bench and
 * e2e (the studio side computes real ones from its records; the district only reads them). Valid
 * by `rollupDocumentSchema`, deterministic for a seed, with figures of the size a studio has:
 * 15–45 sessions a quarter, 4–9 projects, some red with the index's own reasons.
 */
import { rollupDocId, ROLLUP_SCHEMA_VERSION, type RollupDocument, type RollupProject } from '@shared/rollup/document'
import { monthsOf } from '@shared/domain/period'
import { colourFor } from '@shared/domain/supervision-index/grading'
import { DEFAULT_THRESHOLDS } from '@shared/domain/supervision-index/default-framework'
import { overdueDropReason, vetoReason } from '@shared/domain/supervision-index/drop-reasons'
import { DEFAULT_TOPICS, SESSION_FUNCTIONS, SESSION_MODES } from '@shared/model/constants'
import { PROJECT_THEMES, SAMPLE_COMMUNITIES } from '@shared/sample/places'
import { Rng } from '@shared/sample/prng'

export const SAMPLE_QUARTERS = ['2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3'] as const

const NUMERALS = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export interface SampleStudio {
  code: string
  name: string
  communities: string[]
}

export function sampleStudios(n: number): SampleStudio[] {
  const streets = [...new Set(SAMPLE_COMMUNITIES.map((c) => c.street))]
  return Array.from({ length: n }, (_, i) => {
    const street = streets[i % streets.length]!
    const round = Math.floor(i / streets.length)
    const suffix = round === 0 ? '' : `（${NUMERALS[round % 10] || String(round + 1)}${round >= 10 ? round + 1 : ''}）`
    return {
      code: `ws${String(i + 1).padStart(3, '0')}`,
      name: `${street}高级社会工作师工作室${suffix}`,
      communities: SAMPLE_COMMUNITIES.filter((c) => c.street === street).map((c) => c.name),
    }
  })
}

function spread(rng: Rng, keys: readonly string[], count: number, minutes: number) {
  const weights = keys.map(() => rng.int(1, 6))
  const sum = weights.reduce((a, b) => a + b, 0)
  let leftCount = count
  let leftMinutes = minutes
  return keys
    .map((key, i) => {
      const last = i === keys.length - 1
      const c = last ? leftCount : Math.min(leftCount, Math.floor((count * weights[i]!) / sum))
      const m = last ? leftMinutes : Math.min(leftMinutes, Math.floor((minutes * weights[i]!) / sum))
      leftCount -= c
      leftMinutes -= m
      return { key, count: c, minutes: m }
    })
    .filter((b) => b.count > 0)
}

function projectsOf(rng: Rng, studio: SampleStudio, period: string, previous: Map<string, number>): RollupProject[] {
  const n = 4 + (hash(studio.code) % 6)
  return Array.from({ length: n }, (_, i) => {
    const theme = PROJECT_THEMES[(hash(studio.code) + i * 5) % PROJECT_THEMES.length]!
    const community = studio.communities[i % studio.communities.length] ?? '中心社区'
    const id = `${studio.code}-p${i + 1}`
    const assessed = rng.chance(0.92)
    const draft = assessed && rng.chance(0.06)
    if (!assessed || draft) {
      return { id, name: `${community}${theme.label}项目`, community, state: draft ? '草稿' : '未评估', totalTenths: null, colour: null, changeTenths: null, dropReasons: [] }
    }
    const total = rng.int(560, 975)
    let colour = colourFor(total, DEFAULT_THRESHOLDS).colour
    const dropReasons: RollupProject['dropReasons'] = []
    if (rng.chance(0.04)) {
      dropReasons.push(vetoReason('安全事故', '活动中一名老人摔伤'))
      colour = '红色'
    } else if (colour === '黄色' && rng.chance(0.3)) {
      dropReasons.push(overdueDropReason(rng.int(1, 3), 30, '黄色', '红色'))
      colour = '红色'
    }
    const before = previous.get(id)
    previous.set(id, total)
    return {
      id,
      name: `${community}${theme.label}项目`,
      community,
      state: '已定稿',
      totalTenths: total,
      colour,
      changeTenths: before === undefined ? null : total - before,
      dropReasons,
    }
  })
}

function hash(text: string): number {
  let h = 7
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h
}

/** One studio's roll-up of one period. */
export function sampleRollup(studio: SampleStudio, period: string, seed = 1, previous = new Map<string, number>()): RollupDocument {
  const rng = new Rng(seed, `${studio.code}|${period}`)
  const months = monthsOf(period)
  const count = rng.int(15, 45) * (months.length / 3)
  const minutes = count * rng.int(70, 120)
  const covered = rng.int(8, 24)
  const total = rng.int(count, count * 2)
  const done = rng.int(Math.floor(total / 2), total)
  const overdue = rng.int(0, Math.min(6, total - done))
  const planned = rng.chance(0.85) ? rng.int(200, 480) : 0
  const held = planned ? Math.min(planned, rng.int(Math.floor(planned * 0.7), planned + 40)) : 0
  return {
    _id: rollupDocId(studio.code, period),
    type: 'rollup',
    schemaVersion: ROLLUP_SCHEMA_VERSION,
    studio: { code: studio.code, name: studio.name },
    period,
    generatedAt: `${months.at(-1)}-28T09:30:00.000Z`,
    assessments: { projects: 0, finalised: 0, drafts: 0 },
    sessions: {
      count,
      minutes,
      byMode: spread(rng, SESSION_MODES, count, minutes),
      byFunction: spread(rng, SESSION_FUNCTIONS, count, minutes),
      byMonth: spread(rng, months, count, minutes),
    },
    topics: spread(rng, DEFAULT_TOPICS.slice(0, rng.int(4, 10)), count, minutes).sort((a, b) => b.count - a.count),
    supervisors: { count: rng.int(1, 4) },
    supervisees: { covered, minutes: minutes + rng.int(0, minutes), named: null },
    followUps: { total, done, open: total - done, overdue },
    projects: projectsOf(rng, studio, period, previous),
    plan: planned
      ? {
          agreements: covered,
          plannedTenths: planned,
          heldTowardPlanTenths: held,
          completionTenths: Math.floor((held * 1000) / planned),
          behind: held < planned ? rng.int(1, 4) : 0,
        }
      : null,
  }
}

/** `studios` studios × `periods`, each studio's projects carried from one period to the next. */
export function sampleRollups(options: { studios: number; periods?: readonly string[]; seed?: number }): RollupDocument[] {
  const periods = options.periods ?? SAMPLE_QUARTERS
  return sampleStudios(options.studios).flatMap((studio) => {
    const previous = new Map<string, number>()
    return periods.map((period) => {
      const doc = sampleRollup(studio, period, options.seed ?? 1, previous)
      const states = doc.projects
      doc.assessments = {
        projects: states.length,
        finalised: states.filter((p) => p.state === '已定稿').length,
        drafts: states.filter((p) => p.state === '草稿').length,
      }
      return doc
    })
  })
}

