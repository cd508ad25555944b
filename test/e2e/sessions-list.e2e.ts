import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { countRows } from './support/browser'
import { AppPage } from './pages/app-page'
import { SessionsListPage } from './pages/sessions-list-page'
import { withSampleApp } from './support/sample-data'

interface RawSession {
  id: string
  code: string
  sensitive: 0 | 1
  deletedAt: string | null
  superviseeIds: string[]
  questions: string
  process: string
  advice: string
  supervisorReflection: string
  superviseeReflection: string
  location: string
  riskNote: string
}

/** Every stored session and person, read straight from IndexedDB (independent of the app's code). */
async function rawData(page: Page): Promise<{ sessions: RawSession[]; persons: { id: string; name: string }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('supervision-studio')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['sessions', 'persons'], 'readonly')
          const s = tx.objectStore('sessions').getAll()
          const p = tx.objectStore('persons').getAll()
          tx.oncomplete = () => {
            resolve({ sessions: s.result, persons: p.result })
            db.close()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

const TEXT_FIELDS = ['questions', 'process', 'advice', 'supervisorReflection', 'superviseeReflection', 'location', 'riskNote'] as const
const hasPhrase = (s: RawSession, phrase: string) => TEXT_FIELDS.some((f) => (s[f] ?? '').includes(phrase))

describe('督导记录 list', () => {
  const app = withSampleApp()

  it('lists every live record with count and hours, filters by one supervisee', async () => {
    const list = new SessionsListPage(app().page)
    await list.open()
    const { sessions, persons } = await rawData(app().page)
    const live = sessions.filter((s) => !s.deletedAt)
    expect(live.length).toBeGreaterThanOrEqual(80)
    const total = await list.count()
    expect(total).toBe(live.length)
    expect(await list.rows().count()).toBeGreaterThan(5)

    // The supervisee of the newest record: a name a supervisor would pick.
    const firstSupervisees = (await list.cellTexts('被督导者'))[0]!.split('、')
    const name = firstSupervisees[0]!
    const person = persons.find((p) => p.name === name)!
    const expected = live.filter((s) => s.superviseeIds.includes(person.id)).length
    expect(expected).toBeLessThan(total)

    await list.filterBy('被督导者', name)
    const filtered = await list.countChangedFrom(total)
    expect(filtered).toBe(expected)
    for (const cell of await list.cellTexts('被督导者')) expect(cell.split('、')).toContain(name)

    await list.clearFilters()
    expect(await list.countChangedFrom(filtered)).toBe(total)
    expect(app().errors).toEqual([])
  })

  it('full-text search finds a phrase, sensitive text only when asked', async () => {
    const list = new SessionsListPage(app().page)
    await list.open()
    const { sessions } = await rawData(app().page)
    const live = sessions.filter((s) => !s.deletedAt)
    const total = await list.count()

    // A phrase from a record's 督导意见与建议, six characters from its middle.
    const source = live.find((s) => s.sensitive === 0 && s.advice.length > 20)!
    const phrase = source.advice.slice(8, 14)
    const expected = live.filter((s) => s.sensitive === 0 && hasPhrase(s, phrase)).length
    expect(expected).toBeGreaterThanOrEqual(1)

    await list.search(phrase)
    const found = await list.countChangedFrom(total)
    expect(found).toBe(expected)
    const marks = await list.table().locator('mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(new Set(marks)).toEqual(new Set([phrase]))

    // A phrase from a sensitive record: hidden until 包含敏感记录 is on, and never shown.
    const secret = live.find((s) => s.sensitive === 1 && s.process.length > 20)
    if (secret) {
      const p2 = secret.process.slice(4, 10)
      const withoutSensitive = live.filter((s) => s.sensitive === 0 && hasPhrase(s, p2)).length
      const withSensitive = live.filter((s) => hasPhrase(s, p2)).length
      await list.search(p2)
      await list.countLine().filter({ hasText: new RegExp(`^共 ${withoutSensitive} 条`) }).waitFor()
      await list.includeSensitive(true)
      await list.countLine().filter({ hasText: new RegExp(`^共 ${withSensitive} 条`) }).waitFor()
      await list.table().getByText('敏感记录，内容不在列表中显示').first().waitFor()
      expect(await list.table().locator('mark').filter({ hasText: p2 }).count()).toBe(
        await list.rows().filter({ hasNot: app().page.getByText('敏感记录，内容不在列表中显示') }).count(),
      )
    }
    expect(app().errors).toEqual([])
  })

  it('deletes a record to the 回收站 and opens 以此为模板新建', async () => {
    const list = new SessionsListPage(app().page)
    await list.open()
    const total = await list.count()
    const code = (await list.cellTexts('编号'))[0]!.trim()
    await list.deleteRow(code)
    expect(await list.countChangedFrom(total)).toBe(total - 1)
    await list.table().getByRole('link', { name: code, exact: true }).waitFor({ state: 'detached' })
    expect(await countRows(app().page, 'sessions', false)).toBe(total - 1)

    const shell = new AppPage(app().page)
    await shell.goto('回收站')
    await app().page.getByText(code).first().waitFor()

    await list.open()
    const next = (await list.cellTexts('编号'))[0]!.trim()
    const id = await list.rows().first().getAttribute('data-session-id')
    await app().page.getByRole('button', { name: `以此为模板新建 ${next}` }).click()
    await app().page.waitForURL((u) => u.hash === `#/sessions/new?from=${id}`)
    await list.goto('督导记录')
    await app().page.getByRole('link', { name: `打开 ${next}` }).click()
    await app().page.waitForURL((u) => u.hash === `#/sessions/${id}`)
  })
})
