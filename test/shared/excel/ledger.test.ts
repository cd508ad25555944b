import { describe, expect, it } from 'vitest'
import {
  choose,
  DEFAULT_SYNONYMS,
  fixRow,
  buildPreview,
  findHeaderRow,
  importBlockers,
  ImportBlockedError,
  initialPlan,
  mappingOf,
  prepareImport,
  sheetColumns,
  undecidedColumns,
  NEW_PROJECT_NOTE,
  DEFAULT_IMPORT_DEFAULTS,
  type CellValue,
  type ImportSetup,
} from '@shared/excel'
import { ctx, previewOf } from './preview-helpers'

/** A 2024 ledger as studios keep it: title row, abbreviations, follow-ups, projects spelt loosely, a 合计 row. */
const LEDGER: CellValue[][] = [
  ['2024年林泉社区督导台账'],
  ['序号', '日期', '时间', '方式', '督导者', '被督导者', '项目', '督导内容', '跟进事项', '联系电话'],
  [1, '2024年3月6日', '14:00-15:30', '个督', '周晓岚', '韩雨桐', '共享儿女', '回顾独居老人个案', '1. 整理个案档案（负责人：韩雨桐，3月20日前）\n2. 联系家属（已完成 3月18日）', '13800000000'],
  [2, '3月13日', '9:00-11:00', '团督', '周晓岚', '韩雨桐、程思远', '林泉社区“共享儿女”项目', '小组复盘', '', ''],
  [3, '2024.3.20', '9:00-10:00', '视频', '周晓岚', '程思远', '青少年心理辅导', '', '下次前提交小组计划；跟进低保申请——进行中', ''],
  ['合计', null, null, null, null, null, null, '3 次', null, null],
]

