import { buildExportWorkbook, type ExportSheet } from '@shared/excel'
import { fileNamePart } from '@shared/ipc-contract'
import { todayString } from './clock'
import type { StudioDatabase } from './schema'

/** Builds the Excel file of the chosen lists from the whole database (one read transaction). */
export async function exportExcel(
  db: StudioDatabase,
  options: { sheets: readonly ExportSheet[]; includeSensitive: boolean; today?: string },
): Promise<Uint8Array> {
  const data = await db.transaction(
    'r',
    [db.persons, db.projects, db.progress, db.sessions, db.followUps, db.assessments, db.frameworks],
    async () => ({
      persons: await db.persons.toArray(),
      projects: await db.projects.toArray(),
      progress: await db.progress.toArray(),
      sessions: await db.sessions.toArray(),
      followUps: await db.followUps.toArray(),
      assessments: await db.assessments.toArray(),
      frameworks: await db.frameworks.toArray(),
    }),
  )
  return buildExportWorkbook(data, { ...options, today: options.today ?? todayString() })
}

export function excelFileName(studioName: string, today: string = todayString()): string {
  const studio = fileNamePart(studioName)
  return `${['督导工作台导出', studio, today.replace(/-/g, '')].filter(Boolean).join('-')}.xlsx`
}
