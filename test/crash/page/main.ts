/**
 * The crash campaign's page (scripts/test-crash.mjs): the app's own data layer in real
 * Chromium, on the profile the driver kills with SIGKILL. `check()` runs first after every
 * restart and reports what is on disk; `prepare(op, run)` builds the op's input outside the
 * kill window; `start(op, run)` runs the op in a loop, logging `ACK <json>` to the console after
 * each commit, until the browser dies. The driver compares the acknowledgements with what the
 * next check finds.
 */
import Dexie from 'dexie'
import { sha256Hex } from '@shared/backup'
import { REVISION_TABLE } from '@shared/backup/integrity'
import { canonicalJson } from '@shared/domain/canonical-json'
import { loadExcelJS } from '@shared/excel'
import type { SessionInput } from '@shared/model'
import { generateSampleData } from '@shared/sample/generator'
import { createBackup, CONTENT_TABLES, openBackupFile } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { todayString } from '@renderer/db/clock'
import { saveDraft, sessionDraftKey } from '@renderer/db/drafts'
import { importExcelFile } from '@renderer/db/excel-import'
import { mergeBackup } from '@renderer/db/merge'
import { createPerson } from '@renderer/db/persons'
import { loadSampleData } from '@renderer/db/sample-data'
import { StudioDatabase } from '@renderer/db/schema'
import { finalizeSession, saveSession, sessionHistory, unfinalizeSession } from '@renderer/db/sessions'

/** Every record the campaign writes carries `CRASH <tag>` in its 地点, so checks find it. */
const MARK = 'CRASH '
const FOLLOW_UPS = 3
export const EXCEL_ROWS = 8
const VARIANTS = 2
const HASHED = [...CONTENT_TABLES, 'revisions'] as const

export interface CheckReport {
  /** Invariants that the database breaks on its own (orphans, duplicate 编号, a backup that does not restore). */
  problems: string[]
  /** Tag → follow-ups of the tagged session (live ones). */
  sessions: Record<string, number>
  /** Tags of the drafts that wait for a new record. */
  drafts: string[]
  /** 督导过程 of the sessions and drafts the UI saves wrote, by tag. */
  processes: Record<string, string>
  /** Session id → its 定稿 and 撤销定稿 revisions. */
  finalizeRevisions: Record<string, number>
  /** 督导过程 of the draft of a new 督导记录 (what the typing runs check), or null. */
  newDraftProcess: string | null
  contentHash: string
  counts: Record<string, number>
  /** The studio was empty at the restart (and was seeded again): the browser lost or deleted the database. */
  reseeded: boolean
  /** The last run whose start was marked (markRun), or null. */
  lastMark: number | null
}

type Op = 'save' | 'finalize' | 'restore' | 'merge' | 'excel' | 'ui-save'

declare global {
  interface Window {
    __crash?: {
      check(restore: boolean): Promise<CheckReport>
      prepare(op: Op, run: number): Promise<Record<string, unknown>>
      start(op: Op, run: number): void
      clearNewDraft(): Promise<void>
      markRun(run: number): Promise<void>
      reset(): Promise<void>
      explain(error: unknown): string
    }
  }
}

const db = new StudioDatabase()

/**
 * Each run's start, written (strictly) to another database of the same origin before the run
 * writes anything: Chromium keeps an origin's databases in one store, so a restart that finds an
 * older mark saw the whole store roll back — not one write lost — and says so apart.
 */
const marks = new Dexie('crash-marks', { chromeTransactionDurability: 'strict' })
marks.version(1).stores({ marks: '&id' })
async function markRun(run: number) {
  await marks.table('marks').put({ id: 'last', run })
}
const lastMark = async (): Promise<number | null> => ((await marks.table('marks').get('last')) as { run: number } | undefined)?.run ?? null
const ack = (data: Record<string, unknown>) => console.log(`ACK ${JSON.stringify(data)}`)

async function contentHash(target: StudioDatabase): Promise<string> {
  const all: Record<string, unknown[]> = {}
  for (const t of HASHED) all[t] = await target.table(t).toArray()
  return sha256Hex(new TextEncoder().encode(canonicalJson(all)))
}

const isToggle = (action: string) => action === '定稿' || action === '撤销定稿'
const toggleCount = async (id: string) => (await sessionHistory(db, id)).filter((r) => isToggle(r.action)).length

const tagOf = (location: unknown) => (typeof location === 'string' && location.startsWith(MARK) ? location.slice(MARK.length) : null)

async function seedIfEmpty() {
  if ((await db.persons.count()) > 0) return
  const today = todayString()
  const data = generateSampleData({ seed: 5, today, persons: 12, projects: 4, sessions: 40, quarters: 2 })
  await loadSampleData(db, data, { today, assessments: false })
}

