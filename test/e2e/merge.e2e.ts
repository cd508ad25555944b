import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { DataPage } from './pages/data-page'
import { PersonsPage } from './pages/persons-page'

/**
 * Two laptops that started from one backup, simulated in one browser: "laptop B" adds a
 * person and writes its backup; the database is then put back to the shared starting point
 * ("laptop A"), which adds a person of its own and merges B's file through 设置.
 */
describe('合并导入 another laptop’s backup', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/settings')
  })
  afterEach(async () => {
    await app.close()
  })

  it('adds what the other laptop added, keeps what this one added, and a second import changes nothing', async () => {
    const data = new DataPage(app.page)
    const persons = new PersonsPage(app.page)
    await data.open()
    await data.loadSample()
    const start = await data.backupNow()
    const startPersons = await countRows(app.page, 'persons')
    const startSessions = await countRows(app.page, 'sessions')

    // Laptop B.
    await persons.open()
    await (await persons.create({ name: '陆文静', role: '社工', qualification: '社会工作师' })).waitFor({ state: 'hidden' })
    await data.open()
    const fromB = await data.backupNow()

    // Laptop A: back to the shared start, then its own new person.
    await data.becomeLaptopFrom(start.path)
    await persons.open()
    await (await persons.create({ name: '韩志远', role: '督导者', qualification: '高级社会工作师' })).waitFor({ state: 'hidden' })
    expect(await countRows(app.page, 'persons')).toBe(startPersons + 1)

    await data.open()
    const first = await data.mergeFile(fromB.path)
    // A merge loses nothing (the losing side of a conflict becomes a revision): no download is forced on the browser user.
    expect(first.downloads).toBe(0)
    await first.result.getByRole('table', { name: '合并数量' }).getByRole('row', { name: /人员\s*1\s*0\s*0/ }).waitFor()
    await first.result.getByRole('button', { name: '知道了' }).click()
    expect(await countRows(app.page, 'persons')).toBe(startPersons + 2)
    expect(await countRows(app.page, 'sessions')).toBe(startSessions)
    await persons.open()
    await persons.row('陆文静').waitFor()
    await persons.row('韩志远').waitFor()

    await data.open()
    const second = await data.mergeFile(fromB.path)
    await second.result.getByText('这份备份已经导入过，没有需要合并的变更，数据未作任何改动。').waitFor()
    expect(await countRows(app.page, 'persons')).toBe(startPersons + 2)
    expect(app.errors).toEqual([])
  })
})
