/** A small hand-made roll-up: only what a test states differs from an empty period. */
import { rollupDocId, rollupDocumentSchema, type RollupDocument, type RollupProject } from '@shared/rollup/document'

export function project(id: string, name: string, totalTenths: number | null, colour: RollupProject['colour'], extra: Partial<RollupProject> = {}): RollupProject {
  return { id, name, community: '林泉社区', state: totalTenths === null ? '未评估' : '已定稿', totalTenths, colour, changeTenths: null, dropReasons: [], ...extra }
}

export function rollup(code: string, name: string, period: string, over: Partial<RollupDocument> = {}): RollupDocument {
  const doc: RollupDocument = {
    _id: rollupDocId(code, period),
    type: 'rollup',
    schemaVersion: 1,
    studio: { code, name },
    period,
    generatedAt: '2026-04-02T08:00:00.000Z',
    assessments: { projects: 0, finalised: 0, drafts: 0 },
    sessions: { count: 0, minutes: 0, byMode: [], byFunction: [], byMonth: [] },
    topics: [],
    supervisors: { count: 1 },
    supervisees: { covered: 0, minutes: 0, named: null },
    followUps: { total: 0, done: 0, open: 0, overdue: 0 },
    projects: [],
    plan: null,
    ...over,
  }
  return rollupDocumentSchema.parse(doc)
}