/** A backup of `source` restored into a scratch database gives back the same content. */
async function restorable(source: StudioDatabase): Promise<string | null> {
  const scratch = new StudioDatabase('crash-restorable')
  try {
    const backup = await createBackup(source, { appVersion: 'crash' })
    await restoreBackup(scratch, await openBackupFile(backup.bytes))
    const [a, b] = await Promise.all([contentHash(source), contentHash(scratch)])
    return a === b ? null : '备份恢复后内容不同'
  } catch (e) {
    return `备份无法恢复：${String((e as Error)?.message ?? e)}`
  } finally {
    scratch.close()
  }
}

async function check(restore: boolean): Promise<CheckReport> {
  await db.open()
  const reseeded = (await db.persons.count()) === 0
  await seedIfEmpty()
  const problems: string[] = []
  const sessions = await db.sessions.toArray()
  const ids = new Set(sessions.map((s) => s.id))
  const followUps = await db.followUps.toArray()
  for (const f of followUps) if (!ids.has(f.sessionId)) problems.push(`跟进事项 ${f.id} 的督导记录 ${f.sessionId} 不存在`)
  const revisions = await db.revisions.toArray()
  for (const r of revisions) {
    const table = REVISION_TABLE[r.entity]
    if (table && !(await db.table(table).get(r.recordId))) problems.push(`修订 ${r.id} 的记录 ${r.entity}/${r.recordId} 不存在`)
  }
  const codes = new Map<string, number>()
  for (const s of sessions) codes.set(s.code, (codes.get(s.code) ?? 0) + 1)
  for (const [code, n] of codes) if (n > 1) problems.push(`编号 ${code} 出现 ${n} 次`)

  const tagged: Record<string, number> = {}
  const finalizeRevisions: Record<string, number> = {}
  for (const s of sessions) {
    const tag = tagOf(s.location)
    if (!tag || s.deletedAt) continue
    tagged[tag] = followUps.filter((f) => f.sessionId === s.id && f.deletedAt === null).length
    const toggles = revisions.filter((r) => r.recordId === s.id && isToggle(r.action))
    const finals = toggles.filter((r) => r.action === '定稿').length
    if (finals - (toggles.length - finals) !== (s.status === '已定稿' ? 1 : 0))
      problems.push(`${s.code}：状态“${s.status}”与 ${toggles.length} 条定稿/撤销定稿修订不符`)
    finalizeRevisions[s.id] = toggles.length
  }
  const processes: Record<string, string> = {}
  const drafts: string[] = []
  for (const d of await db.drafts.toArray()) {
    const data = d.data as { location?: unknown; process?: unknown } | null
    const tag = tagOf(data?.location)
    if (!tag) continue
    drafts.push(tag)
    if (tag.startsWith('U')) processes[`draft:${tag}`] = String(data?.process ?? '')
  }
  for (const s of sessions) {
    const tag = tagOf(s.location)
    if (tag?.startsWith('U')) processes[tag] = s.process ?? ''
  }
  const newDraft = await db.drafts.get(sessionDraftKey(null))
  const process = (newDraft?.data as { process?: unknown } | undefined)?.process
  const failed = restore ? await restorable(db) : null
  if (failed) problems.push(failed)
  const counts: Record<string, number> = {}
  for (const t of HASHED) counts[t] = await db.table(t).count()
  return { problems, sessions: tagged, drafts, processes, finalizeRevisions, newDraftProcess: typeof process === 'string' ? process : null, contentHash: await contentHash(db), counts, reseeded, lastMark: await lastMark() }
}

async function people(target: StudioDatabase) {
  const persons = (await target.persons.toArray()).filter((p) => p.deletedAt === null)
  const sup = persons.find((p) => p.role === '督导者') ?? persons[0]!
  const sw = persons.find((p) => p.id !== sup.id) ?? sup
  return { sup, sw }
}

async function sessionInput(target: StudioDatabase, tag: string, followUps: number): Promise<SessionInput> {
  const { sup, sw } = await people(target)
  const today = todayString()
  return {
    date: today,
    startTime: '09:00',
    endTime: '10:30',
    location: `${MARK}${tag}`,
    mode: '个别督导',
    functions: ['教育', '支持'],
    supervisorIds: [sup.id],
    superviseeIds: [sw.id],
    process: `回顾本周个案进展，讨论服务对象的家庭支持。${'记录'.repeat(200)}`,
    followUps: Array.from({ length: followUps }, (_, j) => ({ content: `${tag} 第${j + 1}项`, ownerId: sw.id, dueDate: '2099-01-01' })),
  }
}

/** What prepare() built, used by start(). */
let prepared: { files: Uint8Array[]; sessionId?: string } = { files: [] }

/** "Another laptop" made from this one's backup: restore into a scratch database. */
async function laptopFrom(name: string): Promise<StudioDatabase> {
  const other = new StudioDatabase(name)
  await other.delete()
  await other.open()
  await restoreBackup(other, await openBackupFile((await createBackup(db, { appVersion: 'crash' })).bytes))
  return other
}

