import type { TrashableTable } from './records'
import type { StudioDatabase } from './schema'

export interface TrashItem {
  table: TrashableTable
  id: string
  kind: string
  title: string
  deletedAt: string
}

const KIND: Record<TrashableTable, string> = {
  persons: '人员',
  projects: '服务项目',
  progress: '项目进展',
  sessions: '督导记录',
  assessments: '项目评估',
  agreements: '督导协议',
}

/** Everything in the 回收站, newest deletion first. */
export async function listTrash(db: StudioDatabase): Promise<TrashItem[]> {
  const [persons, projects, sessions, assessments, agreements] = await Promise.all([
    db.persons.filter((r) => r.deletedAt !== null).toArray(),
    db.projects.filter((r) => r.deletedAt !== null).toArray(),
    db.sessions.filter((r) => r.deletedAt !== null).toArray(),
    db.assessments.filter((r) => r.deletedAt !== null).toArray(),
    db.agreements.filter((r) => r.deletedAt !== null).toArray(),
  ])
  const items: TrashItem[] = [
    ...persons.map((p) => ({ table: 'persons' as const, id: p.id, kind: KIND.persons, title: p.name, deletedAt: p.deletedAt! })),
    ...projects.map((p) => ({ table: 'projects' as const, id: p.id, kind: KIND.projects, title: p.name, deletedAt: p.deletedAt! })),
    ...sessions.map((s) => ({ table: 'sessions' as const, id: s.id, kind: KIND.sessions, title: `${s.code}（${s.date}）`, deletedAt: s.deletedAt! })),
    ...assessments.map((a) => ({ table: 'assessments' as const, id: a.id, kind: KIND.assessments, title: a.period, deletedAt: a.deletedAt! })),
    ...agreements.map((a) => ({ table: 'agreements' as const, id: a.id, kind: KIND.agreements, title: a.title || `${a.startDate} 起`, deletedAt: a.deletedAt! })),
  ]
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}
