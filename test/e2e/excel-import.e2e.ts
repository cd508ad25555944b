import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, readRows, type AppSession } from './support/browser'
import { ExcelImportPage, IMPORT_BUTTON } from './pages/excel-import-page'
import { PersonsPage } from './pages/persons-page'
import { ProjectsPage } from './pages/projects-page'
import { makeXlsx } from '../shared/excel/xlsx'

/** A 2025 ledger as a studio keeps it: abbreviations, follow-ups, projects spelt loosely, a year-less date, a bad date, a 合计 row, a column with no field. */
const ledger = () =>
  makeXlsx([
    {
      name: '督导台账',
      rows: [
        ['2025年林泉社区督导台账'],
        ['序号', '日期', '时间', '方式', '督导者', '被督导者', '项目', '督导内容', '跟进事项', '联系电话'],
        [1, '2025年3月6日', '14:00-15:30', '个督', '周晓岚', '韩雨桐', '「共享儿女」独居老人关爱服务', '回顾独居老人个案', '1. 整理个案档案（3月20日前）\n2. 联系家属（已完成 3月18日）', '13800000001'],
        [2, '3月13日', '9:00-11:00', '团督', '周晓岚', '韩雨桐、程思远', '林泉社区“共享儿女”独居老人关爱服务项目', '小组复盘', '', ''],
        [3, '下周', '9:00-10:00', '视频', '周晓岚', '程思远', '青少年心理辅导', '线上复盘', '程思远：提交小组计划（4月1日前）', ''],
        ['合计', null, null, null, null, null, null, '3 次', null, null],
      ],
      merges: ['A1:J1'],
    },
  ])

