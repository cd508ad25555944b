/**
 * The roll-up document (issue 17): what a studio tells its district about one period, and
 * nothing more. One document per studio and period, `rollup:<studio code>:<period>`, in the
 * studio's `studio-<code>-rollup` database (or a `.sgrollup` file for a studio without a
 * network). It is computed by the studio's app with the same domain functions as its own
 * dashboard and statistics, so the district's sums equal the studios' own figures.
 *
 * What it must never carry: the free text of a 督导记录 or 跟进事项, and the names of
 * supervisees unless the studio opted in for that period (`superviseeNames`). The schema is
 * strict so that a field added later by mistake is refused rather than passed on.
 */
import { z } from 'zod'
import { COLOURS } from '../domain/supervision-index/grading'
import { isPeriodCode } from '../domain/period'
import { DROP_REASON_KINDS } from '../model/framework'
import { STUDIO_CODE_RE } from '../sync/studio-code'

export const ROLLUP_SCHEMA_VERSION = 1
export const ROLLUP_PREFIX = 'rollup:'

export const rollupDocId = (studioCode: string, period: string) => `${ROLLUP_PREFIX}${studioCode}:${period}`

const count = z.number().int().min(0)
const tenths = z.number().int()
const short = (max: number) => z.string().max(max)

/** A count and the minutes of the sessions in it (hours are shown as minutes / 60, one decimal). */
export const rollupBucketSchema = z.strictObject({ key: short(60), count, minutes: count })
export type RollupBucket = z.infer<typeof rollupBucketSchema>

export const rollupProjectSchema = z.strictObject({
  /** The project's id in the studio: stable across periods, so the district can draw its trend. */
  id: short(64),
  name: short(100),
  community: short(100),
  state: z.enum(['已定稿', '草稿', '未评估']),
  /** Final assessments only (tenths of a point: 924 = 92.4 分). */
  totalTenths: tenths.nullable(),
  colour: z.enum(COLOURS).nullable(),
  /** Against the previous period's final total; null when either is missing. */
  changeTenths: tenths.nullable(),
  /** Why the colour is lower than the total alone would give (the index's own reasons). */
  dropReasons: z.array(z.strictObject({ kind: z.enum(DROP_REASON_KINDS), text: short(300) })).max(20),
})
export type RollupProject = z.infer<typeof rollupProjectSchema>

export const rollupDocumentSchema = z.strictObject({
  _id: z.string(),
  _rev: z.string().optional(),
  type: z.literal('rollup'),
  schemaVersion: z.literal(ROLLUP_SCHEMA_VERSION),
  studio: z.strictObject({ code: z.string().regex(STUDIO_CODE_RE), name: short(100) }),
  /** A 评估周期 code: 2026Q1, 2026H1, 2026Y. */
  period: z.string().refine(isPeriodCode, { message: '周期代码无效' }),
  /** When the studio's app computed it (ISO); a newer one replaces the older. */
  generatedAt: z.string(),
  /** Assessments of the period: all final, or how many are still drafts. */
  assessments: z.strictObject({ projects: count, finalised: count, drafts: count }),
  sessions: z.strictObject({
    count,
    minutes: count,
    byMode: z.array(rollupBucketSchema),
    byFunction: z.array(rollupBucketSchema),
    byMonth: z.array(rollupBucketSchema),
  }),
  /** 议题 frequencies, most frequent first. */
  topics: z.array(rollupBucketSchema).max(200),
  supervisors: z.strictObject({ count }),
  supervisees: z.strictObject({
    /** People who took part in at least one session of the period as supervisee. */
    covered: count,
    /** Sum over supervisees of their session minutes (a 团体督导 counts for each). */
    minutes: count,
    /** Only when the studio opted in for this period: name, sessions, minutes. */
    named: z.array(z.strictObject({ name: short(50), count, minutes: count })).nullable(),
  }),
  followUps: z.strictObject({ total: count, done: count, open: count, overdue: count }),
  projects: z.array(rollupProjectSchema).max(2000),
  /** Supervision agreements active in the period (issue 19); null when the studio keeps none. */
  plan: z
    .strictObject({
      agreements: count,
      plannedTenths: count,
      heldTowardPlanTenths: count,
      /** Tenths of a percent; null when nothing was planned. */
      completionTenths: count.nullable(),
      behind: count,
    })
    .nullable(),
})
export type RollupDocument = z.infer<typeof rollupDocumentSchema>
