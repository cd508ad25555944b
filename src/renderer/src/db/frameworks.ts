import {
  frameworkInputSchema,
  parseOrThrow,
  ValidationError,
  type FrameworkData,
  type IndexFramework,
} from '@shared/model'
import { buildDefaultFramework, DEFAULT_FRAMEWORK_LINEAGE_ID } from '@shared/domain/supervision-index/default-framework'
import { validateFrameworkWeights } from '@shared/domain/supervision-index/scoring'
import { nowIso } from './clock'
import { newId, newMeta } from './records'
import type { StudioDatabase } from './schema'
import { getPreferences, updatePreferences } from './settings'
import { expectVersion, versioned, write } from './write'
import { withoutVersion } from '@shared/domain/record-version'

/**
 * The built-in 参考模板 v1 has a fixed id on every laptop, so the lead merging several
 * supervisors' databases gets one template, not one per laptop, and the sample data's
 * assessments can point at it.
 */
export const DEFAULT_FRAMEWORK_ID = '12345000-0000-4000-8000-000000000001'

/** The framework as the store keeps it (the default with its fixed id and record meta). */
export function defaultFrameworkRecord(at: string = nowIso()): IndexFramework {
  return { ...newMeta(at), ...buildDefaultFramework(DEFAULT_FRAMEWORK_LINEAGE_ID), id: DEFAULT_FRAMEWORK_ID }
}

/**
 * First run: creates the default "12345" framework v1 (参考模板) and makes it the studio's current
 * framework when none is set (or the one set is gone). Idempotent; safe to call on every start.
 * Returns the current framework.
 */
export async function ensureDefaultFramework(db: StudioDatabase): Promise<IndexFramework> {
  return write(db, ['frameworks', 'settings'], async () => {
    let template = await db.frameworks.get(DEFAULT_FRAMEWORK_ID)
    if (!template) {
      template = defaultFrameworkRecord()
      await db.frameworks.add(template)
    }
    const prefs = await getPreferences(db)
    const current = prefs.currentFrameworkId ? await db.frameworks.get(prefs.currentFrameworkId) : undefined
    if (current && !current.deletedAt) return current
    await updatePreferences(db, { currentFrameworkId: template.id })
    return template
  })
}

/** All frameworks, grouped by lineage (the 参考模板's lineage first, then by name), newest version first within a lineage. */
export async function listFrameworks(db: StudioDatabase): Promise<IndexFramework[]> {
  const all = (await db.frameworks.toArray()).filter((f) => f.deletedAt === null)
  const lineageName = new Map<string, string>()
  const templateLineages = new Set<string>()
  for (const f of all) {
    // A lineage is named after its first version, so it does not jump around when renamed.
    if (!lineageName.has(f.lineageId) || f.version === 1) lineageName.set(f.lineageId, f.name)
    if (f.isTemplate) templateLineages.add(f.lineageId)
  }
  return all.sort(
    (a, b) =>
      Number(templateLineages.has(b.lineageId)) - Number(templateLineages.has(a.lineageId)) ||
      (lineageName.get(a.lineageId) ?? '').localeCompare(lineageName.get(b.lineageId) ?? '', 'zh-CN') ||
      a.lineageId.localeCompare(b.lineageId) ||
      b.version - a.version,
  )
}

/** Every framework including removed ones: an assessment names the one it was scored with. */
export async function allFrameworks(db: StudioDatabase): Promise<IndexFramework[]> {
  return db.frameworks.toArray()
}

/** One framework as stored (also a removed one: the caller says so), or undefined. */
export async function getFramework(db: StudioDatabase, id: string): Promise<IndexFramework | undefined> {
  return db.frameworks.get(id)
}

export interface FrameworkUsage {
  final: number
  draft: number
}

