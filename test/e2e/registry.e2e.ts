import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { PersonsPage } from './pages/persons-page'
import { ProjectsPage } from './pages/projects-page'
import { AppPage } from './pages/app-page'

describe('人员与服务项目', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp()
  })
  afterEach(async () => {
    await app.close()
  })

  it('creates a person and a project through the UI and both survive a reload', async () => {
    const persons = new PersonsPage(app.page)
    await persons.open()
    // antd's static CSS is loaded and themed: the primary button wears the studio's green.
    const add = app.page.getByRole('button', { name: '新增人员' })
    expect(await add.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 111, 92)')
    const dialog = await persons.create({ name: '周晓岚', role: '督导者', qualification: '高级社会工作师', org: '林泉社区' })
    await dialog.waitFor({ state: 'hidden' })
    await persons.row('周晓岚').waitFor()

    const projects = new ProjectsPage(app.page)
    await projects.open()
    const form = await projects.fillNew({
      name: '“共享儿女”独居老人关爱服务',
      community: '林泉社区',
      field: '养老',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      targets: { activities: '36', serviceCount: '1200', volunteers: '40' },
    })
    await projects.choose(form, '项目负责人', '周晓岚', 'zxl')
    await projects.save()
    await form.waitFor({ state: 'hidden' })

    await app.page.reload()
    await projects.link('“共享儿女”独居老人关爱服务').click()
    await projects.heading('“共享儿女”独居老人关爱服务').waitFor()
    // The leader's name comes from its own query: wait for it rather than count at once.
    await app.page.getByText('周晓岚', { exact: true }).first().waitFor()
    await app.page.getByText('活动 36 场 · 服务 1200 人次 · 志愿者 40 人').waitFor()
    expect(await app.page.getByText('活动 36 场 · 服务 1200 人次 · 志愿者 40 人').count()).toBe(1)
    // 编辑项目 opens the dialog filled from the record (dates included); a change is saved in place.
    await app.page.getByRole('button', { name: '编辑项目' }).click()
    const edit = projects.dialog('编辑项目：“共享儿女”独居老人关爱服务')
    expect(await edit.getByLabel('开始日期', { exact: true }).inputValue()).toBe('2025-01-01')
    expect(await edit.getByLabel('项目名称', { exact: true }).inputValue()).toBe('“共享儿女”独居老人关爱服务')
    await edit.getByLabel('社区', { exact: true }).fill('古街社区')
    await projects.save(edit)
    await projects.toast('已保存修改').waitFor()
    await edit.waitFor({ state: 'hidden' })
    await app.page.getByText('古街社区', { exact: true }).waitFor()
    expect(await countRows(app.page, 'projects')).toBe(1)
    await persons.open()
    await persons.row('周晓岚').waitFor()
    expect(await countRows(app.page, 'persons')).toBe(1)
    expect(await countRows(app.page, 'projects')).toBe(1)
    expect(app.errors).toEqual([])
  })

  it('an invalid form shows the Chinese message and writes nothing', async () => {
    const projects = new ProjectsPage(app.page)
    await projects.open()
    const form = await projects.fillNew({
      name: '青少年心理辅导',
      community: '新港山路社区',
      startDate: '2025-06-01',
      endDate: '2025-03-01',
      targets: { activities: '12', serviceCount: '-5', volunteers: '10' },
    })
    await projects.save(form)
    await projects.fieldError(form, '结束日期不能早于开始日期').waitFor()
    await projects.fieldError(form, '目标人次须为非负整数').waitFor()
    expect(await form.isVisible()).toBe(true)
    expect(await countRows(app.page, 'projects')).toBe(0)

    await form.getByRole('button', { name: /取\s*消/ }).click()
    const persons = new PersonsPage(app.page)
    await persons.open()
    const dialog = await persons.create({ name: '   ' })
    await persons.fieldError(dialog, '姓名必填').waitFor()
    expect(await countRows(app.page, 'persons')).toBe(0)
  })

  it('delete moves a record to the 回收站 and restore brings it back', async () => {
    const persons = new PersonsPage(app.page)
    await persons.open()
    await (await persons.create({ name: '韩雨桐', role: '社工' })).waitFor({ state: 'hidden' })
    await persons.delete('韩雨桐')
    await persons.row('韩雨桐').waitFor({ state: 'detached' })
    expect(await countRows(app.page, 'persons', false)).toBe(0)
    expect(await countRows(app.page, 'persons', true)).toBe(1)

    const shell = new AppPage(app.page)
    await shell.goto('回收站')
    await app.page.getByRole('button', { name: '恢复 韩雨桐' }).click()
    await app.page.getByText('回收站是空的').waitFor()
    await persons.open()
    await persons.row('韩雨桐').waitFor()
    expect(await countRows(app.page, 'persons', false)).toBe(1)
  })

  it('finds a person by pinyin initials, and narrows the list by role', async () => {
    const persons = new PersonsPage(app.page)
    await persons.open()
    await (await persons.create({ name: '张晓明' })).waitFor({ state: 'hidden' })
    await (await persons.create({ name: '李文静', role: '督导者' })).waitFor({ state: 'hidden' })
    await persons.search('zxm')
    await persons.row('李文静').waitFor({ state: 'detached' })
    expect(await persons.row('张晓明').count()).toBe(1)
    await app.page.getByText('共 1 人').waitFor()

    await persons.search('')
    await persons.choose(app.page, '按角色筛选', '督导者')
    await persons.row('张晓明').waitFor({ state: 'detached' })
    expect(await persons.row('李文静').count()).toBe(1)
    await app.page.getByText('共 1 人').waitFor()
  })
})
