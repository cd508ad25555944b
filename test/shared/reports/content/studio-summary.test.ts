import { describe, expect, it } from 'vitest'
import {
  buildStudioSummary,
  defaultPlan,
  indexPeriodFor,
  rankingRequest,
  rankingName,
  RANKING_NAME_EM,
  studioFigures,
  studioSummaryFacts,
  studioSummaryFileName,
  type ChartImages,
} from '../../../../src/shared/reports/content'
import type { Assessment } from '../../../../src/shared/model'
import { tinyPng } from '../sample-report'
import * as F from './fixture'
import { studioSummaryInput } from './inputs'
import { textWidthEm } from '../../../../src/shared/reports/typeset/text-width'
import { headings, images, paragraphs, rows, table } from './report-text'

const input = studioSummaryInput

const allCharts = (keys: string[]): ChartImages => Object.fromEntries(keys.map((k) => [k, { png: tinyPng(), widthMm: 150, heightMm: 70 }]))

describe('工作室督导工作总结', () => {
  it('writes 总体情况 from the numbers', () => {
    const texts = paragraphs(buildStudioSummary(input()))
    // Q2: S1 90 + S2 150 + S3 60 = 300 min; S5 is deleted. Q1: S4 120 min. 5.0 − 2.0 = 3.0.
    expect(texts[0]).toBe(
      '本季度共开展督导 3 次，累计 5.0 小时，覆盖被督导者 2 人、服务项目 2 个，参与督导的督导者 2 人。' +
        '与2025年第1季度（1 次、2.0 小时）相比，督导次数增加 2 次，督导时数增加 3.0 小时。',
    )
    expect(texts[1]).toBe(
      '从督导方式看，个别督导 1 次（1.5 小时）、团体督导 1 次（2.5 小时）、现场督导 1 次（1.0 小时）。' +
        '从督导功能看，涉及行政功能 2 次、教育功能 2 次、支持功能 1 次（一次督导可兼具多项功能）。' +
        '督导议题中出现最多的是“个案工作”（2 次）、“志愿者管理”（1 次）和“情绪支持”（1 次）。',
    )
    // Due F1 F2 F3 F4, completed by 06-30 F1; on 06-30 overdue F4 76 d, F2 30 d, F3 20 d (done 07-02).
    expect(texts[2]).toBe('本季度到期的跟进事项 4 项，期末前完成 1 项，完成率 25.0%；截至2025年6月30日，逾期未完成的跟进事项 3 项，其中逾期超过 30 天的 1 项。')
    expect(texts[3]).toBe(
      '本季度参与社工督导指数评估的项目 3 个，已定稿 2 个，其中绿色（优秀）1 个、红色（预警）1 个。',
    )
  })

  it('has its sections, the studio under the title and the sign-off at the end', () => {
    const report = buildStudioSummary(input())
    expect(report.title).toBe('2025年第2季度督导工作总结')
    expect(report.meta).toEqual(['林泉高级社工师工作室'])
    expect(headings(report)).toEqual([
      '一、总体情况',
      '二、督导开展情况',
      '（一）各月督导情况',
      '（二）督导方式',
      '（三）被督导者督导时数',
      '（四）督导议题',
      '三、社工督导指数与四色分级',
      '四、跟进事项落实情况',
      '五、下阶段工作计划',
    ])
    expect(paragraphs(report).slice(-2)).toEqual(['林泉高级社工师工作室', '2025年7月15日'])
  })

  it('tabulates months, modes, supervisees and topics', () => {
    const report = buildStudioSummary(input())
    expect(rows(table(report, '各月督导次数与时数（2025年第2季度）'))).toEqual([
      ['2025年4月', '1', '1.5'],
      ['2025年5月', '1', '2.5'],
      ['2025年6月', '1', '1.0'],
      ['合计', '3', '5.0'],
    ])
    expect(rows(table(report, '各督导方式的次数与时数（2025年第2季度）'))).toEqual([
      // Thirds rounded so the column adds up to 100.0%: the spare tenth goes to the first.
      ['个别督导', '1', '1.5', '33.4%'],
      ['团体督导', '1', '2.5', '33.3%'],
      ['朋辈督导', '0', '0.0', '0.0%'],
      ['现场督导', '1', '1.0', '33.3%'],
      ['线上督导', '0', '0.0', '0.0%'],
      ['合计', '3', '5.0', '100.0%'],
    ])
    // 谢国铭 S1 + S2 = 240 min; 李若鹏 S2 + S3 = 210 min (a group session counts in full for each).
    expect(rows(table(report, '被督导者督导时数（2025年第2季度）'))).toEqual([
      ['1', '谢国铭', '社工', '薛家岛街道社会工作服务站', '2', '4.0'],
      ['2', '李若鹏', '社区工作者', '古街社区', '2', '3.5'],
    ])
    expect(rows(table(report, '督导议题出现次数（2025年第2季度）'))).toEqual([
      ['1', '个案工作', '2', '66.6%', '4.0'],
      ['2', '志愿者管理', '1', '33.3%', '2.5'],
      ['3', '情绪支持', '1', '33.3%', '1.5'],
      ['4', '项目管理', '1', '33.3%', '1.0'],
    ])
  })

  it('ranks the projects with total, colour and change, and explains colour drops', () => {
    const report = buildStudioSummary(input())
    expect(rows(table(report, '各项目社工督导指数（2025年第2季度）'))).toEqual([
      ['1', '林泉社区“共享儿女”服务项目', '100.0', '绿色 优秀', '—', '2', '3.5'],
      ['2', '古街社区助老送餐服务项目', '79.6', '红色 预警', '↓ 0.4', '2', '4.0'],
      ['—', '福鼎社区中医理疗项目', '—', '未评估', '—', '0', '0.0'],
    ])
    expect(paragraphs(report)).toContain('古街社区助老送餐服务项目：有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色。')
  })

  it('lists the overdue follow-ups as they stood at the period end', () => {
    const report = buildStudioSummary(input())
    expect(rows(table(report, '逾期未完成的跟进事项（截至2025年6月30日）'))).toEqual([
      ['与居委会商定送餐路线', '谢国铭', 'DD-2025-0004', '古街社区助老送餐服务项目', '2025-04-15', '76'],
      ['组织一次志愿者沟通技巧培训', '李若鹏', 'DD-2025-0002', '古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目', '2025-05-31', '30'],
      ['补齐五月个案记录', '谢国铭', 'DD-2025-0002', '古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目', '2025-06-10', '20'],
    ])
  })

  it('generates 下阶段计划 from the figures, or takes the typed one', () => {
    const generated = paragraphs(buildStudioSummary(input())).filter((p) => /^\d\. /.test(p))
    expect(generated).toEqual([
      '1. 对红色预警的 1 个项目（古街社区助老送餐服务项目）实行重点督导，每月至少开展一次现场督导，督促承接机构制定整改清单并限期完成，下期复评。',
      '2. 督促逾期的 3 项跟进事项限期落实，逾期超过 30 天的 1 项由工作室负责人逐项过问。',
      // P1 4.0 h, P2 3.5 h, P3 0 h, each below 2 h × 3 months.
      '3. 对本期督导时数未达到每月 2 小时目标的 3 个项目（古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目、福鼎社区中医理疗项目）增加督导安排。',
      '4. 围绕“个案工作”“志愿者管理”等本期集中出现的议题，组织专题团体督导或培训，提升一线社工的专业能力。',
      '5. 按时完成2025年第3季度的项目评估，及时为督导记录定稿并请被督导者确认。',
    ])
    const typed = buildStudioSummary(input({ plan: '开展一次伦理专题培训\n\n  完成年度督导档案整理  ' }))
    const texts = paragraphs(typed)
    const at = texts.indexOf('开展一次伦理专题培训')
    expect(texts.slice(at, at + 2)).toEqual(['开展一次伦理专题培训', '完成年度督导档案整理'])
    expect(texts.some((p) => p.startsWith('1. 对红色预警'))).toBe(false)
    expect(studioSummaryFacts(input({ plan: '  \n ' })).planGenerated).toBe(true)
  })

  it('asks for the four kinds of chart and places every image it gets', () => {
    const facts = studioSummaryFacts(input())
    expect(facts.charts.map((c) => [c.key, c.kind, c.caption])).toEqual([
      ['months', 'sessionsByMonth', '各月督导次数与时数（2025年第2季度）'],
      ['modes', 'hoursByMode', '各督导方式的督导时数（2025年第2季度）'],
      ['colours', 'colourCounts', '项目四色分布（2025年第2季度）'],
      ['ranking', 'ranking', '社工督导指数排名（2025年第2季度；绿色 ≥90，蓝色 ≥80，黄色 ≥60）'],
    ])
    const ranking = facts.charts[3]!
    expect(ranking.kind === 'ranking' && ranking.bars.map((b) => ('gap' in b ? [] : [b.rank, b.name, b.label]))).toEqual([
      [1, '林泉社区“共享儿女”服务项目', '100.0 分 · 绿色'],
      [2, '古街社区助老送餐服务项目', '79.6 分 · 红色'],
    ])
    const withImages = buildStudioSummary(input(), allCharts(['months', 'modes', 'colours', 'ranking']))
    expect(images(withImages).map((i) => i.caption)).toEqual(facts.charts.map((c) => c.caption))
    expect(headings(withImages)).toEqual(headings(buildStudioSummary(input())))
  })

  it('draws a long ranking as its top and bottom twelve, as the dashboard does (the table lists every project)', () => {
    const bars = Array.from({ length: 60 }, (_, i) => ({ projectId: `p${i}`, name: `项目${i}`, rank: i + 1, total: 90 - i / 2, totalText: '', colour: '蓝色' as const, label: '' }))
    const long = rankingRequest(bars, '社工督导指数排名', '2025年度', null)!
    expect(long.caption).toBe('社工督导指数排名（2025年度；前 12 名与后 12 名，共 60 个项目）')
    const shown = long.kind === 'ranking' ? long.bars : []
    expect(shown).toHaveLength(25)
    expect(shown.map((b) => ('gap' in b ? b.name : b.rank))).toEqual([
      ...Array.from({ length: 12 }, (_, i) => i + 1),
      '…… 中间 36 个项目',
      ...Array.from({ length: 12 }, (_, i) => 49 + i),
    ])
    const short = rankingRequest(bars.slice(0, 24), '社工督导指数排名', '2025年度', F.framework.thresholds)!
    expect(short.kind === 'ranking' && short.bars).toHaveLength(24)
    expect(short.caption).toBe('社工督导指数排名（2025年度；绿色 ≥90，蓝色 ≥80，黄色 ≥60）')
    expect(rankingRequest([], 'x', 'y', null)).toBeNull()
  })

  it('shortens a ranking label with … only when it does not fit, and then the caption points to the table', () => {
    expect(rankingName(1, '古街社区助老送餐服务项目')).toBe('1. 古街社区助老送餐服务项目')
    const long = '新港山路社区“独居老人照护”服务提升项目'
    const label = rankingName(12, long)
    expect(label).toBe('12. 新港山路社区“独居老人照…')
    expect(textWidthEm(label)).toBeLessThanOrEqual(RANKING_NAME_EM)
    const bar = (name: string) => ({ projectId: name, name, rank: 1, total: 90, totalText: '90.0', colour: '绿色' as const, label: '' })
    expect(rankingRequest([bar('古街社区助老送餐服务项目')], '排名', '2025年度', null)!.caption).toBe('排名（2025年度）')
    expect(rankingRequest([bar(long)], '排名', '2025年度', null)!.caption).toBe('排名（2025年度；较长的项目名称以“…”缩写，全称见下表）')
  })

  it('uses the latest assessed quarter for a half-year without its own assessments, and says so', () => {
    expect(indexPeriodFor('2025H1', F.assessments)).toBe('2025Q2')
    expect(indexPeriodFor('2025Q3', F.assessments)).toBeNull()
    const draftOnly: Assessment[] = F.assessments.map((a) => ({ ...a, status: '草稿' as const }))
    expect(indexPeriodFor('2025Q2', draftOnly)).toBeNull()

    const half = buildStudioSummary(input({ period: '2025H1' }))
    const texts = paragraphs(half)
    // H1: S1–S4 = 90 + 150 + 60 + 120 = 420 min.
    expect(texts[0]).toBe('上半年共开展督导 4 次，累计 7.0 小时，覆盖被督导者 2 人、服务项目 2 个，参与督导的督导者 2 人。')
    expect(texts[3]).toBe(
      '2025年上半年尚无半年度评估，按期内最近一次评估即2025年第2季度的结果统计：参与社工督导指数评估的项目 3 个，已定稿 2 个，其中绿色（优秀）1 个、红色（预警）1 个。',
    )
    expect(rows(table(half, '各月督导次数与时数（2025年上半年）'))).toHaveLength(7)
    expect(studioSummaryFileName('2025H1')).toBe('工作室督导工作总结_2025年上半年.docx')
    expect(buildStudioSummary(input({ period: '2025Y' })).title).toBe('2025年度督导工作总结')
  })

  it('says what is missing in an empty period, without empty headings or charts', () => {
    const report = buildStudioSummary(input({ period: '2024Q4' }))
    const texts = paragraphs(report)
    expect(texts[0]).toBe('本季度未开展督导。')
    expect(texts).toContain('本季度没有督导记录。')
    expect(texts).toContain('本季度尚无定稿的项目评估。')
    expect(studioSummaryFacts(input({ period: '2024Q4' })).charts).toEqual([])
    expect(headings(report)).toEqual(['一、总体情况', '二、督导开展情况', '三、社工督导指数与四色分级', '四、跟进事项落实情况', '五、下阶段工作计划'])
  })

  it('gives the preview figures', () => {
    expect(studioFigures(studioSummaryFacts(input()))).toEqual([
      { label: '周期', value: '2025年第2季度' },
      { label: '督导次数', value: '3 次' },
      { label: '督导时数', value: '5.0 小时' },
      { label: '被督导者', value: '2 人' },
      { label: '服务项目', value: '2 个' },
      { label: '四色分布', value: '绿 1 · 蓝 0 · 黄 0 · 红 1（2025年第2季度）' },
      { label: '跟进事项完成率', value: '25.0%（1/4）' },
      { label: '逾期未完成', value: '3 项' },
    ])
  })

  it('keeps the default plan short when nothing needs attention', () => {
    expect(
      defaultPlan({ period: '2025Q4', board: null, overdueCount: 0, longOverdueCount: 0, overdueDropDays: 30, belowHoursTarget: [], topics: [], hoursPerMonth: 2 }),
    ).toEqual(['1. 按时完成2026年第1季度的项目评估，及时为督导记录定稿并请被督导者确认。'])
  })
})
