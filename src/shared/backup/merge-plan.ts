/**
 * Merging another laptop's backup into this database — the pure part: given both sides'
 * records and what each side knew at their last exchange, decide record by record what to
 * write. The renderer applies the plan in one transaction (src/renderer/src/db/merge.ts).
 *
 * Rules (issue 7):
 * - records match by id; only one side changed since the last exchange → that side wins;
 * - changed on both sides (or never exchanged and different) → merged field by field
 *   (domain/three-way-merge.ts): fields only one side changed are taken without asking; a field
 *   both changed differently is a conflict — listed for a person to decide on 冲突处理, the newer
 *   side's value kept meanwhile and the other in a revision (action 合并冲突). Which fields each
 *   side changed comes from the records' field stamps and the revs both had at the last exchange
 *   (domain/record-version.ts); where those are unknown, every difference is a conflict;
 * - deletions are soft-delete tombstones (`deletedAt` + `updatedAt`), so they travel like edits;
 * - 编号 stay as each laptop assigned them: an incoming record whose 编号 is taken here gets
 *   the next number of its year, and is reported;
 * - the same file imported twice finds nothing changed on either side: a no-op.
 */
import { parseSyncState, TABLE_LABELS, type SyncState } from '../model/stored'
import { describeRecord, FIELD_LABELS } from '../model/record-labels'
import { formatSessionCode, type Revision } from '../model'
import { mergeRecord, type MergeSide } from '../domain/three-way-merge'
import { changedAfter, nextVersion } from '../domain/record-version'
import { BackupError } from './errors'
import { isOlderThanLastTaken } from './merge-order'
import { baseFinder } from './merge-base'
import {
  diff,
  IGNORED_IN_COMPARE,
  LOCAL_FIELDS,
  MERGE_TABLES,
  REVISION_ENTITY,
  sameContent,
  syncKey,
  syncSettingKey,
  type MergeTable,
  type Rec,
} from './merge-tables'
import type { MergeConflict, MergeFieldConflict, MergeInput, MergePlan, RenumberedSession } from './merge-types'

const newer = (a: string, b: string) => Date.parse(a) > Date.parse(b)

function zeroCounts(): Record<MergeTable, number> {
  return Object.fromEntries(MERGE_TABLES.map((t) => [t, 0])) as Record<MergeTable, number>
}

/**
 * Plans the merge of `remote` into `local`. Throws a BackupError for a file of this very
 * laptop or one older than the last file taken from that laptop.
 */
