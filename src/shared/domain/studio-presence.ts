/**
 * Whether this computer's studio database came back empty after it held records: what the app
 * remembers of it outside the database (a small mark, platform/presence-mark.ts) against what
 * the database holds now.
 *
 * Why: a browser may drop an IndexedDB database it finds damaged — after a crash, a full disk,
 * or by "clear browsing data" — and the app would then open on an empty studio as if new, its
 * 开始使用 steps offering 载入示例数据. The crash campaign of issue 22 saw the studio database
 * empty after 3 of 1,720 kills. A person must be told at once, and sent to the backups, before
 * new entries are made on top of the loss.
 */
import { z } from 'zod'

/** Records of each kind in the database, the 回收站's included. */
export interface StudioCounts {
  persons: number
  projects: number
  sessions: number
}

const count = z.number().int().nonnegative()
const PresenceMarkSchema = z.object({ persons: count, projects: count, sessions: count, at: z.string().min(1) })

/** The last time this computer saw records in its database, and how many. */
export type PresenceMark = z.infer<typeof PresenceMarkSchema>

/** The stored mark, or null when there is none or it is not one (a damaged mark says nothing). */
export function parsePresenceMark(raw: string | null): PresenceMark | null {
  if (!raw) return null
  try {
    const parsed = PresenceMarkSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** No person, project or 督导记录 at all, the 回收站's included: a studio not yet begun (开始使用 offers 载入示例数据). */
export const isStudioEmpty = (c: StudioCounts) => c.persons + c.projects + c.sessions === 0

/** The mark to store for these counts, or null for an empty database (an empty one never overwrites a mark). */
export function presenceMark(counts: StudioCounts, at: string): PresenceMark | null {
  return isStudioEmpty(counts) ? null : { persons: counts.persons, projects: counts.projects, sessions: counts.sessions, at }
}

/** The mark is worth writing again: the counts changed (not only the time). */
export function markChanged(mark: PresenceMark | null, counts: StudioCounts): boolean {
  return !isStudioEmpty(counts) && (mark === null || mark.persons !== counts.persons || mark.projects !== counts.projects || mark.sessions !== counts.sessions)
}

/** The database is empty where this computer last saw records: what it last saw, else null. */
export function vanishedData(mark: PresenceMark | null, counts: StudioCounts): PresenceMark | null {
  return mark && isStudioEmpty(counts) && !isStudioEmpty(mark) ? mark : null
}