describe('Excel 导入旧督导台账', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/persons')
  })
  afterEach(async () => {
    await app.close()
  })

  it('maps every column, fixes a flagged row in the preview, links and creates projects, imports follow-ups; the same file again adds nothing', async () => {
    const persons = new PersonsPage(app.page)
    await persons.create({ name: '周晓岚', role: '督导者' })
    await persons.row('周晓岚').waitFor()
    await persons.create({ name: '韩雨桐', role: '社工' })
    await persons.row('韩雨桐').waitFor()
    const projects = new ProjectsPage(app.page)
    await projects.open()
    await projects.fillNew({ name: '“共享儿女”独居老人关爱服务', community: '林泉社区', field: '养老', startDate: '2025-01-01', endDate: '2025-12-31' })
    await projects.save()
    await projects.link('“共享儿女”独居老人关爱服务').waitFor()

    const im = new ExcelImportPage(app.page)
    await im.open()
    const buffer = Buffer.from(await ledger())
    const [worker, dialog] = await Promise.all([app.page.waitForEvent('worker'), im.start('林泉台账.xlsx', buffer)])
    expect(worker.url()).toMatch(/excel-read\.worker/)

    // 对应列: the phone column has data and no field: the preview waits until it has a choice.
    const mapping = im.mapping(dialog)
    await mapping.waitFor()
    await mapping.getByText('还有 1 列有数据但未选择去向：J 列“联系电话”').waitFor()
    expect(await im.nextButton(dialog).isDisabled()).toBe(true)
    await mapping.getByText('依据：表格标题“2025年林泉社区督导台账”').waitFor()
    await im.chooseColumn(dialog, 'J', '追加到“督导过程”')
    await im.nextButton(dialog).click()

    // 预览: the 合计 row apart, the bad date flagged, the year-less date an assumption to confirm.
    await dialog.getByText('可导入 2', { exact: true }).first().waitFor()
    await dialog.getByText('有错误 1', { exact: true }).first().waitFor()
    await dialog.getByText('合计行 1', { exact: true }).first().waitFor()
    await dialog.getByText(/有 1 行的日期没有写年份，按 2025 年导入/).waitFor()
    await dialog.getByText('将新建 1 位人员（按姓名未找到）：程思远（社工）').waitFor()
    expect(await im.importButton(dialog).isDisabled()).toBe(true)

    // The flagged row, corrected cell by cell with the form's checks.
    const editor = await im.editRow(dialog, 5)
    await editor.getByText('日期无法识别：“下周”').first().waitFor()
    await editor.getByLabel('督导日期').fill('2025-03-20')
    await editor.getByLabel('结束时间').fill('08:00')
    await editor.getByText('结束时间须晚于开始时间').waitFor()
    await editor.getByLabel('结束时间').fill('10:30')
    await editor.getByText('这一行可以导入').waitFor()
    await editor.getByRole('button', { name: '保存修改' }).click()
    await editor.waitFor({ state: 'hidden' })
    await dialog.getByText('可导入 3', { exact: true }).first().waitFor()

    // Projects: the two loose spellings are confirmed as the existing project, the unknown one created.
    await dialog.getByRole('button', { name: '确认全部候选' }).click()
    await dialog.getByRole('button', { name: '其余全部新建' }).click()
    await dialog.getByText('导入时将新建 1 个服务项目：“青少年心理辅导”', { exact: false }).waitFor()
    await dialog.getByRole('button', { name: '确认年份' }).click()
    await im.importButton(dialog).click()

    const summary = dialog.getByLabel('导入结果')
    await summary.getByText('已导入 3 条督导记录').waitFor()
    await summary.getByText('跟进事项 3 条').waitFor()
    await summary.getByText('新建服务项目：青少年心理辅导（社区、服务领域等请到“服务项目”中补充）').waitFor()
    await summary.getByText('合计/小计行 1 行（不是督导记录，已跳过）').waitFor()
    await summary.getByText('在预览中修改后导入 1 行').waitFor()
    // The report a studio keeps: every row not imported with why, every column and its fate.
    const [download] = await Promise.all([app.page.waitForEvent('download'), summary.getByRole('button', { name: '导出导入报告（Excel）' }).click()])
    expect(download.suggestedFilename()).toBe('导入报告-林泉台账-督导台账.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['导入结果', '未导入的行', '各列去向'])
    expect(wb.getWorksheet('未导入的行')!.getRow(2).getCell(4).value).toBe('合计/小计行，不是督导记录')
    expect(wb.getWorksheet('各列去向')!.getRow(11).values).toEqual([undefined, 'J 列“联系电话”', '追加到“督导过程”', 1])
    await dialog.getByRole('button', { name: /完\s*成/ }).click()
    await dialog.waitFor({ state: 'hidden' })

    // Field by field.
    const people = new Map((await readRows(app.page, 'persons')).map((p) => [p.id, p.name]))
    const projectName = new Map((await readRows(app.page, 'projects')).map((p) => [p.id, p.name]))
    const sessions = (await readRows(app.page, 'sessions')).sort((a, b) => String(a.code).localeCompare(String(b.code)))
    expect(
      sessions.map((s) => ({
        code: s.code,
        date: s.date,
        time: `${s.startTime}-${s.endTime}`,
        mode: s.mode,
        supervisors: (s.supervisorIds as string[]).map((id) => people.get(id)),
        supervisees: (s.superviseeIds as string[]).map((id) => people.get(id)),
        projects: (s.projectIds as string[]).map((id) => projectName.get(id)),
        process: s.process,
        rev: s.rev,
        keyed: typeof s.importKey === 'string',
      })),
    ).toEqual([
      { code: 'DD-2025-0001', date: '2025-03-06', time: '14:00-15:30', mode: '个别督导', supervisors: ['周晓岚'], supervisees: ['韩雨桐'], projects: ['“共享儿女”独居老人关爱服务'], process: '回顾独居老人个案\n联系电话：13800000001', rev: 1, keyed: true },
      { code: 'DD-2025-0002', date: '2025-03-13', time: '09:00-11:00', mode: '团体督导', supervisors: ['周晓岚'], supervisees: ['韩雨桐', '程思远'], projects: ['“共享儿女”独居老人关爱服务'], process: '小组复盘', rev: 1, keyed: true },
      { code: 'DD-2025-0003', date: '2025-03-20', time: '09:00-10:30', mode: '线上督导', supervisors: ['周晓岚'], supervisees: ['程思远'], projects: ['青少年心理辅导'], process: '线上复盘', rev: 1, keyed: true },
    ])
    const codeOf = new Map(sessions.map((s) => [s.id, s.code]))
    const followUps = (await readRows(app.page, 'followUps'))
      .map((f) => [codeOf.get(f.sessionId), f.content, people.get(f.ownerId), f.dueDate, f.status, f.completedDate])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])))
    expect(followUps).toEqual([
      ['DD-2025-0001', '整理个案档案', '韩雨桐', '2025-03-20', '待办', null],
      ['DD-2025-0001', '联系家属', '韩雨桐', '2025-04-05', '已完成', '2025-03-18'],
      ['DD-2025-0003', '提交小组计划', '程思远', '2025-04-01', '待办', null],
    ])
    const created = (await readRows(app.page, 'projects')).find((p) => p.name === '青少年心理辅导')
    expect(created).toMatchObject({ community: '待补充', field: '其他', fundingSource: '其他', startDate: '2025-03-20', endDate: '2025-12-31', status: '进行中', rev: 1 })
    expect(await countRows(app.page, 'persons')).toBe(3)

    // The same file again: the mapping is remembered, every row is recognised, nothing is added.
    const again = await im.start('林泉台账.xlsx', buffer)
    await im.mapping(again).getByText('已按上次同样表头的文件的选择对应各列，可以修改。').waitFor()
    await im.nextButton(again).click()
    await again.getByText('重复 3', { exact: true }).first().waitFor()
    await again.getByText('合计行 1', { exact: true }).first().waitFor()
    expect(await again.getByRole('button', { name: '导入 0 条' }).isDisabled()).toBe(true)
    await again.getByRole('button', { name: /取\s*消/ }).click()
    expect([await countRows(app.page, 'sessions'), await countRows(app.page, 'followUps'), await countRows(app.page, 'projects')]).toEqual([3, 3, 2])
    expect(app.errors).toEqual([])
  })

  it('cancelling while the workbook is read writes nothing; a sheet without a header says so in Chinese', async () => {
    const im = new ExcelImportPage(app.page)
    await im.open()
    // Big enough that reading takes a while on any machine.
    const rows = Array.from({ length: 20000 }, (_, i) => [i + 1, `2024年${(i % 12) + 1}月${(i % 28) + 1}日`, '9:00-10:00', '个督', '周晓岚', '韩雨桐', `第 ${i + 1} 次督导的过程记录，内容较长以增加读取时间。`.repeat(3)])
    const big = Buffer.from(await makeXlsx([{ rows: [['序号', '日期', '时间', '方式', '督导者', '被督导者', '督导内容'], ...rows] }]))
    const dialog = await im.start('大台账.xlsx', big)
    await dialog.getByLabel('正在读取').waitFor()
    await dialog.getByRole('button', { name: /取\s*消/ }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await countRows(app.page, 'sessions')).toBe(0)
    expect(await countRows(app.page, 'persons')).toBe(0)

    const none = await im.start('无表头.xlsx', Buffer.from(await makeXlsx([{ rows: [['甲', '乙'], ['1', '2']] }])))
    await none.getByText('没有找到表头：请确认表格中有一行列名，如“日期”“督导者”“被督导者”“督导内容”。').waitFor()
    expect(await countRows(app.page, 'sessions')).toBe(0)
    await app.page.getByRole('button', { name: IMPORT_BUTTON }).waitFor()
  })
})