/** How many live assessments use each framework version, final and draft (by framework id). */
export async function frameworkUsage(db: StudioDatabase): Promise<Map<string, FrameworkUsage>> {
  const map = new Map<string, FrameworkUsage>()
  for (const a of await db.assessments.toArray()) {
    if (a.deletedAt) continue
    const u = map.get(a.frameworkId) ?? { final: 0, draft: 0 }
    if (a.status === '已定稿') u.final += 1
    else u.draft += 1
    map.set(a.frameworkId, u)
  }
  return map
}

/** The studio's current framework (creating the default on first use). */
export async function getCurrentFramework(db: StudioDatabase): Promise<IndexFramework> {
  const prefs = await getPreferences(db)
  if (prefs.currentFrameworkId) {
    const f = await db.frameworks.get(prefs.currentFrameworkId)
    if (f && !f.deletedAt) return f
  }
  return ensureDefaultFramework(db)
}

export async function setCurrentFramework(db: StudioDatabase, id: string): Promise<void> {
  await write(db, ['frameworks', 'settings'], async () => {
    const f = await db.frameworks.get(id)
    if (!f || f.deletedAt) throw new Error('指数框架不存在')
    await updatePreferences(db, { currentFrameworkId: id })
  })
}

/** Editable content of a framework (what the 指数框架 editor changes). */
export type FrameworkContent = Pick<FrameworkData, 'name' | 'note' | 'dimensions' | 'thresholds'>

/**
 * Every check a framework must pass before it is stored, as Chinese messages keyed by field
 * path ('dimensions.0.indicators.1.weight'); `weights` carries the weight-total message.
 */
export function frameworkErrors(content: FrameworkContent): Record<string, string> {
  const out: Record<string, string> = {}
  const parsed = frameworkInputSchema.safeParse({ ...content, version: 1, lineageId: 'x' })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.')
      if (!(key in out)) out[key] = issue.message
    }
  }
  const dimCodes = new Map<string, number>()
  const indCodes = new Map<string, string>()
  content.dimensions.forEach((d, di) => {
    const code = d.code.trim()
    if (code && dimCodes.has(code)) out[`dimensions.${di}.code`] ??= `维度编号 ${code} 重复`
    dimCodes.set(code, di)
    d.indicators.forEach((i, ii) => {
      const c = i.code.trim()
      if (c && indCodes.has(c)) out[`dimensions.${di}.indicators.${ii}.code`] ??= `指标编号 ${c} 重复`
      indCodes.set(c, `${di}.${ii}`)
      if (!Number.isFinite(i.weight)) out[`dimensions.${di}.indicators.${ii}.weight`] ??= '权重须为数字'
      else if (Math.abs(i.weight * 100 - Math.round(i.weight * 100)) > 1e-6)
        out[`dimensions.${di}.indicators.${ii}.weight`] ??= '权重最多保留两位小数'
    })
  })
  const allWeightsNumeric = content.dimensions.every((d) => d.indicators.every((i) => Number.isFinite(i.weight) && i.weight >= 0))
  if (allWeightsNumeric) {
    const weights = validateFrameworkWeights(content.dimensions)
    if (weights) out.weights = weights
  }
  return out
}

function checkContent(content: FrameworkContent): void {
  const errors = frameworkErrors(content)
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
}

export interface SaveFrameworkResult {
  framework: IndexFramework
  /** True when the edit was stored as a new version (the edited one was frozen or the 参考模板). */
  newVersion: boolean
}

/** Why an edit of this framework goes to a new version, or null when it is edited in place. */
export function newVersionReason(f: Pick<FrameworkData, 'frozen' | 'isTemplate'>): string | null {
  if (f.frozen === 1) return '此版本已被定稿的评估使用，已冻结'
  if (f.isTemplate) return '参考模板保持不变'
  return null
}

async function nextVersion(db: StudioDatabase, lineageId: string): Promise<number> {
  const last = await db.frameworks
    .where('[lineageId+version]')
    .between([lineageId, 0], [lineageId, Number.MAX_SAFE_INTEGER], true, true)
    .last()
  return (last?.version ?? 0) + 1
}

