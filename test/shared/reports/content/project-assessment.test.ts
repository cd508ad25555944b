import { describe, expect, it } from 'vitest'
import {
  buildProjectReport,
  changeSentence,
  projectFigures,
  projectReportFacts,
  projectReportFileName,
  projectReportTitle,
  type ChartImages,
} from '../../../../src/shared/reports/content'
import type { Assessment } from '../../../../src/shared/model'
import { tinyPng } from '../sample-report'
import * as F from './fixture'
import { projectReportInput } from './inputs'
import { formFields, headers, headings, images, paragraphs, rows, table, tables } from './report-text'

const input = projectReportInput

const charts = (): ChartImages => ({
  radar: { png: tinyPng(), widthMm: 125, heightMm: 96.6 },
  trend: { png: tinyPng(), widthMm: 150, heightMm: 72.2 },
})

describe('项目督导评估报告', () => {
  it('has the title, the period and the sections in order', () => {
    const report = buildProjectReport(input(), charts())
    expect(report.title).toBe('古街社区助老送餐服务项目督导评估报告')
    expect(report.subtitle).toBe('（2025年第2季度）')
    expect(report.meta).toEqual(['林泉高级社工师工作室　2025年7月10日'])
    expect(headings(report)).toEqual([
      '一、项目基本情况',
      '（一）基本信息',
      '（二）本期项目进展',
      '二、社工督导指数评估结果',
      '（一）指标得分',
      '（二）维度得分',
      '（三）历次评估比较',
      '三、督导开展情况',
      '四、跟进事项落实情况',
      '五、评估意见',
      '（一）主要成效',
      '（二）存在问题',
    ])
    expect(report.blocks[report.blocks.length - 1]).toMatchObject({ kind: 'signatures', labels: ['评估人', '工作室负责人', '日期'] })
  })

  it('states the total, the colour with the reason of the drop, and the change', () => {
    const texts = paragraphs(buildProjectReport(input()))
    // Worked example 79.6 → 黄色, dropped one step: F2 (40 d) and F4 (86 d) overdue on 2025-07-10. 79.6 − 80.0 = −0.4.
    expect(texts).toContain('本期总分 79.6 分，等级为红色（预警），较2025年第1季度（80.0 分，蓝色）下降 0.4 分。')
    expect(texts).toContain('有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色。')
  })

  it('has the basic information and the quarter progress', () => {
    const report = buildProjectReport(input())
    const fields = formFields(tables(report)[0]!)
    expect(fields).toMatchObject({
      项目名称: '古街社区助老送餐服务项目',
      承接机构: '路桥区安和社会工作服务中心',
      '街道/社区': '路桥街道 古街社区',
      项目周期: '2025年1月1日至2025年12月31日',
      项目负责人: '谢国铭',
      年度目标: '活动 24 场，服务 1200 人次，志愿者 40 人',
      评估周期: '2025年第2季度',
      评估人: '高瑞敏',
      评估日期: '2025年7月10日',
      指数框架: '社工督导指数（"12345"参考模板）（第 1 版）',
    })
    expect(rows(table(report, '项目进展（2025年第2季度）'))).toEqual([['第2季度', '5', '280', '36', '120.5', '20', '17', '93.5%']])
  })

  it('lists every indicator with weight, rating, score and basis, the suggestion beside an overridden rating', () => {
    const t = table(buildProjectReport(input()), '社工督导指数得分')
    expect(headers(t)).toEqual(['维度', '指标', '权重', '评分', '得分', '评分依据'])
    const r = rows(t)
    expect(r).toHaveLength(16)
    // A: 6.4 + 4.2 = 10.6 of 15; the dimension cell spans its two indicators.
    expect(r[0]).toEqual(['A 需求评估\n10.6/15.0', 'A1 需求调研', '8', '4 良好', '6.4', '—'])
    expect(r[1]).toEqual(['A2 需求动态更新', '7', '3 合格', '4.2', '—'])
    expect(r[5]).toEqual([
      'C 服务实施\n21.0/25.0',
      'C1 计划完成',
      '10',
      '5 优秀',
      '10.0',
      '系统建议 5 分（活动场次 6/6（100.0%），服务人次 300/300（100.0%），取较小值 100.0%）',
    ])
    expect(r[10]).toEqual(['D3 质量保障', '5', '3 合格', '3.0', '系统建议 4 分（本期到期跟进事项 10 项，期末前完成 9 项（90.0%））；评估人评为 3 分：部分督导意见落实不到位'])
    expect(r[11]).toEqual(['D4 激励保障', '5', '2 较差', '2.0', '激励措施零散'])
    expect(r[15]).toEqual(['合计', '100', '', '79.6', '红色 预警'])
    const first = t.rows[0] as { text: string; rowSpan?: number }[]
    expect(first[0]!.rowSpan).toBe(2)
  })

  it('compares dimensions and periods', () => {
    const report = buildProjectReport(input())
    // 10.6/15 = 70.67 % → 70.7 %; Q1 all 4 → 80.0 % everywhere.
    expect(rows(table(report, '各维度得分'))).toEqual([
      ['A 需求评估', '15', '10.6', '70.7%', '80.0%'],
      ['B 项目设计', '15', '13.0', '86.7%', '80.0%'],
      ['C 服务实施', '25', '21.0', '84.0%', '80.0%'],
      ['D 保障机制', '20', '14.0', '70.0%', '80.0%'],
      ['E 服务成效', '25', '21.0', '84.0%', '80.0%'],
    ])
    expect(rows(table(report, '历次评估结果'))).toEqual([
      ['2025年第1季度', '80.0', '蓝色 良好', '—'],
      ['2025年第2季度', '79.6', '红色 预警', '↓ 0.4'],
    ])
  })

  it('reports the sessions and the follow-ups of the period', () => {
    const report = buildProjectReport(input())
    const texts = paragraphs(report)
    // S1 90 + S2 150 = 240 min = 4.0 h of the 2 h × 3 = 6.0 h target (66.6 %, truncated).
    expect(texts).toContain('本期共为该项目开展督导 2 次，累计 4.0 小时（人才保障指标：督导 2 次，时数 4.0/6.0 小时（66.6%））。')
    expect(rows(table(report, '本期督导记录（2025年第2季度，时长单位：小时）'))).toEqual([
      ['DD-2025-0001', '2025-04-08', '个别督导', '高瑞敏', '谢国铭', '个案工作、情绪支持', '1.5'],
      ['DD-2025-0002', '2025-05-12', '团体督导', '高瑞敏', '谢国铭、李若鹏', '志愿者管理、个案工作', '2.5'],
    ])
    // Due in Q2: F1 F2 F3 F4 (F6 cancelled); completed by 06-30: F1. On 07-10: F2 40 d, F4 86 d overdue.
    // Both overdue items are overdue by more than 30 days: 均, not 其中 … 2 项.
    expect(texts).toContain('本期到期的跟进事项 4 项，期末前完成 1 项，完成率 25.0%；截至评估日（2025年7月10日），逾期未完成的跟进事项 2 项，均已逾期超过 30 天。')
    expect(rows(table(report, '本期到期及逾期的跟进事项'))).toEqual([
      ['与居委会商定送餐路线', '谢国铭', 'DD-2025-0004', '2025-04-15', '进行中，逾期 86 天'],
      ['整理老人拒绝送餐的原因清单', '谢国铭', 'DD-2025-0001', '2025-04-30', '已完成 2025-04-28'],
      ['组织一次志愿者沟通技巧培训', '李若鹏', 'DD-2025-0002', '2025-05-31', '待办，逾期 40 天'],
      ['补齐五月个案记录', '谢国铭', 'DD-2025-0002', '2025-06-10', '已完成 2025-07-02'],
    ])
    expect(texts).toContain('送餐服务覆盖 36 户高龄老人。')
    expect(texts).toContain('跟进事项落实不及时。')
  })

  it('places the chart images after their tables, and leaves them out without an empty heading', () => {
    const withCharts = buildProjectReport(input(), charts())
    expect(images(withCharts).map((i) => i.caption)).toEqual(['各维度得分率（实线：2025年第2季度；虚线：2025年第1季度）', '历次评估总分趋势'])
    const blocks = withCharts.blocks
    const radarAt = blocks.findIndex((b) => b.kind === 'image')
    expect(blocks[radarAt - 1]).toMatchObject({ kind: 'table', caption: '各维度得分' })

    const without = buildProjectReport(input())
    expect(images(without)).toHaveLength(0)
    expect(headings(without)).toEqual(headings(withCharts))
    // Every heading is followed by content before the next heading of the same or a higher level.
    without.blocks.forEach((b, i) => {
      if (b.kind !== 'heading') return
      const next = without.blocks[i + 1]
      expect(next && (next.kind !== 'heading' || next.level > b.level)).toBe(true)
    })
  })

  it('asks for a radar with the previous period and a trend', () => {
    const facts = projectReportFacts(input())
    expect(facts.charts.map((c) => c.kind)).toEqual(['radar', 'trend'])
    const radar = facts.charts[0]!
    expect(radar.kind === 'radar' && radar.dimensions.map((d) => d.percentText)).toEqual(['70.7%', '86.7%', '84.0%', '70.0%', '84.0%'])
    expect(radar.kind === 'radar' && radar.previous?.map((d) => d.percentText)).toEqual(['80.0%', '80.0%', '80.0%', '80.0%', '80.0%'])
  })

  it('says when there is no earlier assessment, and draws no trend', () => {
    const p2 = buildProjectReport(
      input({ project: F.projects[1]!, assessment: F.assessments.find((a) => a.id === 'a3')!, sessions: F.sessions.filter((s) => s.projectIds.includes('p2')) }),
    )
    expect(p2.title).toBe('林泉社区“共享儿女”服务项目督导评估报告')
    const texts = paragraphs(p2)
    expect(texts).toContain('本期总分 100.0 分，等级为绿色（优秀）。')
    expect(texts).toContain('本期为该项目首次定稿评估，暂无历史评估可比较。')
    expect(texts).toContain('本期未填报项目进展，数据类指标依据现场检查和服务记录评定。')
    // No 评估意见 texts at all → no 评估意见 heading.
    expect(headings(p2)).not.toContain('五、评估意见')
    expect(projectReportFacts(input({ project: F.projects[1]!, assessment: F.assessments.find((a) => a.id === 'a3')! })).charts.map((c) => c.kind)).toEqual(['radar'])
  })

  it('grades a draft as the assessment form does, and says it is a draft', () => {
    const draft: Assessment = { ...F.assessments.find((a) => a.id === 'a2')!, status: '草稿', totalTenths: null, colour: null, grade: null, dropReasons: [] }
    const report = buildProjectReport(input({ assessment: draft }))
    expect(report.subtitle).toBe('（2025年第2季度，评估草稿）')
    expect(paragraphs(report)[0]).toBe('（本评估尚未定稿，以下为草稿评分。）本期总分 79.6 分，等级为红色（预警），较2025年第1季度（80.0 分，蓝色）下降 0.4 分。')
    expect(paragraphs(report)).toContain('有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色。')
  })

  it('writes why a veto made the project red', () => {
    const vetoed: Assessment = { ...F.assessments.find((a) => a.id === 'a3')!, status: '草稿', totalTenths: null, colour: null, veto: { type: '安全事故', note: '活动中老人摔伤' } }
    const report = buildProjectReport(input({ project: F.projects[1]!, assessment: vetoed, sessions: [], followUps: [] }))
    expect(paragraphs(report)).toContain('一票否决：安全事故（活动中老人摔伤），颜色为红色。')
    expect(rows(table(report, '社工督导指数得分')).at(-1)).toEqual(['合计', '100', '', '100.0', '红色 预警'])
  })

  it('gives the preview figures, the change sentence and the file name', () => {
    const facts = projectReportFacts(input())
    expect(changeSentence(facts)).toBe('较2025年第1季度（80.0 分，蓝色）下降 0.4 分')
    expect(projectFigures(facts)).toEqual([
      { label: '项目', value: '古街社区助老送餐服务项目' },
      { label: '评估周期', value: '2025年第2季度' },
      { label: '总分', value: '79.6 分' },
      { label: '等级', value: '红色 预警' },
      { label: '较上期', value: '较2025年第1季度（80.0 分，蓝色）下降 0.4 分' },
      { label: '颜色调整', value: '有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色' },
      { label: '本期督导', value: '2 次，4.0 小时' },
      { label: '跟进事项', value: '到期 4 项，完成 1 项（25.0%）' },
      { label: '逾期未完成', value: '2 项' },
    ])
    expect(projectReportFileName('林泉社区“共享儿女”服务项目', '2025Q2')).toBe('项目督导评估报告_林泉社区共享儿女服务项目_2025年第2季度.docx')
    expect(projectReportTitle('双塔社区“非洲鼓文化共融计划”')).toBe('双塔社区“非洲鼓文化共融计划”项目督导评估报告')
  })

  it('refuses an assessment whose framework version is missing', () => {
    expect(() => buildProjectReport(input({ frameworks: [] }))).toThrow('找不到该评估所用的指数框架版本')
  })
})

describe('the title of a project report', () => {
  it('is cut into words a long title breaks between', async () => {
    const { nameWords, projectReportTitleParts } = await import('../../../../src/shared/reports/content')
    expect(nameWords('古街社区助老送餐服务项目')).toEqual(['古街社区', '助老送餐服务项目'])
    expect(nameWords('新港山路社区“青少年心理辅导”项目')).toEqual(['新港山路社区', '“青少年心理辅导”项目'])
    expect(nameWords('德化“近邻圩日”志愿服务项目')).toEqual(['德化', '“近邻圩日”', '志愿服务项目'])
    expect(projectReportTitleParts('林泉社区“共享儿女”')).toEqual(['林泉社区', '“共享儿女”', '项目督导评估报告'])
  })
})
