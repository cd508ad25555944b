/**
 * The preview's decisions → what the import writes: the rows that can be imported with their
 * projects resolved, and the people and projects to create. Pure; db/excel-import.ts writes it
 * in one transaction.
 */
import { parseOrThrow, projectInputSchema, type ProjectData, type SessionForm } from '../model'
import { NEW_PERSON_PREFIX, NEW_PROJECT_PREFIX, type ImportPreview, type ProjectDecision } from './preview-types'
import { communityInName } from './project-match'

export interface ImportBatch {
  /** Sessions in date order; ids of people and projects to create are `new:<姓名>` / `new-project:<名称>`. */
  sessions: { key: string; rowNumber: number; form: SessionForm }[]
  newPersons: { name: string; role: '督导者' | '社工' }[]
  newProjects: { name: string; data: ProjectData }[]
}

export class ImportBlockedError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('；'))
    this.name = 'ImportBlockedError'
  }
}

export const NEW_PROJECT_NOTE = '由 Excel 导入时新建，请补充社区、服务领域、资金来源、起止日期等资料'
const COMMUNITY_UNKNOWN = '待补充'

/** Why the preview cannot be imported yet (empty when it can). */
export function importBlockers(preview: ImportPreview, decisions: Readonly<Record<string, ProjectDecision>>, yearConfirmed: boolean): string[] {
  const out: string[] = []
  const pending = preview.projects.filter((p) => p.match.kind !== 'exact' && !decisions[p.name])
  if (pending.length > 0) out.push(`还有 ${pending.length} 个项目名称未确认：${pending.map((p) => `“${p.name}”`).join('、')}`)
  if (preview.assumedYears > 0 && !yearConfirmed) out.push(`有 ${preview.assumedYears} 行的日期没有年份，请先确认推定的年份`)
  if (preview.counts.ok === 0) out.push('没有可导入的行')
  return out
}

export function prepareImport(
  preview: ImportPreview,
  decisions: Readonly<Record<string, ProjectDecision>>,
  options: { yearConfirmed: boolean },
): ImportBatch {
  const blockers = importBlockers(preview, decisions, options.yearConfirmed).filter((b) => b !== '没有可导入的行')
  if (blockers.length > 0) throw new ImportBlockedError(blockers)
  const exact = new Map(preview.projects.flatMap((p) => (p.match.kind === 'exact' ? [[p.name, p.match.project.id] as const] : [])))
  const created = new Map<string, { first: string; last: string }>()
  const sessions: ImportBatch['sessions'] = []
  for (const row of preview.rows) {
    if (row.status !== 'ok' || !row.form) continue
    const date = row.form.date
    const projectIds: string[] = []
    for (const name of row.projectNames) {
      const d = decisions[name]
      const id = exact.get(name) ?? (d?.kind === 'link' ? d.projectId : d?.kind === 'create' ? `${NEW_PROJECT_PREFIX}${name}` : null)
      if (!id || projectIds.includes(id)) continue
      projectIds.push(id)
      if (d?.kind === 'create' && !exact.has(name)) {
        const c = created.get(name)
        created.set(name, { first: c && c.first < date ? c.first : date, last: c && c.last > date ? c.last : date })
      }
    }
    sessions.push({ key: row.key, rowNumber: row.rowNumber, form: { ...row.form, projectIds } })
  }
  sessions.sort((a, b) => a.form.date.localeCompare(b.form.date) || a.rowNumber - b.rowNumber)
  const used = new Set(sessions.flatMap((s) => [...s.form.supervisorIds, ...s.form.superviseeIds, ...s.form.followUps.map((f) => f.ownerId)]))
  return {
    sessions,
    newPersons: preview.newPersons.filter((p) => used.has(`${NEW_PERSON_PREFIX}${p.name}`)),
    newProjects: [...created].map(([name, span]) => ({
      name,
      data: parseOrThrow(projectInputSchema, {
        name: name.slice(0, 100),
        organization: '',
        street: '',
        community: communityInName(name) || COMMUNITY_UNKNOWN,
        field: '其他',
        beneficiaries: '',
        fundingSource: '其他',
        startDate: span.first,
        endDate: `${span.last.slice(0, 4)}-12-31`,
        leaderId: null,
        targets: { activities: 0, serviceCount: 0, volunteers: 0 },
        status: '进行中',
        note: NEW_PROJECT_NOTE,
      }),
    })),
  }
}
