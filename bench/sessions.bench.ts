import { generateSampleData } from '@shared/sample/generator'
import type { Person, SupervisionSession } from '@shared/model'
import { filterSessions, sortSessions, toListRow } from '@shared/domain/session-filter'
import { GramStore } from '@shared/domain/session-grams'
import { StudioDatabase } from '@renderer/db/schema'
import { todayString } from '@renderer/db/clock'
import { createSessionIndex } from '@renderer/db/session-index'
import { saveSession, toSessionInput } from '@renderer/db/sessions'
import { benchScale, round, time, type Results } from './metrics'

declare global {
  interface Window {
    /** Handed to scripts/bench-ui.mjs: what to pick and type on the real list screen. */
    __benchSessions?: { superviseeName: string; phrase: string; count: number }
  }
}

/**
 * 督导记录 with 20,000 generated sessions (or the size of a BENCH_SCALE run), written into the app's own database (same origin as
 * the app, so scripts/bench-ui.mjs then times the real list screen on them).
 *
 * Timed here, on the data as the list screen holds it (the in-memory index of
 * src/renderer/src/db/session-index.ts): the pure filter by one supervisee and the full-text
 * search of a phrase (src/shared/domain/session-filter.ts), and one saveSession.
 */
export async function benchSessions(results: Results) {
  const today = todayString()
  const n = benchScale()
  const data = generateSampleData({ seed: 11, today, persons: 300, projects: 60, sessions: n, quarters: 8 })
  const db = new StudioDatabase()
  await db.delete()
  await db.open()

  let t0 = performance.now()
  const chunk = 1000
  await db.transaction('rw', [db.persons, db.projects, db.progress], async () => {
    await db.persons.bulkAdd(data.persons)
    await db.projects.bulkAdd(data.projects)
    await db.progress.bulkAdd(data.progress)
  })
  for (let i = 0; i < data.sessions.length; i += chunk) {
    await db.transaction('rw', db.sessions, () => db.sessions.bulkAdd(data.sessions.slice(i, i + chunk)))
  }
  for (let i = 0; i < data.followUps.length; i += chunk) {
    await db.transaction('rw', db.followUps, () => db.followUps.bulkAdd(data.followUps.slice(i, i + chunk)))
  }
  results[`sessions.insert.${n}`] = { value: round(performance.now() - t0), unit: 'ms' }
  const textChars = data.sessions.reduce(
    (n: number, s: SupervisionSession) => n + s.questions.length + s.process.length + s.advice.length + s.supervisorReflection.length + s.superviseeReflection.length,
    0,
  )
  results['sessions.text.avgChars'] = { value: Math.round(textChars / data.sessions.length), unit: 'count' }

  // What the list screen does on first open: the newest page first, then every record.
  t0 = performance.now()
  let firstPage = 0
  const index = createSessionIndex(db)
  const off = index.subscribe(() => {
    if (!firstPage && index.getSnapshot().phase !== 'loading') firstPage = performance.now() - t0
  })
  await index.ready()
  results['sessions.index.firstPage'] = { value: round(firstPage), unit: 'ms' }
  results['sessions.index.all'] = { value: round(performance.now() - t0), unit: 'ms' }
  off()
  index.dispose()

  // Reading alone vs building the slim rows, to see where the time goes.
  results[`sessions.toArray.${n}`] = { value: await time(() => db.sessions.toArray(), 3), unit: 'ms' }
  const all = await db.sessions.toArray()
  results['sessions.rows.build'] = { value: await time(() => all.map((s) => toListRow(s)), 3), unit: 'ms' }
  const rows = all.filter((s) => s.deletedAt === null).map((s) => toListRow(s))
  results['sessions.sort.date'] = { value: await time(() => sortSessions(rows)), unit: 'ms' }
  const sorted = sortSessions(rows)

  // One supervisee (the one of the newest record) and a phrase from a record's advice.
  const superviseeId = sorted[0]!.superviseeIds[0]!
  results['sessions.filter.supervisee'] = { value: await time(() => filterSessions(sorted, { superviseeId }), 9), unit: 'ms' }
  const source = all.find((s) => s.sensitive === 0 && s.advice.length > 20) ?? all[0]!
  const phrase = source.advice.slice(8, 14)
  results['sessions.search.phrase'] = { value: await time(() => filterSessions(sorted, { query: phrase }), 9), unit: 'ms' }
  results['sessions.search.phrase.hits'] = { value: filterSessions(sorted, { query: phrase }).length, unit: 'count' }
  // The same with the list's bigram index (session-grams.ts), as the screen searches.
  const grams = new GramStore()
  for (const r of sorted) r.gramSlot = grams.add(r.lower)
  results['sessions.search.phrase.indexed'] = { value: await time(() => filterSessions(sorted, { query: phrase }, grams), 9), unit: 'ms' }
  results['sessions.search.miss.indexed'] = { value: await time(() => filterSessions(sorted, { query: '没有这个短语的记录', includeSensitive: true }, grams), 9), unit: 'ms' }
  // The worst case: a term found nowhere scans every character of every record.
  results['sessions.search.miss'] = { value: await time(() => filterSessions(sorted, { query: '没有这个短语的记录', includeSensitive: true }), 9), unit: 'ms' }
  results['sessions.filter.supervisee.hits'] = { value: filterSessions(sorted, { superviseeId }).length, unit: 'count' }

  // Saving one record with two follow-ups, as the form does (numbering in the transaction).
  const template = all.find((s) => s.deletedAt === null)!
  const input = { ...toSessionInput(template, []), date: today, nextDate: null, confirmation: null }
  input.followUps = [
    { content: '整理本次督导讨论的个案评估要点', ownerId: template.superviseeIds[0]!, dueDate: today },
    { content: '与社区居委会沟通下阶段活动场地', ownerId: template.superviseeIds[0]!, dueDate: today },
  ]
  results['sessions.save.one'] = { value: await time(() => saveSession(db, input, { today }), 7), unit: 'ms' }

  const person = data.persons.find((p: Person) => p.id === superviseeId)!
  window.__benchSessions = { superviseeName: person.name, phrase, count: await db.sessions.count() }
  db.close()
}