describe('a real-looking ledger', () => {
  it('every column is accounted for: guessed ones mapped, the one with data and no match waits for a choice', () => {
    const g = findHeaderRow(LEDGER)!
    const columns = sheetColumns(LEDGER, g.headerRow)
    const plan = initialPlan(columns)
    expect(plan.map((c) => (c.kind === 'field' ? c.field : c.kind))).toEqual([
      'rowNo', 'date', 'timeRange', 'mode', 'supervisors', 'supervisees', 'projects', 'process', 'followUps', 'undecided',
    ])
    expect(undecidedColumns(plan, columns).map((c) => `${c.letter}:${c.header}`)).toEqual(['J:联系电话'])
    // Choosing a field another column holds moves it: that column then waits for a choice.
    const moved = choose(plan, columns, 9, { kind: 'field', field: 'process' })
    expect(mappingOf(moved).process).toBe(9)
    expect(undecidedColumns(moved, columns).map((c) => c.letter)).toEqual(['H'])
  })

  it('reads abbreviations, follow-ups, the year from the title, the 合计 row; waits for project decisions', () => {
    const p = previewOf(LEDGER, { setup: { year: { year: 2024, source: 'title', text: '2024年林泉社区督导台账' } } })
    expect(p.counts).toEqual({ rows: 4, ok: 3, error: 0, duplicate: 0, summary: 1, empty: 0 })
    const [r1, r2, r3, total] = p.rows
    expect(r1!.input).toMatchObject({ date: '2024-03-06', startTime: '14:00', endTime: '15:30', mode: '个别督导', supervisorIds: ['p-zhou'], superviseeIds: ['p-han'] })
    expect(r1!.form!.followUps).toEqual([
      { content: '整理个案档案', ownerId: 'p-han', dueDate: '2024-03-20', status: '待办', completedDate: null, completionNote: '' },
      { content: '联系家属', ownerId: 'p-han', dueDate: '2024-04-05', status: '已完成', completedDate: '2024-03-18', completionNote: '' },
    ])
    expect(r1!.warnings).toEqual(['跟进事项未写负责人的，按被督导者 韩雨桐 记录', '跟进事项未写期限的，按督导后 30 天 2024-04-05 记录'])
    expect(r1!.assumedYear).toBeNull()
    expect(r2!.input).toMatchObject({ date: '2024-03-13', mode: '团体督导', superviseeIds: ['p-han', 'new:程思远'] })
    expect(r2!.assumedYear).toEqual({ year: 2024, source: 'title' })
    expect(r3!.input).toMatchObject({ mode: '线上督导' })
    expect(r3!.form!.followUps.map((f) => [f.content, f.ownerId, f.dueDate, f.status])).toEqual([
      ['下次前提交小组计划', 'new:程思远', '2024-04-19', '待办'],
      ['跟进低保申请', 'new:程思远', '2024-04-19', '进行中'],
    ])
    expect(total).toMatchObject({ rowNumber: 6, status: 'summary', errors: [] })
    expect(p.assumedYears).toBe(1)
    expect(p.newPersons).toEqual([{ name: '程思远', role: '社工' }])
    expect(p.projects.map((x) => [x.name, x.rows, x.match.kind])).toEqual([
      ['共享儿女', 1, 'candidates'],
      ['林泉社区“共享儿女”项目', 1, 'candidates'],
      ['青少年心理辅导', 1, 'none'],
    ])
  })

  it('the import waits for every project name and the assumed year; then links, creates or leaves unlinked as decided', () => {
    const p = previewOf(LEDGER, { setup: { year: { year: 2024, source: 'title', text: '' } } })
    expect(importBlockers(p, {}, false)).toEqual([
      '还有 3 个项目名称未确认：“共享儿女”、“林泉社区“共享儿女”项目”、“青少年心理辅导”',
      '有 1 行的日期没有年份，请先确认推定的年份',
    ])
    expect(() => prepareImport(p, {}, { yearConfirmed: false })).toThrow(ImportBlockedError)
    const decisions = {
      共享儿女: { kind: 'link', projectId: 'pr-1' },
      '林泉社区“共享儿女”项目': { kind: 'link', projectId: 'pr-1' },
      青少年心理辅导: { kind: 'create' },
    } as const
    expect(importBlockers(p, decisions, true)).toEqual([])
    const batch = prepareImport(p, decisions, { yearConfirmed: true })
    expect(batch.sessions.map((s) => [s.rowNumber, s.form.date, s.form.projectIds])).toEqual([
      [3, '2024-03-06', ['pr-1']],
      [4, '2024-03-13', ['pr-1']],
      [5, '2024-03-20', ['new-project:青少年心理辅导']],
    ])
    expect(batch.newPersons).toEqual([{ name: '程思远', role: '社工' }])
    expect(batch.newProjects).toEqual([
      {
        name: '青少年心理辅导',
        data: {
          name: '青少年心理辅导', organization: '', street: '', community: '待补充', field: '其他', beneficiaries: '', fundingSource: '其他',
          startDate: '2024-03-20', endDate: '2024-12-31', leaderId: null, targets: { activities: 0, serviceCount: 0, volunteers: 0 }, status: '进行中',
          note: NEW_PROJECT_NOTE,
        },
      },
    ])
    const unlinked = prepareImport(p, { ...decisions, 青少年心理辅导: { kind: 'none' } }, { yearConfirmed: true })
    expect(unlinked.sessions[2]!.form.projectIds).toEqual([])
    expect(unlinked.newProjects).toEqual([])
  })

  it('without a year anywhere, the year-less row asks for one; the neighbours give it when they have one', () => {
    const noYear: CellValue[][] = [
      ['日期', '时间', '督导者', '被督导者'],
      ['3月13日', '9:00-10:00', '周晓岚', '韩雨桐'],
    ]
    const p = previewOf(noYear)
    expect(p.rows[0]!.status).toBe('error')
    expect(p.rows[0]!.problems).toEqual({ date: ['日期缺少年份：“3月13日”。表格标题、工作表名、文件名和相邻行都没有年份：请在上方指定年份，或在此填写完整日期'] })
    const withNeighbours = previewOf([...noYear, ['2025/1/5', '9:00-10:00', '周晓岚', '韩雨桐'], ['12月28日', '9:00-10:00', '周晓岚', '韩雨桐']])
    expect(withNeighbours.rows.map((r) => [r.input?.date, r.assumedYear?.source ?? null])).toEqual([
      ['2025-03-13', 'neighbours'],
      ['2025-01-05', null],
      ['2025-12-28', 'neighbours'],
    ])
  })

  it('a flagged row corrected in the preview turns importable, with the form’s checks', () => {
    const sheet: CellValue[][] = [
      ['日期', '开始时间', '结束时间', '方式', '督导者', '被督导者', '项目'],
      ['下周', '14:00', '13:00', '喝茶', '周晓岚', '周晓岚', ''],
      ['2025-03-07', '9:00', '10:00', '个督', '周晓岚', '韩雨桐', ''],
    ]
    const g = findHeaderRow(sheet)!
    const columns = sheetColumns(sheet, g.headerRow)
    const setup: ImportSetup = { headerRow: g.headerRow, plan: initialPlan(columns), defaults: DEFAULT_IMPORT_DEFAULTS, valueChoices: [], year: null }
    const c = ctx()
    let sp = buildPreview({ rows: sheet }, columns, setup, c)
    expect(sp.preview.rows[0]!.problems).toEqual({
      date: ['日期无法识别：“下周”（可写作 2025-03-06、2025年3月6日、2025.3.6 或 2025/3/6）'],
      mode: ['督导方式无法识别：“喝茶”（可填 个别督导、团体督导、朋辈督导、现场督导、线上督导）'],
      endTime: ['结束时间须晚于开始时间'],
      supervisees: ['同一人不能既是督导者又是被督导者'],
    })
    // Part of the corrections: what is still wrong is said at its field.
    sp = fixRow(sp, { rows: sheet }, setup, c, 2, { date: '2025-03-06', mode: '团体督导' })
    expect(sp.preview.rows[0]!.status).toBe('error')
    expect(sp.preview.rows[0]!.problems).toEqual({ endTime: ['结束时间须晚于开始时间'], supervisees: ['同一人不能既是督导者又是被督导者'] })
    expect(sp.preview.rows[0]!.values).toMatchObject({ date: '2025-03-06', startTime: '14:00', endTime: '13:00', mode: '团体督导', supervisees: '周晓岚' })
    sp = fixRow(sp, { rows: sheet }, setup, c, 2, { date: '2025-03-06', mode: '团体督导', startTime: '14:00', endTime: '15:30', supervisees: '韩雨桐、程思远', projects: '共享儿女' })
    expect(sp.preview.rows[0]).toMatchObject({ status: 'ok', errors: [], fixed: true })
    expect(sp.preview.rows[0]!.form).toMatchObject({ date: '2025-03-06', startTime: '14:00', endTime: '15:30', mode: '团体督导', superviseeIds: ['p-han', 'new:程思远'] })
    expect(sp.preview.rows[0]!.projectNames).toEqual(['共享儿女'])
    expect(sp.preview.counts).toMatchObject({ ok: 2, error: 0 })
    expect(sp.preview.newPersons).toEqual([{ name: '程思远', role: '社工' }])
    // The key is the sheet's row, not the correction: importing the file again finds it.
    expect(sp.preview.rows[0]!.key).toBe(buildPreview({ rows: sheet }, columns, setup, c).preview.rows[0]!.key)
  })

  it('follow-ups wait for a readable date; a follow-up’s own problem names the item', () => {
    const sheet: CellValue[][] = [
      ['日期', '时间', '督导者', '被督导者', '跟进事项'],
      ['下周', '9:00-10:00', '周晓岚', '韩雨桐', '韩雨桐：提交小组计划（4月1日前）'],
      ['2025-03-07', '9:00-10:00', '周晓岚', '韩雨桐', `1. 提交计划\n2. ${'长'.repeat(501)}`],
    ]
    const p = previewOf(sheet)
    expect(p.rows[0]!.problems).toEqual({ date: ['日期无法识别：“下周”（可写作 2025-03-06、2025年3月6日、2025.3.6 或 2025/3/6）'] })
    expect(p.rows[0]!.warnings).toEqual([])
    expect(p.rows[1]!.problems).toEqual({ followUps: ['跟进事项第 2 条超过 500 字'] })
  })

  it('a formula cell without a value is flagged, not imported as empty; correcting the cell or accepting it clears the flag', () => {
    const sheet: CellValue[][] = [
      ['日期', '时间', '督导者', '被督导者', '督导内容'],
      [null, '9:00-10:00', '周晓岚', '韩雨桐', '回顾个案'],
      ['2025-03-07', '9:00-10:00', '周晓岚', '韩雨桐', null],
    ]
    const formulas = [
      { row: 1, col: 0, formula: '=TODAY()', error: null },
      { row: 2, col: 4, formula: '=A1&B1', error: '#REF!' },
    ]
    const p = previewOf(sheet, { formulas })
    expect(p.rows[0]!.problems.date).toEqual([
      '缺少日期',
      'A 列“日期”是公式“=TODAY()”，文件中没有保存计算结果：请在 Excel 或 WPS 中打开、重新计算并保存后再导入，或在此改正',
    ])
    expect(p.rows[1]!.problems).toEqual({ other: ['E 列“督导内容”是公式“=A1&B1”，计算出错（#REF!）：请在 Excel 或 WPS 中打开、重新计算并保存后再导入，或在此改正'] })
    expect(p.counts).toMatchObject({ ok: 0, error: 2 })
    const fixed = previewOf(sheet, { formulas, fixes: new Map([[2, { date: '2025-03-06' }], [3, { ignoreFormulas: true }]]) })
    expect(fixed.counts).toMatchObject({ ok: 2, error: 0 })
    // A formula in a column not imported is nobody's loss.
    expect(previewOf(sheet, { formulas, plan: (plan) => plan.map((c, i) => (i === 4 ? { kind: 'skip' } : c)) }).rows[1]!.status).toBe('ok')
  })

  it('a row’s key: its imported cells, whatever the column order, the 序号 or a column left out', () => {
    const a = previewOf([['序号', '日期', '时间', '督导者', '被督导者', '备用'], [1, '2025-03-06', '9:00-10:00', '周晓岚', '韩雨桐', 'x']])
    const b = previewOf([['被督导者', '督导者', '时段', '日期', '序号'], ['韩雨桐', '周晓岚', '9:00-10:00', '2025-03-06', 7]])
    const c = previewOf([['日期', '时间', '督导者', '被督导者'], ['2025-03-06', '9:00-10:00', '周晓岚', '韩雨桐、程思远']])
    expect(a.rows[0]!.key).toBe(b.rows[0]!.key)
    expect(c.rows[0]!.key).not.toBe(a.rows[0]!.key)
    expect(a.rows[0]!.key).toMatch(/^[0-9a-f]{28}$/)
  })

  it('a column appended to a text field goes under its header; a word given a meaning in the mapping counts', () => {
    const sheet: CellValue[][] = [
      ['日期', '时间', '方式', '督导者', '被督导者', '督导内容', '联系电话'],
      ['2025-03-06', '9:00-10:00', '督导会', '周晓岚', '韩雨桐', '回顾个案', '13800000000'],
    ]
    const p = previewOf(sheet, {
      plan: (plan) => plan.map((c, i) => (i === 6 ? { kind: 'append', target: 'process' } : c)),
      setup: { valueChoices: [{ word: '督导会', field: 'mode', value: '团体督导' }] },
    })
    expect(p.rows[0]!.form).toMatchObject({ process: '回顾个案\n联系电话：13800000000', mode: '团体督导' })
    expect(DEFAULT_SYNONYMS.some((s) => s.word === '督导会')).toBe(false)
  })
})
