import {
  assessmentInputSchema,
  checkUndoReason,
  fieldErrors,
  isRealDate,
  ValidationError,
  type Assessment,
  type AssessmentForm,
  type FieldChange,
  type FollowUp,
  type IndexFramework,
  type Project,
  type ProjectProgress,
  type Revision,
  type SupervisionSession,
} from '@shared/model'
import { overdueForProject } from '@shared/domain/followups'
import { alignItems, assessmentErrors, assessmentThatCounts, finalisedGrading } from '@shared/domain/supervision-index/assessment-rules'
import { gradeAssessment, type AssessmentGrade } from '@shared/domain/supervision-index/grading'
import { missingRatingsText } from '@shared/domain/supervision-index/scoring'
import { projectSuggestions, type ProjectActivity, type SuggestionSet } from '@shared/domain/supervision-index/suggestions'
import { isPeriodCode } from '@shared/domain/period'
import { nowIso, todayString } from './clock'
import { assessmentDraftKey } from './drafts'
import { newId, newMeta } from './records'
import type { StudioDatabase } from './schema'
import { expectVersion, versioned, write } from './write'
import { getPreferences } from './settings'

export class AssessmentLockedError extends Error {
  constructor() {
    super('该评估已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。')
    this.name = 'AssessmentLockedError'
  }
}

export class DuplicateAssessmentError extends Error {
  constructor(readonly existingId: string) {
    super('该项目在本评估周期已有评估，请打开原评估修改')
    this.name = 'DuplicateAssessmentError'
  }
}

// ---------------------------------------------------------------------------------------------
// The data behind the suggestions

export interface ProjectActivityRecords extends ProjectActivity {
  project: Project
  progress: ProjectProgress[]
  sessions: SupervisionSession[]
  followUps: FollowUp[]
}

/** A project with its progress, its live linked sessions and their live follow-ups. */
export async function loadProjectActivity(db: StudioDatabase, projectId: string): Promise<ProjectActivityRecords | null> {
  const project = await db.projects.get(projectId)
  if (!project) return null
  const [progress, sessions] = await Promise.all([
    db.progress.where('projectId').equals(projectId).filter((r) => r.deletedAt === null).toArray(),
    db.sessions.where('projectIds').equals(projectId).filter((s) => s.deletedAt === null).toArray(),
  ])
  const followUps =
    sessions.length === 0
      ? []
      : await db.followUps
          .where('sessionId')
          .anyOf(sessions.map((s) => s.id))
          .filter((f) => f.deletedAt === null)
          .toArray()
  return { projectId, targets: project.targets, project, progress, sessions, followUps }
}

export interface AssessmentContext {
  activity: ProjectActivityRecords
  suggestionSet: SuggestionSet
  /** Follow-ups of the project's sessions overdue on the assessment date (the colour drop looks at these). */
  overdue: ReturnType<typeof overdueForProject<FollowUp>>
  overdueDropDays: number
  hoursPerMonth: number
}

