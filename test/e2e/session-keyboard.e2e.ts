import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { PersonsPage, SUPERVISOR_AND_TWO_WORKERS } from './pages/persons-page'
import { ProjectsPage } from './pages/projects-page'
import { SessionFormPage } from './pages/session-form-page'

/** One stored session and its live follow-ups, straight from IndexedDB. */
async function storedSession(app: AppSession) {
  return app.page.evaluate(
    () =>
      new Promise<{ status: string; superviseeIds: string[]; topics: string[]; projectIds: string[]; followUps: { content: string; dueDate: string }[] }>((resolve, reject) => {
        const req = indexedDB.open('supervision-studio')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['sessions', 'followUps'], 'readonly')
          const s = tx.objectStore('sessions').getAll()
          const f = tx.objectStore('followUps').getAll()
          tx.oncomplete = () => {
            const session = s.result[0]
            resolve({ ...session, followUps: f.result
                .filter((x) => !x.deletedAt)
                // In the order the form shows them (ids are random, so not the store's order).
                .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.dueDate.localeCompare(b.dueDate))
                .map((x) => ({ content: x.content, dueDate: x.dueDate })) })
            db.close()
          }
        }
      }),
  )
}

describe('督导记录：只用键盘', () => {
  let app: AppSession
  let form: SessionFormPage
  beforeEach(async () => {
    app = await openApp('#/persons')
    await new PersonsPage(app.page).createAll([...SUPERVISOR_AND_TWO_WORKERS, { name: '王芳', role: '社区工作者' }])
    const projects = new ProjectsPage(app.page)
    await projects.open()
    await projects.fillNew({ name: '林泉社区“共享儿女”关爱服务', community: '林泉社区', startDate: '2025-01-01', endDate: '2099-12-31' })
    await projects.save()
    await projects.dialog('新增服务项目').waitFor({ state: 'hidden' })
    form = new SessionFormPage(app.page)
  })
  afterEach(async () => {
    await app.close()
  })

  it('a typical session — three supervisees, two follow-ups, 定稿 — takes at most 45 non-text keys', async () => {
    const page = app.page
    await form.openNew()
    expect(await form.focusedLabel()).toBe('日期') // the form opens in 日期, today already there
    await form.press('Tab')
    await form.type('930') // 开始时间
    await form.press('Tab')
    await form.type('1100') // 结束时间
    await form.press('Tab')
    await page.getByText('1 小时 30 分钟（1.5 小时）').waitFor()
    await form.type('林泉社区党群服务中心二楼会议室') // 地点
    await form.press('Tab') // 督导方式 stays 个别督导
    await form.press('Tab') // 内部/外部督导 stays 内部督导
    await form.press('Tab') // 督导功能：行政
    await form.press('Space')
    await form.press('Tab') // 教育
    await form.press('Space')
    await form.press('Tab') // 支持
    await form.press('Tab') // 督导者
    await form.pick('zxl')
    await form.press('Tab') // 被督导者 ×3
    await form.pick('zxm')
    await form.pick('lwj')
    await form.pick('wf')
    await form.press('Tab') // 关联项目
    await form.pick('lq')
    await form.press('Tab') // 议题: 「个案」 + Enter chooses 个案工作, no new topic 「个案」
    await form.pick('个案')
    await form.press('Tab')
    await form.type('志愿者近期流失较多，活动人手不足。') // 被督导者提出的问题
    await form.press('Tab')
    await form.type('回顾近三个月的志愿者排班，讨论激励方式。') // 督导过程
    await form.press('Tab')
    await form.type('建立积分与时间银行激励，每月表彰一次。') // 督导意见与建议
    await form.press('Tab') // → 添加跟进事项
    expect(await form.focusedLabel()).toBe('添加跟进事项')

    await form.press('Enter') // a new row takes the cursor in its 内容
    expect(await form.focusedLabel()).toBe('跟进事项1内容')
    await form.type('两周内制定志愿者积分办法')
    await form.press('Tab')
    await form.pick('zxm')
    await form.press('Tab') // 期限: typed, the cursor leaves, the date is kept
    await form.type('2099-1-15')
    await form.press('Tab') // 状态
    await form.press('Tab') // 删除跟进事项1: the next stop after 状态, no clear icon in between
    expect(await form.focusedLabel()).toBe('删除跟进事项1')
    await form.press('Tab')
    expect(await form.focusedLabel()).toBe('添加跟进事项')
    await form.press('Enter')
    expect(await form.focusedLabel()).toBe('跟进事项2内容')
    await form.type('联系街道链接表彰资源')
    await form.press('Tab')
    await form.pick('lwj')
    await form.press('Tab')
    await form.type('2099年2月1日')

    await form.press('Control+Enter') // 定稿 from wherever the cursor is, after a confirmation
    const confirm = page.getByRole('dialog', { name: '定稿这条记录？' })
    await confirm.waitFor()
    await form.waitForFocusOn(confirm, '定稿')
    await form.press('Enter')
    await page.getByText('本记录已定稿，内容只读。').waitFor()

    console.log(`一条典型督导记录（3 名被督导者、2 项跟进事项、定稿）用键盘录入：${form.keys} 次非文字按键`)
    expect(form.keys).toBeLessThanOrEqual(45)

    const stored = await storedSession(app)
    expect(stored.status).toBe('已定稿')
    expect(stored.superviseeIds).toHaveLength(3)
    expect(stored.projectIds).toHaveLength(1)
    expect(stored.topics).toEqual(['个案工作'])
    expect(stored.followUps).toEqual([
      { content: '两周内制定志愿者积分办法', dueDate: '2099-01-15' },
      { content: '联系街道链接表彰资源', dueDate: '2099-02-01' },
    ])
    expect(await countRows(page, 'sessions')).toBe(1)
    expect(app.errors).toEqual([])
  })

  it('a deleted 跟进事项 can be put back where it was', async () => {
    const page = app.page
    await form.openNew()
    for (const content of ['第一项', '第二项', '第三项']) {
      await page.getByRole('button', { name: '添加跟进事项' }).click()
      await form.type(content) // the new row's 内容 has the cursor
    }
    await page.getByRole('button', { name: '删除跟进事项2' }).click()
    expect(await form.field('跟进事项2内容').inputValue()).toBe('第三项')
    // The notice says what went and has the cursor on 撤销删除: Enter puts it back.
    await page.getByText('已删除跟进事项2“第二项”，保存后生效。').waitFor()
    expect(await form.focusedLabel()).toBe('撤销删除')
    await page.keyboard.press('Enter')
    expect(await form.field('跟进事项2内容').inputValue()).toBe('第二项')
    expect(await form.field('跟进事项3内容').inputValue()).toBe('第三项')
    expect(await page.getByText(/已删除跟进事项/).count()).toBe(0)
  })

  it('Ctrl+Enter on a form with a mistake finalises nothing and says what to fix', async () => {
    const page = app.page
    await form.openNew()
    await form.field('开始时间').fill('25:00')
    await page.keyboard.press('Control+Enter')
    await form.error('时间无效：没有25点（小时为 0–23）').waitFor()
    await form.toast('请先修正标红的内容，记录尚未定稿').waitFor()
    expect(await page.getByRole('dialog', { name: '定稿这条记录？' }).count()).toBe(0)
    expect(await countRows(page, 'sessions')).toBe(0)
  })
})