export function planMerge(input: MergeInput): MergePlan {
  const { manifest } = input.remote
  const newId = input.newId ?? (() => crypto.randomUUID())
  if (manifest.deviceId === input.localDeviceId)
    throw new BackupError('same-device', '这是本机自己的备份，无需合并；如需回到备份时的状态，请使用“恢复”。')
  if (input.localSync && isOlderThanLastTaken(input.remote, input.localSync))
    throw new BackupError(
      'older-file',
      `这份备份（${manifest.createdAt.slice(0, 10)}）的内容早于上次从“${input.localSync.studioName || '该电脑'}”导入的备份（${input.localSync.fileCreatedAt.slice(0, 10)}），为免旧数据覆盖新数据，未导入。`,
    )

  const remoteSyncRow = input.remote.tables.settings.find((r) => r.key === syncSettingKey(input.localDeviceId))
  const findBase = baseFinder(input.localSync, remoteSyncRow ? parseSyncState(remoteSyncRow.value) : null)

  const puts = Object.fromEntries(MERGE_TABLES.map((t) => [t, []])) as unknown as Record<MergeTable, Rec[]>
  const added = zeroCounts()
  const updated = zeroCounts()
  const deleted = zeroCounts()
  const conflicts: MergeConflict[] = []
  const revisions: Revision[] = []
  const seen: Record<string, string> = {}
  const kept: Record<string, string> = {}
  const remoteLabel = manifest.studioName ? `“${manifest.studioName}”的备份` : '导入的备份'

  const conflictRevision = (table: MergeTable, loser: Rec, winner: Rec, winnerSide: 'local' | 'remote', why: string): Revision => ({
    id: newId(),
    entity: REVISION_ENTITY[table],
    recordId: table === 'progress' ? String(loser.projectId) : loser.id,
    at: input.now,
    by: input.operator,
    action: '合并冲突',
    reason: `与${remoteLabel}（${manifest.createdAt.slice(0, 10)}）合并时${why}：保留了${winnerSide === 'local' ? '本机' : '导入'}的较新版本，${winnerSide === 'local' ? '导入' : '本机'}的版本存于此处。${table === 'progress' ? `（项目进展 ${String(loser.period)}）` : ''}`,
    changes: diff(loser, winner),
    snapshot: loser,
  })

  const addConflict = (
    table: MergeTable,
    local: Rec,
    remote: Rec,
    winner: 'local' | 'remote',
    reason: string,
    title?: string,
    fields: MergeFieldConflict[] = [],
  ) =>
    conflicts.push({
      table,
      tableLabel: TABLE_LABELS[table],
      id: local.id,
      title: title ?? (describeRecord(table, local) || describeRecord(table, remote)),
      winner,
      localUpdatedAt: local.updatedAt,
      remoteUpdatedAt: remote.updatedAt,
      localDeleted: local.deletedAt !== null,
      remoteDeleted: remote.deletedAt !== null,
      reason,
      fields,
    })

  const projectNames = new Map<string, string>()
  for (const p of [...(input.remote.tables.projects as Rec[]), ...(input.local.projects as Rec[])]) projectNames.set(p.id, String(p.name))

  // Sessions: 编号 in use here (any state, the index is unique), and highest seq per year.
  const codes = new Map<string, string>()
  const maxSeq = new Map<number, number>()
  const noteSeq = (year: number, seq: number) => maxSeq.set(year, Math.max(maxSeq.get(year) ?? 0, seq))
  for (const s of input.local.sessions as Rec[]) {
    codes.set(String(s.code), s.id)
    noteSeq(Number(s.year), Number(s.seq))
  }
  const renumberQueue: Rec[] = []

  // Progress: one record per project and quarter (unique index).
  const slots = new Map<string, Rec>()
  const slotOf = (r: Rec) => `${String(r.projectId)}|${String(r.period)}`
  for (const p of input.local.progress as Rec[]) slots.set(slotOf(p), p)

  // Each table's local records by id and each remote record's bookkeeping key (in the file's
  // order), built once: the versioning below reuses them.
  const localByIdOf = {} as Record<MergeTable, Map<string, Rec>>
  const keysOf = {} as Record<MergeTable, string[]>
  for (const table of MERGE_TABLES) {
    const localById = (localByIdOf[table] = new Map((input.local[table] as Rec[]).map((r) => [r.id, r])))
    const keys: string[] = (keysOf[table] = [])
    const localFields = LOCAL_FIELDS[table] ?? []
    for (const remote of input.remote.tables[table] as Rec[]) {
      const key = syncKey(table, remote.id)
      keys.push(key)
      seen[key] = remote.updatedAt
      const local = localById.get(remote.id)
      const base = findBase(key)

      const take = (version: Rec, isUpdate: boolean) => {
        const rec = { ...version }
        if (local) for (const f of localFields) rec[f] = local[f]
        puts[table].push(rec)
        if (isUpdate) updated[table] += 1
        else added[table] += 1
        if (local && local.deletedAt === null && rec.deletedAt !== null) deleted[table] += 1
        if (rec.updatedAt !== remote.updatedAt) kept[key] = rec.updatedAt
        return rec
      }

      if (!local) {
        // Seen before and unchanged there: it was dealt with last time (e.g. a 进展 slot taken here).
        if (base && base.remote === remote.updatedAt) {
          kept[key] = ''
          continue
        }
        if (table === 'progress') {
          const other = slots.get(slotOf(remote))
          if (other) {
            kept[key] = ''
            const title = `${projectNames.get(String(remote.projectId)) ?? ''} ${String(remote.period)}`.trim()
            if (sameContent(other, remote, new Set([...IGNORED_IN_COMPARE, 'id', 'createdAt']))) continue
            const why = '同一项目同一季度的进展在两台电脑上分别录入'
            if (newer(remote.updatedAt, other.updatedAt)) {
              const merged = { ...remote, id: other.id, createdAt: other.createdAt }
              puts.progress.push(merged)
              updated.progress += 1
              slots.set(slotOf(merged), merged)
              revisions.push(conflictRevision('progress', other, merged, 'remote', why))
              addConflict('progress', other, remote, 'remote', why, title)
              kept[syncKey('progress', other.id)] = merged.updatedAt
            } else {
              revisions.push(conflictRevision('progress', remote, other, 'local', why))
              addConflict('progress', other, remote, 'local', why, title)
            }
            continue
          }
        }
        if (table === 'sessions') {
          const code = String(remote.code)
          if (codes.has(code)) {
            renumberQueue.push(remote)
            continue
          }
          codes.set(code, remote.id)
          noteSeq(Number(remote.year), Number(remote.seq))
        }
        const rec = take(remote, false)
        if (table === 'progress') slots.set(slotOf(rec), rec)
        continue
      }

      if (local.updatedAt === remote.updatedAt) continue
      const localChanged = base ? local.updatedAt !== base.local : true
      const remoteChanged = base ? remote.updatedAt !== base.remote : true
      if (!remoteChanged) {
        // Neither changed since the other laptop took our version and kept its own: it has
        // already decided, knowing both — follow it rather than undo its decision.
        if (base?.remoteDecided && !localChanged && base.local !== base.remote) take(remote, true)
        else kept[key] = local.updatedAt
        continue
      }
      if (table === 'progress' && slotOf(remote) !== slotOf(local)) {
        const other = slots.get(slotOf(remote))
        if (other && other.id !== local.id) {
          // The other laptop moved it onto a quarter that has its own record here: keep ours.
          kept[key] = local.updatedAt
          revisions.push(conflictRevision('progress', remote, local, 'local', '同一项目同一季度的进展在两台电脑上分别录入'))
          addConflict('progress', local, remote, 'local', '同一项目同一季度的进展在两台电脑上分别录入')
          continue
        }
      }
      if (!localChanged) {
        const rec = take(remote, true)
        if (table === 'progress') {
          slots.delete(slotOf(local))
          slots.set(slotOf(rec), rec)
        }
        continue
      }
      // Changed on both sides: field by field.
      const remoteWins = newer(remote.updatedAt, local.updatedAt)
      const provisional: MergeSide = remoteWins ? 'remote' : 'local'
      const merge = mergeRecord({
        local,
        remote,
        base: base?.revs ? { local: changedAfter(local, base.revs[0]), remote: changedAfter(remote, base.revs[1]) } : null,
        ignore: IGNORED_IN_COMPARE,
        provisional,
      })
      const merged = merge.merged as Rec
      if (sameContent(merged, local)) {
        kept[key] = local.updatedAt
        if (merge.conflicts.length === 0) continue
      } else {
        // Content neither side had: a version of its own, so each laptop sees it as changed here.
        const version = sameContent(merged, remote) ? remote : { ...merged, updatedAt: newer(input.now, merged.updatedAt) ? input.now : merged.updatedAt }
        const rec = take(version, true)
        if (table === 'progress') {
          slots.delete(slotOf(local))
          slots.set(slotOf(rec), rec)
        }
      }
      if (merge.conflicts.length === 0) continue
      const why = base ? '两台电脑都修改了这条记录' : '两台电脑上的这条记录不同，且此前没有交换记录'
      const loser = provisional === 'remote' ? local : remote
      revisions.push(conflictRevision(table, loser, merged, provisional, why))
      addConflict(
        table,
        local,
        remote,
        provisional,
        why,
        undefined,
        merge.conflicts.map((c) => ({ field: c.field, label: FIELD_LABELS[c.field] ?? c.field, local: c.local ?? null, remote: c.remote ?? null })),
      )
    }
  }

  // A framework used by a final assessment on either laptop stays frozen (edits make a new version).
  const localFrameworks = new Map((input.local.frameworks as Rec[]).map((r) => [r.id, r]))
  for (const remote of input.remote.tables.frameworks as Rec[]) {
    const local = localFrameworks.get(remote.id)
    if (!local || (local.frozen !== 1 && remote.frozen !== 1)) continue
    const put = puts.frameworks.find((r) => r.id === remote.id)
    if (put) put.frozen = 1
    else if (local.frozen !== 1) {
      puts.frameworks.push({ ...local, frozen: 1 })
      updated.frameworks += 1
    }
  }

  // Incoming records whose 编号 is taken here: the next number of their year, in date order.
  const renumbered: RenumberedSession[] = []
  renumberQueue.sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.code).localeCompare(String(b.code)))
  for (const remote of renumberQueue) {
    const year = Number(remote.year)
    const seq = (maxSeq.get(year) ?? 0) + 1
    maxSeq.set(year, seq)
    const code = formatSessionCode(year, seq)
    codes.set(code, remote.id)
    const rec = { ...remote, seq, code }
    puts.sessions.push(rec)
    added.sessions += 1
    renumbered.push({ id: remote.id, date: String(remote.date), from: String(remote.code), to: code })
  }

  // Every record written gets its next version over what this laptop holds (its own `rev`
  // counts on), and each record both now have is noted with the two revs for the next exchange.
  const revs: Record<string, [number, number]> = {}
  for (const t of MERGE_TABLES) {
    const localById = localByIdOf[t]
    const keys = keysOf[t]
    puts[t] = puts[t].map((rec) => nextVersion(localById.get(rec.id), rec) as Rec)
    const written = new Map(puts[t].map((r) => [r.id, r]))
    const remotes = input.remote.tables[t] as Rec[]
    remotes.forEach((remote, i) => {
      const here = written.get(remote.id) ?? localById.get(remote.id)
      if (here) revs[keys[i] ?? syncKey(t, remote.id)] = [here.rev ?? 1, remote.rev ?? 1]
    })
  }

  // History travels too: revisions are never edited, so anything unknown here is added.
  const localRevisions = new Set((input.local.revisions as Rec[]).map((r) => r.id))
  const remoteRevisions = (input.remote.tables.revisions as unknown as Revision[]).filter((r) => !localRevisions.has(r.id))
  const revisionsAdded = remoteRevisions.length
  revisions.unshift(...remoteRevisions)

  const syncState: SyncState = {
    deviceId: manifest.deviceId,
    studioName: manifest.studioName,
    at: input.now,
    fileCreatedAt: manifest.createdAt,
    seen,
    kept,
    revs,
  }
  const nothingToWrite = MERGE_TABLES.every((t) => puts[t].length === 0) && revisions.length === 0
  const noop = nothingToWrite && input.localSync !== null && input.localSync.fileCreatedAt === manifest.createdAt
  return {
    remoteDeviceId: manifest.deviceId,
    remoteStudioName: manifest.studioName,
    remoteCreatedAt: manifest.createdAt,
    puts,
    revisions,
    added,
    updated,
    deleted,
    conflicts,
    renumbered,
    revisionsAdded,
    syncState,
    noop,
  }
}
