/**
 * 报告导出 in the real app: export each of the four reports in headless Chromium, open the .docx
 * and check that it says what the screens say (project name, total, colour, counts); the export
 * buttons on the other pages; the batch zip with its progress and cancel.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'
import { withNamedSampleStudio } from './support/sample-data'
import { readDocx, ReportsPage } from './pages/reports-page'
import { DashboardPage } from './pages/index-pages'
import { SessionsListPage } from './pages/sessions-list-page'

const PROJECT = '古街社区助老送餐服务项目'

describe('报告导出', () => {
  const app = withNamedSampleStudio('林泉高级社工师工作室')
  const reports = () => new ReportsPage(app().page)

  it('项目督导评估报告: the file says what the dashboard shows for the project', async () => {
    // What the 指数看板 shows for the project.
    const dashboard = new DashboardPage(app().page)
    await dashboard.open()
    const summaryLine = (await app().page.locator('p.muted').filter({ hasText: '个项目，已定稿评估' }).textContent()) ?? ''
    const period = /^(\d{4}年第\d季度)/.exec(summaryLine)?.[1] ?? ''
    expect(period).toMatch(/^\d{4}年第\d季度$/)
    const card = dashboard.card(PROJECT)
    const total = ((await card.getByLabel('总分').textContent()) ?? '').replace(/\s*分$/, '').trim()
    const colour = (await card.getAttribute('data-colour')) ?? ''
    expect(total).toMatch(/^\d+\.\d$/)
    expect(colour).toMatch(/^(绿|蓝|黄|红)色$/)

    await reports().open()
    await reports().chooseKind('项目督导评估报告')
    await reports().pick('项目', PROJECT, '古街')
    expect(await reports().previewTitle().textContent()).toBe(`${PROJECT}督导评估报告`)
    expect(await reports().figure('总分')).toBe(`${total} 分`)
    expect(await reports().figure('等级')).toMatch(new RegExp(`^${colour} `))
    expect(await reports().sections()).toContain('二、社工督导指数评估结果')
    const charts = await reports().charts()
    expect(charts[0]).toMatch(/^各维度得分率/)
    const sessions = await reports().figure('本期督导')

    const docx = await reports().exportWord()
    expect(docx.fileName).toBe(`项目督导评估报告_${PROJECT}_${period}.docx`)
    expect(docx.text).toContain(`${PROJECT}督导评估报告`)
    expect(docx.text).toContain(`本期总分 ${total} 分，等级为${colour}`)
    const [count, hours] = /^(\d+) 次，([\d.]+) 小时$/.exec(sessions)!.slice(1)
    expect(docx.text).toContain(`本期共为该项目开展督导 ${count} 次，累计 ${hours} 小时`)
    // The radar and the trend, drawn from the app's charts.
    expect(docx.document.match(/<w:drawing>/g)?.length).toBe(charts.length)
    expect(docx.media.length).toBe(charts.length)
    expect(app().errors).toEqual([])
  })

  it('工作室督导工作总结: the counts match the preview and the dashboard tiles', async () => {
    const dashboard = new DashboardPage(app().page)
    await dashboard.open()
    const tiles: Record<string, string> = {}
    for (const c of ['绿色', '蓝色', '黄色', '红色']) {
      const label = (await dashboard.tile(c).getAttribute('aria-label')) ?? ''
      tiles[c] = /(\d+) 个$/.exec(label)![1]!
    }

    const { count, hours, supervisees } = await reports().openStudioSummary()
    expect(await reports().figure('四色分布')).toMatch(new RegExp(`^绿 ${tiles.绿色} · 蓝 ${tiles.蓝色} · 黄 ${tiles.黄色} · 红 ${tiles.红色}`))
    expect(await reports().charts()).toHaveLength(4)

    await app().page.getByLabel('下阶段计划', { exact: true }).fill('开展一次伦理专题培训\n完成年度督导档案整理')
    const docx = await reports().exportWord()
    expect(docx.fileName).toMatch(/^工作室督导工作总结_\d{4}年第\d季度\.docx$/)
    expect(docx.text).toContain(`本季度共开展督导 ${count} 次，累计 ${hours} 小时，覆盖被督导者 ${supervisees} 人`)
    expect(docx.text).toContain(`绿色（优秀）${tiles.绿色} 个、蓝色（良好）${tiles.蓝色} 个、黄色（合格）${tiles.黄色} 个、红色（预警）${tiles.红色} 个`)
    expect(docx.text).toContain('开展一次伦理专题培训完成年度督导档案整理')
    expect(docx.text).toContain('林泉高级社工师工作室')
    expect(docx.document.match(/<w:drawing>/g)?.length).toBe(4)
  })

  it('督导记录表: the file holds the record the preview names', async () => {
    await reports().open()
    await reports().chooseKind('督导记录表')
    await reports().pick('督导记录', 'DD-', 'DD-')
    const code = await reports().figure('编号')
    const supervisees = await reports().figure('被督导者')
    const followUps = Number((await reports().figure('跟进事项')).replace(' 项', ''))
    const docx = await reports().exportWord()
    expect(docx.fileName.startsWith(`督导记录表_${code}_`)).toBe(true)
    expect(docx.text).toContain('督导记录表')
    expect(docx.text).toContain(code)
    expect(docx.text).toContain(supervisees)
    expect(docx.text).toContain('督导者签名：')
    const tables = docx.document.match(/<w:tbl>/g)?.length ?? 0
    // The form, the follow-ups table when there are any, the signature lines.
    expect(tables).toBe(followUps > 0 ? 3 : 2)
  })

  it('被督导者督导档案: hours as the preview shows them', async () => {
    await reports().open()
    await reports().chooseKind('被督导者督导档案')
    await reports().pick('被督导者', '谢国铭', 'xgm')
    const count = (await reports().figure('督导次数')).replace(' 次', '')
    const hours = (await reports().figure('督导时数')).replace(' 小时', '')
    const period = await reports().figure('期间')
    const docx = await reports().exportWord()
    expect(docx.fileName).toBe(`被督导者督导档案_谢国铭_${period}.docx`)
    expect(docx.text).toContain(`${period}共接受督导 ${count} 次，累计 ${hours} 小时`)
  })

  it('the export button on a record page saves the same 督导记录表', async () => {
    const list = new SessionsListPage(app().page)
    await list.open()
    const first = list.rows().first()
    const link = first.getByRole('link', { name: /^打开 / })
    const code = ((await link.getAttribute('aria-label')) ?? '').replace('打开 ', '')
    expect(code).toMatch(/^DD-\d{4}-\d{4}$/)
    await link.click()
    await app().page.getByRole('heading', { level: 1, name: `督导记录 ${code}` }).waitFor()
    const [download] = await Promise.all([app().page.waitForEvent('download'), app().page.getByRole('button', { name: '导出记录表' }).click()])
    const docx = await readDocx(download)
    expect(docx.fileName.startsWith(`督导记录表_${code}_`)).toBe(true)
    expect(docx.text).toContain(code)
  })

  it('the export buttons on the project, person and dashboard pages', async () => {
    await app().page.goto(`${app().baseUrl}/#/projects`)
    await app().page.getByRole('link', { name: PROJECT }).first().click()
    await app().page.getByRole('heading', { level: 1, name: PROJECT }).waitFor()
    const projectButton = app().page.getByRole('button', { name: /导出评估报告（\d{4}年第\d季度）/ })
    const [projectDownload] = await Promise.all([app().page.waitForEvent('download'), projectButton.click()])
    const projectDocx = await readDocx(projectDownload)
    expect(projectDocx.fileName).toMatch(new RegExp(`^项目督导评估报告_${PROJECT}_\\d{4}年第\\d季度\\.docx$`))
    expect(projectDocx.text).toContain('本期总分')

    await app().page.goto(`${app().baseUrl}/#/persons`)
    await app().page.getByRole('link', { name: '谢国铭' }).first().click()
    await app().page.getByRole('heading', { level: 1, name: '谢国铭' }).waitFor()
    const [personDownload] = await Promise.all([app().page.waitForEvent('download'), app().page.getByRole('button', { name: /导出督导档案/ }).click()])
    expect((await readDocx(personDownload)).fileName).toMatch(/^被督导者督导档案_谢国铭_\d{4}年度\.docx$/)

    const dashboard = new DashboardPage(app().page)
    await dashboard.open()
    const [summaryDownload] = await Promise.all([app().page.waitForEvent('download'), app().page.getByRole('button', { name: /导出工作总结/ }).click()])
    const summary = await readDocx(summaryDownload)
    expect(summary.fileName).toMatch(/^工作室督导工作总结_\d{4}年第\d季度\.docx$/)
    expect(summary.text).toContain('督导工作总结')
  })

  it('batch: every project report of the period in one zip; cancel stops it', async () => {
    await reports().open()
    await reports().chooseKind('项目督导评估报告')
    const card = reports().batchCard()
    const countText = (await card.locator('strong').textContent()) ?? '0'
    const expected = Number(countText)
    expect(expected).toBeGreaterThan(1)

    // Cancel as soon as the progress shows: no file, a message.
    await card.getByRole('button', { name: '全部导出为 ZIP' }).click()
    await card.getByRole('status', { name: '批量导出进度' }).waitFor()
    await card.getByRole('button', { name: '取 消' }).or(card.getByRole('button', { name: '取消' })).click()
    await reports().toast('已取消批量导出').waitFor()

    const [download] = await Promise.all([
      app().page.waitForEvent('download', { timeout: 120_000 }),
      card.getByRole('button', { name: '全部导出为 ZIP' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^项目督导评估报告_\d{4}年第\d季度\.zip$/)
    const zip = await JSZip.loadAsync(await readFile(await download.path()))
    const names = Object.keys(zip.files)
    expect(names).toHaveLength(expected)
    expect(names.every((n) => /^项目督导评估报告_.+_\d{4}年第\d季度\.docx$/.test(n))).toBe(true)
    expect(names.some((n) => n.includes(PROJECT))).toBe(true)
    const inner = await JSZip.loadAsync(await zip.file(names[0]!)!.async('uint8array'))
    expect(await inner.file('word/document.xml')!.async('string')).toContain('本期总分')
    expect(app().errors).toEqual([])
  })
})