/** Suggestions and overdue follow-ups of a project for an assessment of `period` dated `date`. */
export async function loadAssessmentContext(
  db: StudioDatabase,
  projectId: string,
  period: string,
  date: string,
): Promise<AssessmentContext | null> {
  const [activity, prefs] = await Promise.all([loadProjectActivity(db, projectId), getPreferences(db)])
  if (!activity || !isPeriodCode(period)) return null
  return {
    activity,
    suggestionSet: projectSuggestions(activity, period, prefs.supervisionHoursPerMonth),
    overdue: isRealDate(date) ? overdueForProject(activity.sessions, activity.followUps, date) : [],
    overdueDropDays: prefs.overdueDropDays,
    hoursPerMonth: prefs.supervisionHoursPerMonth,
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function loadAssessment(db: StudioDatabase, id: string): Promise<Assessment | undefined> {
  return db.assessments.get(id)
}

/** The live assessment that counts for a project and period, if any (assessmentThatCounts). */
export async function findAssessment(db: StudioDatabase, projectId: string, period: string): Promise<Assessment | undefined> {
  const rows = await db.assessments.where('[projectId+period]').equals([projectId, period]).toArray()
  return assessmentThatCounts(rows, projectId, period) ?? undefined
}

export async function listAssessments(db: StudioDatabase): Promise<Assessment[]> {
  const rows = (await db.assessments.toArray()).filter((a) => a.deletedAt === null)
  return rows.sort((a, b) => b.period.localeCompare(a.period) || b.updatedAt.localeCompare(a.updatedAt))
}

/**
 * Distinct periods that have live assessments, and those that have a final one — read from the
 * period index (keys only), so the 指数看板 can pick its period without reading every record.
 */
export async function assessmentPeriods(db: StudioDatabase): Promise<{ all: string[]; final: string[] }> {
  // One read transaction: on its own, each look-up opens a transaction of its own (with 8
  // periods, 16 of them cost more than the cursors).
  const [keys, found] = await db.transaction('r', db.assessments, async () => {
    const keys = (await db.assessments.orderBy('period').uniqueKeys()) as string[]
    // Every period's two look-ups at once: one after another they wait for each other's round trip.
    const found = await Promise.all(
      keys.map((p) =>
        Promise.all([
          db.assessments.where('period').equals(p).filter((a) => a.deletedAt === null).first(),
          db.assessments.where('period').equals(p).filter((a) => a.deletedAt === null && a.status === '已定稿').first(),
        ]),
      ),
    )
    return [keys, found] as const
  })
  const all: string[] = []
  const final: string[] = []
  keys.forEach((p, i) => {
    const [anyLive, finalOne] = found[i]!
    if (anyLive) all.push(p)
    if (finalOne) final.push(p)
  })
  return { all, final }
}

/** Live assessments of some periods (e.g. this one and the one before, for the 指数看板). */
export async function assessmentsOfPeriods(db: StudioDatabase, periods: readonly string[]): Promise<Assessment[]> {
  if (periods.length === 0) return []
  // One getAll per period: anyOf() walks a cursor, one round trip per record (400 of them for
  // 200 projects), several times slower than reading each period's records in one request.
  const perPeriod = await Promise.all([...new Set(periods)].map((p) => db.assessments.where('period').equals(p).toArray()))
  return perPeriod.flat().filter((a) => a.deletedAt === null)
}

/** Live assessments of one project, every period (its trend line). */
export async function assessmentsOfProject(db: StudioDatabase, projectId: string): Promise<Assessment[]> {
  const rows = await db.assessments.where('projectId').equals(projectId).toArray()
  return rows.filter((a) => a.deletedAt === null)
}

export async function assessmentHistory(db: StudioDatabase, id: string): Promise<Revision[]> {
  const rows = await db.revisions.where('[entity+recordId]').equals(['assessment', id]).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}

/** Form content of a stored assessment. */
export function toAssessmentForm(a: Assessment): AssessmentForm {
  return {
    projectId: a.projectId,
    frameworkId: a.frameworkId,
    period: a.period,
    assessor: a.assessor,
    assessDate: a.assessDate,
    items: a.items.map((i) => ({ ...i })),
    veto: a.veto ? { ...a.veto } : null,
    achievements: a.achievements,
    problems: a.problems,
    improvements: a.improvements,
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

const WRITE_TABLES = ['assessments', 'frameworks', 'projects', 'progress', 'sessions', 'followUps', 'settings', 'drafts', 'revisions'] as const

function parseForm(input: unknown): AssessmentForm {
  const parsed = assessmentInputSchema.safeParse(input)
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error))
  return parsed.data
}

interface Prepared {
  form: AssessmentForm
  framework: IndexFramework
  context: AssessmentContext
  existing: Assessment | undefined
}

/** Inside a transaction: checks and completes the form against the stored data. */
async function prepare(
  db: StudioDatabase,
  input: unknown,
  options: { id?: string | null; today: string; finalize: boolean; expectedRev?: number },
): Promise<Prepared> {
  const raw = parseForm(input)
  const existing = options.id ? await db.assessments.get(options.id) : undefined
  if (options.id && (!existing || existing.deletedAt)) throw new Error('评估不存在或已移入回收站')
  if (existing?.status === '已定稿') throw new AssessmentLockedError()
  if (existing) expectVersion('assessments', existing, options.expectedRev)
  const framework = await db.frameworks.get(raw.frameworkId)
  if (!framework || framework.deletedAt) throw new ValidationError({ frameworkId: '指数框架不存在' })
  const project = await db.projects.get(raw.projectId)
  if (!project || project.deletedAt) throw new ValidationError({ projectId: '项目不存在或已移入回收站' })
  const other = await findAssessment(db, raw.projectId, raw.period)
  if (other && other.id !== existing?.id) throw new DuplicateAssessmentError(other.id)
  const context = await loadAssessmentContext(db, raw.projectId, raw.period, raw.assessDate)
  if (!context) throw new ValidationError({ period: '请选择评估周期' })
  // The suggestions are always the ones of the stored data now, never the form's copy.
  const form: AssessmentForm = { ...raw, items: alignItems(framework, raw.items, context.suggestionSet.suggestions) }
  const errors = assessmentErrors(form, framework, { today: options.today, finalize: options.finalize })
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  if (options.finalize) {
    const missing = missingRatingsText(gradeAssessment(framework, form.items).scores)
    if (missing) throw new ValidationError({ items: missing })
  }
  return { form, framework, context, existing }
}

export interface SaveAssessmentOptions {
  id?: string | null
  today?: string
  by?: string
  /** The version of the assessment the form loaded: a newer stored one is a conflict, nothing is written. */
  expectedRev?: number
}

/**
 * Saves an assessment as 草稿: one per project and period (a second one is refused with the id of
 * the first), the suggestions recomputed from the stored data, 评分依据 required where the rules
 * say so. Removes the form's autosaved draft. One transaction.
 */
export async function saveAssessment(db: StudioDatabase, input: unknown, options: SaveAssessmentOptions = {}): Promise<Assessment> {
  const today = options.today ?? todayString()
  const at = nowIso()
  return write(db, WRITE_TABLES, async () => {
    const { form, existing } = await prepare(db, input, { id: options.id, today, finalize: false, expectedRev: options.expectedRev })
    const record: Assessment = existing
      ? versioned(existing, { ...existing, ...form, updatedAt: at })
      : {
          ...newMeta(at),
          ...form,
          status: '草稿',
          totalTenths: null,
          colour: null,
          grade: null,
          dropReasons: [],
          finalizedAt: null,
        }
    await db.assessments.put(record)
    await db.drafts.delete(assessmentDraftKey(existing ? existing.id : null))
    return record
  })
}

export interface FinalizeResult {
  assessment: Assessment
  grading: AssessmentGrade
}

/**
 * 定稿: saves the form and freezes it in one transaction — the total, colour, grade and the
 * reasons of any drop as they are today, the suggestions with their figures as they are today —
 * and marks the framework version frozen (later edits of it become a new version).
 */
export async function finalizeAssessment(db: StudioDatabase, input: unknown, options: SaveAssessmentOptions = {}): Promise<FinalizeResult> {
  const today = options.today ?? todayString()
  const at = nowIso()
  return write(db, WRITE_TABLES, async () => {
    const { form, framework, context, existing } = await prepare(db, input, { id: options.id, today, finalize: true, expectedRev: options.expectedRev })
    const grading = gradeAssessment(framework, form.items, {
      overdue: context.overdue,
      overdueDropDays: context.overdueDropDays,
      veto: form.veto,
    })
    const base = existing ?? { ...newMeta(at) }
    const content: Assessment = {
      ...base,
      ...form,
      ...finalisedGrading(grading, at),
      updatedAt: at,
    }
    const record: Assessment = existing ? versioned(existing, content) : content
    await db.assessments.put(record)
    if (framework.frozen !== 1) await db.frameworks.put(versioned(framework, { ...framework, frozen: 1 as const, updatedAt: at }))
    await db.drafts.delete(assessmentDraftKey(existing ? existing.id : null))
    const rev: Revision = {
      id: newId(),
      entity: 'assessment',
      recordId: record.id,
      at,
      by: options.by ?? '',
      action: '定稿',
      reason: '',
      changes: [
        { field: 'totalTenths', label: '总分', before: null, after: record.totalTenths },
        { field: 'colour', label: '颜色', before: null, after: record.colour },
      ],
    }
    await db.revisions.add(rev)
    return { assessment: record, grading }
  })
}

/**
 * 撤销定稿: needs a reason. The assessment becomes a draft again (total and colour cleared until
 * the next 定稿); the final values are kept in the revision's snapshot. The framework stays frozen.
 */
export async function unfinalizeAssessment(db: StudioDatabase, id: string, reason: string, by = ''): Promise<Assessment> {
  const why = checkUndoReason(reason)
  const at = nowIso()
  return write(db, ['assessments', 'revisions'], async () => {
    const a = await db.assessments.get(id)
    if (!a || a.deletedAt) throw new Error('评估不存在或已移入回收站')
    if (a.status !== '已定稿') throw new Error('该评估尚未定稿')
    const next: Assessment = versioned(a, { ...a, status: '草稿' as const, totalTenths: null, colour: null, grade: null, dropReasons: [], finalizedAt: null, updatedAt: at })
    const changes: FieldChange[] = [
      { field: 'totalTenths', label: '总分', before: a.totalTenths, after: null },
      { field: 'colour', label: '颜色', before: a.colour, after: null },
    ]
    await db.assessments.put(next)
    await db.revisions.add({ id: newId(), entity: 'assessment', recordId: id, at, by, action: '撤销定稿', reason: why, changes, snapshot: a })
    return next
  })
}

