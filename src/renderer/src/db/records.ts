import type { RecordMeta } from '@shared/model'
import { nowIso } from './clock'
import type { StudioDatabase, TableName } from './schema'
import { versioned, write } from './write'

export function newId(): string {
  return crypto.randomUUID()
}

export function newMeta(at: string = nowIso()): RecordMeta {
  return { id: newId(), createdAt: at, updatedAt: at, deletedAt: null, rev: 1 }
}

/** One record as stored now (in the 回收站 too), or undefined. */
export async function getRecord<R>(db: StudioDatabase, table: TableName, id: string): Promise<R | undefined> {
  return (await db.table(table).get(id)) as R | undefined
}

/** The stored version of one record now (undefined when there is none): cheap enough to keep live on an open form. */
/** A stored record's version and whether it is in the 回收站: what a record page keeps live to notice writes elsewhere. */
export interface StoredVersion {
  rev: number
  trashed: boolean
}

export async function storedVersion(db: StudioDatabase, table: TableName, id: string): Promise<StoredVersion | undefined> {
  const row = (await db.table(table).get(id)) as { rev?: number; deletedAt?: string | null } | undefined
  return row ? { rev: row.rev ?? 1, trashed: typeof row.deletedAt === 'string' } : undefined
}

export const isLive = <T extends { deletedAt: string | null }>(r: T): boolean => r.deletedAt === null

/** Tables whose records can go to the 回收站 and come back. */
export type TrashableTable = Extract<TableName, 'persons' | 'projects' | 'progress' | 'sessions' | 'assessments' | 'agreements'>

/**
 * Records that belong to another and share its fate in the 回收站: deleting a session
 * deletes its follow-ups with it, in the same transaction, and restoring brings them back.
 */
const DEPENDENTS: Partial<Record<TrashableTable, { table: TableName; key: string }[]>> = {
  sessions: [{ table: 'followUps', key: 'sessionId' }],
}

export async function softDelete(db: StudioDatabase, table: TrashableTable, id: string): Promise<void> {
  await setDeleted(db, table, id, nowIso())
}

export async function restore(db: StudioDatabase, table: TrashableTable, id: string): Promise<void> {
  await setDeleted(db, table, id, null)
}

async function setDeleted(db: StudioDatabase, table: TrashableTable, id: string, deletedAt: string | null) {
  const deps = DEPENDENTS[table] ?? []
  const at = nowIso()
  await write(db, [table, ...deps.map((d) => d.table)], async () => {
    const row = await db.table(table).get(id)
    if (!row) throw new Error('记录不存在或已被彻底删除')
    const previous = row.deletedAt as string | null
    await db.table(table).put(versioned(row, { ...row, deletedAt, updatedAt: at }))
    for (const dep of deps) {
      // Only children deleted together with the parent come back with it.
      await db
        .table(dep.table)
        .where(dep.key)
        .equals(id)
        .filter((child) => (deletedAt === null ? child.deletedAt === previous : child.deletedAt === null))
        .modify((child, ref) => {
          ref.value = versioned(child, { ...child, deletedAt, updatedAt: at })
        })
    }
  })
}