/**
 * Saves an edit of framework `id`. A frozen framework (used by a final assessment) and the
 * 参考模板 are never changed: the edit becomes a new version of the same lineage (version + 1),
 * so every assessment keeps the framework it was scored on. When the edited framework was the
 * studio's current one, the new version becomes current. One transaction.
 */
export async function saveFramework(db: StudioDatabase, id: string, content: FrameworkContent, options: { expectedRev?: number } = {}): Promise<SaveFrameworkResult> {
  checkContent(content)
  const at = nowIso()
  return write(db, ['frameworks', 'settings'], async () => {
    const existing = await db.frameworks.get(id)
    if (!existing || existing.deletedAt) throw new Error('指数框架不存在')
    expectVersion('frameworks', existing, options.expectedRev)
    const data = parseOrThrow(frameworkInputSchema, {
      ...content,
      version: existing.version,
      lineageId: existing.lineageId,
      isTemplate: existing.isTemplate,
    })
    if (newVersionReason(existing) === null) {
      const next: IndexFramework = versioned(existing, { ...existing, ...data, frozen: 0 as const, updatedAt: at })
      await db.frameworks.put(next)
      return { framework: next, newVersion: false }
    }
    const version = await nextVersion(db, existing.lineageId)
    const created: IndexFramework = { ...newMeta(at), ...data, version, isTemplate: false, frozen: 0 }
    await db.frameworks.add(created)
    const prefs = await getPreferences(db)
    if (prefs.currentFrameworkId === existing.id) await updatePreferences(db, { currentFrameworkId: created.id })
    return { framework: created, newVersion: true }
  })
}

/** Name and note of a studio version made from the 参考模板 (so v2 is not labelled a template). */
export function studioVersionOf<T extends Pick<FrameworkData, 'name' | 'note' | 'isTemplate'>>(f: T): Pick<FrameworkData, 'name' | 'note'> {
  if (!f.isTemplate) return { name: f.name, note: f.note }
  return {
    name: f.name.replace('参考模板', '工作室版'),
    note: `依据参考模板修订。${f.note.replace(/^参考模板[：:]/, '')}`.slice(0, 1000),
  }
}

/** 复制为新版本: the same content as version + 1 of the lineage, editable (not frozen, not the template). */
export async function copyAsNewVersion(db: StudioDatabase, id: string): Promise<IndexFramework> {
  const at = nowIso()
  return write(db, ['frameworks'], async () => {
    const existing = await db.frameworks.get(id)
    if (!existing || existing.deletedAt) throw new Error('指数框架不存在')
    const version = await nextVersion(db, existing.lineageId)
    const copy: IndexFramework = {
      ...withoutVersion(structuredClone(existing)),
      ...newMeta(at),
      ...studioVersionOf(existing),
      version,
      isTemplate: false,
      frozen: 0,
    }
    await db.frameworks.add(copy)
    return copy
  })
}

/** 另存为新框架: a new lineage starting at v1 (for a studio's own index). */
export async function copyAsNewFramework(db: StudioDatabase, id: string, name: string): Promise<IndexFramework> {
  const at = nowIso()
  const trimmed = name.trim()
  if (!trimmed) throw new ValidationError({ name: '框架名称必填' })
  return write(db, ['frameworks'], async () => {
    const existing = await db.frameworks.get(id)
    if (!existing || existing.deletedAt) throw new Error('指数框架不存在')
    const copy: IndexFramework = {
      ...withoutVersion(structuredClone(existing)),
      ...newMeta(at),
      name: trimmed,
      lineageId: newId(),
      version: 1,
      isTemplate: false,
      frozen: 0,
    }
    await db.frameworks.add(copy)
    return copy
  })
}

/** Versions of one lineage, oldest first. */
export async function lineageVersions(db: StudioDatabase, lineageId: string): Promise<IndexFramework[]> {
  const rows = await db.frameworks.where('lineageId').equals(lineageId).toArray()
  return rows.filter((f) => f.deletedAt === null).sort((a, b) => a.version - b.version)
}
