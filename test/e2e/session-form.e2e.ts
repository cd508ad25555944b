import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { PersonsPage, SUPERVISOR_AND_TWO_WORKERS } from './pages/persons-page'
import { SessionFormPage } from './pages/session-form-page'

/** Local date as the app computes "today". */
async function today(app: AppSession) {
  return app.page.evaluate(() => {
    const d = new Date()
    const p = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  })
}

describe('督导记录表单', () => {
  let app: AppSession
  let form: SessionFormPage
  beforeEach(async () => {
    app = await openApp('#/persons')
    await new PersonsPage(app.page).createAll(SUPERVISOR_AND_TWO_WORKERS)
    form = new SessionFormPage(app.page)
  })
  afterEach(async () => {
    await app.close()
  })

  it('creates a session with the keyboard alone, with two follow-ups, and keeps it with its 编号', async () => {
    const page = app.page
    await form.openNew()
    // 日期 has focus and defaults to today: keep it. Under load the form takes a moment to come
    // alive: keys pressed before the focus is there would land nowhere.
    await expect.poll(() => form.focusedLabel()).toBe('日期')
    await page.keyboard.press('Tab')
    await expect.poll(() => form.focusedLabel()).toBe('开始时间')
    await form.typeAndTab('9:30') // 开始时间
    await expect.poll(() => form.focusedLabel()).toBe('结束时间')
    await form.typeAndTab('1100') // 结束时间
    await page.getByText('1 小时 30 分钟（1.5 小时）').waitFor()
    await form.typeAndTab('林泉社区党群服务中心二楼会议室') // 地点
    await page.keyboard.press('Tab') // 督导方式 keeps 个别督导 → 内部督导 radio (selected)
    await page.keyboard.press('Tab') // → 督导功能：行政
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab') // 教育
    await page.keyboard.press('Tab') // 支持
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab') // → 督导者
    await form.pickFocused('zxl') // 督导者 周晓岚 by pinyin initials
    await page.keyboard.press('Tab')
    await form.pickFocused('zxm') // 被督导者 张晓明
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab') // 关联项目: none
    await form.pickFocused('志愿者管理') // 议题
    await page.keyboard.press('Tab')
    await form.typeAndTab('志愿者近期流失较多，活动人手不足。') // 被督导者提出的问题
    await form.typeAndTab('回顾近三个月的志愿者排班，讨论激励方式。') // 督导过程
    await form.typeAndTab('建立积分与时间银行激励，每月表彰一次。') // 督导意见与建议

    // 添加跟进事项 ×2, all by keyboard.
    for (const [i, content, who, due] of [
      [1, '两周内制定志愿者积分办法', 'zxm', '2099-01-01'],
      [2, '联系街道链接表彰资源', 'lwj', '2099-02-01'],
    ] as const) {
      await page.getByRole('button', { name: '添加跟进事项' }).focus()
      await page.keyboard.press('Enter')
      await form.focus(`跟进事项${i}内容`)
      await form.typeAndTab(content)
      await form.pickFocused(who)
      await page.keyboard.press('Tab')
      await page.keyboard.type(due)
      await page.keyboard.press('Enter')
    }
    const keptForm = await form.holdNewForm()
    await form.save()
    await page.getByRole('heading', { name: /督导记录 DD-\d{4}-0001/ }).waitFor()
    expect(await keptForm()).toBe(true)
    expect(await countRows(page, 'sessions')).toBe(1)
    expect(await countRows(page, 'followUps')).toBe(2)

    await page.reload()
    await page.getByRole('heading', { name: /督导记录 DD-\d{4}-0001/ }).waitFor()
    expect(await form.field('地点').inputValue()).toBe('林泉社区党群服务中心二楼会议室')
    expect(await form.field('跟进事项2内容').inputValue()).toBe('联系街道链接表彰资源')
    expect(app.errors).toEqual([])
  })

  it('offers an unsaved draft back after a reload, word for word', async () => {
    const page = app.page
    await form.openNew()
    const text = '被督导者反映：独居老人探访中发现王阿姨情绪低落，担心其有抑郁倾向，不知如何转介。'
    await form.field('被督导者提出的问题').fill(text)
    await form.field('地点').fill('古街社区日间照料中心')
    await page.waitForTimeout(1500)
    await page.reload()
    await page.getByRole('dialog', { name: '发现未保存的草稿，是否恢复？' }).waitFor()
    await page.getByRole('button', { name: '恢复草稿' }).click()
    expect(await form.field('被督导者提出的问题').inputValue()).toBe(text)
    expect(await form.field('地点').inputValue()).toBe('古街社区日间照料中心')
    expect(await countRows(page, 'sessions')).toBe(0)
  })

  it('leaving a form with unsaved changes asks first; staying keeps the text, leaving keeps it as a draft', async () => {
    const page = app.page
    await form.openNew()
    await form.field('地点').fill('林泉社区服务站')
    const menu = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '督导记录' })
    await menu.click()
    const ask = page.getByRole('dialog', { name: '有尚未保存的修改，确定离开吗？' })
    await ask.waitFor()
    await ask.getByRole('button', { name: '留下继续编辑' }).click()
    await ask.waitFor({ state: 'hidden' })
    expect(await form.field('地点').inputValue()).toBe('林泉社区服务站')

    await menu.click()
    await ask.getByRole('button', { name: /^离\s*开$/ }).click()
    await form.heading('督导记录').waitFor()
    expect(await countRows(page, 'sessions')).toBe(0)
    await form.openNew()
    await page.getByRole('dialog', { name: '发现未保存的草稿，是否恢复？' }).waitFor()
    await page.getByRole('button', { name: '恢复草稿' }).click()
    expect(await form.field('地点').inputValue()).toBe('林泉社区服务站')
  })

  it('finalise → read-only; undo with a reason; the edit shows in the history', async () => {
    const page = app.page
    await form.openNew()
    await form.field('开始时间').fill('14:00')
    await form.field('结束时间').fill('15:30')
    await form.field('行政').check()
    await form.choose(page, '督导者', '周晓岚')
    await form.choose(page, '被督导者', '张晓明')
    await form.field('督导意见与建议').fill('先完成需求评估')
    await form.save()
    await page.getByRole('heading', { name: /DD-\d{4}-0001/ }).waitFor()
    await page.getByRole('button', { name: /^定\s*稿$/ }).click()
    // 定稿 asks first.
    const confirm = page.getByRole('dialog', { name: '定稿这条记录？' })
    await confirm.getByRole('button', { name: /^定\s*稿$/ }).click()
    await page.getByText('本记录已定稿，内容只读。').waitFor()
    expect(await form.field('督导意见与建议').isDisabled()).toBe(true)

    await page.getByRole('button', { name: '撤销定稿' }).click()
    const dialog = page.getByRole('dialog', { name: '撤销定稿' })
    await dialog.getByRole('button', { name: '撤销定稿' }).click()
    await dialog.getByText('请填写撤销定稿的原因').waitFor()
    await dialog.getByLabel('撤销原因').fill('补充督导意见')
    await dialog.getByRole('button', { name: '撤销定稿' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await form.field('督导意见与建议').fill('先完成需求评估，再设计小组方案')
    await form.save()
    const history = page.getByRole('table', { name: '修改历史' })
    await history.getByText('督导意见与建议').waitFor()
    expect(await history.getByText('原因：补充督导意见').count()).toBe(1)
    expect(await history.getByText('先完成需求评估 → 先完成需求评估，再设计小组方案', { exact: false }).count()).toBe(1)
  })

  it('invalid inputs show their messages and nothing is written', async () => {
    const page = app.page
    await form.openNew()
    const d = await today(app)
    const future = `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`
    await form.fillDate(page, '日期', future)
    await form.field('开始时间').fill('10:00')
    await form.field('结束时间').fill('09:00')
    await form.choose(page, '督导者', '周晓岚')
    await form.choose(page, '被督导者', '周晓岚')
    await page.getByRole('button', { name: '添加跟进事项' }).click()
    await form.save()
    for (const msg of ['督导日期不能晚于今天', '结束时间须晚于开始时间', '请至少选择一项督导功能', '同一人不能既是督导者又是被督导者', '跟进事项内容必填', '请选择负责人']) {
      await form.error(msg).waitFor()
    }
    await form.fillDate(page, '日期', d)
    await form.field('结束时间').fill('18:30')
    await form.save()
    await form.error('督导时长不能超过 8 小时').waitFor()
    expect(await countRows(page, 'sessions')).toBe(0)
    expect(await countRows(page, 'followUps')).toBe(0)
  })
})