async function prepare(op: Op, run: number): Promise<Record<string, unknown>> {
  prepared = { files: [] }
  if (op === 'ui-save') {
    // What the form will offer back: a complete record with two follow-ups, as if typed before.
    await saveDraft(db, sessionDraftKey(null), 'session', null, await sessionInput(db, `U${run}`, 2))
    return { tag: `U${run}` }
  }
  if (op === 'finalize') {
    const existing = (await db.sessions.toArray()).find((s) => tagOf(s.location) !== null && s.deletedAt === null)
    const id = existing?.id ?? (await saveSession(db, await sessionInput(db, `F${run}`, 1))).session.id
    prepared.sessionId = id
    return { sessionId: id, revisions: await toggleCount(id) }
  }
  if (op === 'restore') {
    const other = await laptopFrom('crash-restore-source')
    const hashes: string[] = []
    const scratch = new StudioDatabase('crash-restore-expected')
    for (let v = 0; v < VARIANTS; v++) {
      await createPerson(other, { name: `恢复${run}-${v}`, role: '社工', qualification: '社会工作师' })
      const bytes = (await createBackup(other, { appVersion: 'crash' })).bytes
      prepared.files.push(bytes)
      await restoreBackup(scratch, await openBackupFile(bytes))
      hashes.push(await contentHash(scratch))
    }
    other.close()
    scratch.close()
    return { before: await contentHash(db), hashes }
  }
  if (op === 'merge') {
    const other = await laptopFrom('crash-laptop-b')
    const groups: string[][] = []
    for (let v = 0; v < VARIANTS; v++) {
      const tags = Array.from({ length: 3 }, (_, i) => `M${run}-${v}-${i}`)
      for (const tag of tags) await saveSession(other, await sessionInput(other, tag, 1))
      prepared.files.push((await createBackup(other, { appVersion: 'crash' })).bytes)
      groups.push(tags)
    }
    other.close()
    return { groups }
  }
  if (op === 'excel') {
    const { sup, sw } = await people(db)
    const { Workbook } = await loadExcelJS()
    const groups: string[][] = []
    for (let v = 0; v < VARIANTS; v++) {
      const wb = new Workbook()
      const ws = wb.addWorksheet('督导台账')
      ws.addRow(['督导日期', '开始时间', '结束时间', '地点', '督导方式', '督导者', '被督导者', '督导内容', '跟进事项'])
      const tags = Array.from({ length: EXCEL_ROWS }, (_, i) => `X${run}-${v}-${i}`)
      tags.forEach((tag) => ws.addRow(['2024-03-06', '09:00', '10:30', `${MARK}${tag}`, '个别督导', sup.name, sw.name, '回顾个案', '整理个案记录']))
      prepared.files.push(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
      groups.push(tags)
    }
    return { groups }
  }
  return {}
}

async function loop(op: Op, run: number) {
  if (op === 'save') {
    for (let i = 0; ; i++) {
      const tag = `S${run}-${i}`
      const input = await sessionInput(db, tag, FOLLOW_UPS)
      // As Ctrl+S does: the draft first, then the save that removes it in its own transaction.
      await saveDraft(db, sessionDraftKey(null), 'session', null, input)
      ack({ op: 'draft', tag })
      await saveSession(db, input)
      ack({ op: 'save', tag })
    }
  }
  if (op === 'finalize') {
    const id = prepared.sessionId!
    for (let n = await toggleCount(id); ; ) {
      const s = await db.sessions.get(id)
      if (s?.status === '已定稿') await unfinalizeSession(db, id, '崩溃测试撤销')
      else await finalizeSession(db, id)
      ack({ op: 'finalize', id, revisions: ++n })
    }
  }
  for (let v = 0; v < prepared.files.length; v++) {
    const file = prepared.files[v]!
    if (op === 'restore') await restoreBackup(db, await openBackupFile(file))
    if (op === 'merge') await mergeBackup(db, await openBackupFile(file))
    if (op === 'excel') {
      const { result, preview } = await importExcelFile(db, file, { yearConfirmed: true, skipUnmapped: true, decideProjects: () => ({ kind: 'create' }) })
      if (result.imported !== EXCEL_ROWS) throw new Error(`导入了 ${result.imported} 行：${JSON.stringify(preview.counts)} ${JSON.stringify(preview.rows[0])}`)
    }
    ack({ op, variant: v })
  }
  ack({ op, done: true })
}

/** Dexie errors carry the cause in `inner`; Playwright would only pass on the name. */
function explain(error: unknown): string {
  const e = error as { name?: string; message?: string; stack?: string; inner?: { name?: string; message?: string } } | null
  return `${e?.name}: ${e?.message}${e?.inner ? ` (${e.inner.name}: ${e.inner.message})` : ''}\n${e?.stack ?? ''}`
}

window.__crash = {
  explain,
  check,
  prepare,
  markRun,
  async clearNewDraft() {
    await db.drafts.delete(sessionDraftKey(null))
  },
  /** A fresh sample studio, so a long campaign's database stays small (checks take time with it). */
  async reset() {
    await db.delete()
    await db.open()
    await seedIfEmpty()
  },
  start(op, run) {
    loop(op, run).catch((e: unknown) => console.log(`FAIL ${op}: ${explain(e)}`))
  },
}
document.getElementById('out')!.textContent = 'loaded'
