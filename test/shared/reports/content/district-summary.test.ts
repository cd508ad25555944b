import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { renderReport } from '../../../../src/shared/reports/render-docx'
import { buildDistrictSummary, districtSummaryFacts, districtSummaryFileName, type DistrictSummaryInput } from '../../../../src/shared/reports/content'
import { project, rollup } from '../../domain/district/rollup-fixture'
import { sampleRollups } from '../../../support/rollup-sample'
import { tinyPng } from '../sample-report'
import { docxText } from '../docx-text'
import { headings, images, paragraphs, rows, table } from './report-text'

const mode = (key: string, count: number, minutes: number) => ({ key, count, minutes })
const input: DistrictSummaryInput = {
  period: '2026Q1',
  granted: ['fuding', 'guji', 'linquan'],
  districtName: '临港区社会工作部',
  today: '2026-04-10',
  rollups: [
    rollup('linquan', '林泉高级社会工作师工作室', '2026Q1', {
      sessions: { count: 12, minutes: 1080, byMode: [mode('个别督导', 8, 600), mode('团体督导', 4, 480)], byFunction: [], byMonth: [] },
      supervisees: { covered: 7, minutes: 1500, named: null },
      followUps: { total: 10, done: 6, open: 4, overdue: 2 },
      projects: [
        project('a1', '“共享儿女”服务项目', 924, '绿色'),
        project('a2', '中医理疗惠民生项目', 583, '红色', { dropReasons: [{ kind: 'overdueDrop', text: '有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }] }),
      ],
      plan: { agreements: 4, plannedTenths: 240, heldTowardPlanTenths: 200, completionTenths: 833, behind: 2 },
    }),
    rollup('fuding', '福鼎高级社会工作师工作室', '2026Q1', {
      sessions: { count: 5, minutes: 450, byMode: [mode('现场督导', 5, 450)], byFunction: [], byMonth: [] },
      supervisees: { covered: 3, minutes: 600, named: null },
      followUps: { total: 4, done: 4, open: 0, overdue: 0 },
      projects: [project('b1', '亲子共读项目', 851, '蓝色')],
    }),
    rollup('linquan', '林泉高级社会工作师工作室', '2025Q4', { sessions: { count: 99, minutes: 9999, byMode: [], byFunction: [], byMonth: [] } }),
  ],
}

describe('区级督导工作汇总', () => {
  const report = buildDistrictSummary(input, { colours: { png: tinyPng(), widthMm: 150, heightMm: 80 } })

  it('says the period’s totals in sentences, naming the studio that sent nothing', () => {
    expect(report.title).toBe('2026年第1季度区级督导工作汇总')
    expect(paragraphs(report).slice(0, 4)).toEqual([
      '2026年第1季度，全区 2 个工作室报送了督导工作汇总，另有 1 个工作室未报送（guji）。共开展督导 17 次、25.5 小时，覆盖被督导者 10 人，人均接受督导 3.5 小时。',
      '督导提出的跟进事项共 14 项，已完成 10 项（完成率 71.4%），逾期未完成 2 项。',
      '1 个工作室制订了督导计划，按计划完成率 83.3%（计划 24.0 次，完成 20.0 次），1 个工作室低于计划。',
      '各工作室共有服务项目 3 个，已定稿评估 3 个：绿色 1 个、蓝色 1 个、黄色 0 个、红色 1 个，未评估或未定稿 0 个；平均指数 78.6 分。',
    ])
  })

  it('has a table of all studios with the district’s sums, then a table per studio', () => {
    expect(rows(table(report, '各工作室督导工作汇总（2026年第1季度）'))).toEqual([
      ['1', '福鼎高级社会工作师工作室', '5', '7.5', '3', '0', '1', '0', '0', '0', '—'],
      ['2', '林泉高级社会工作师工作室', '12', '18.0', '7', '1', '0', '0', '1', '2', '83.3%'],
      ['合计', '17', '25.5', '10', '1', '1', '0', '1', '2', '83.3%'],
    ])
    expect(rows(table(report, '林泉高级社会工作师工作室督导开展情况（2026年第1季度）'))).toEqual([
      ['个别督导', '8', '10.0', '66.7%'],
      ['团体督导', '4', '8.0', '33.3%'],
      ['合计', '12', '18.0', '100.0%'],
    ])
    expect(headings(report)).toEqual(['一、总体情况', '二、各工作室督导开展情况', '（一）福鼎高级社会工作师工作室', '（二）林泉高级社会工作师工作室', '三、社工督导指数四色分布', '四、红色（预警）项目', '五、低于督导计划的工作室'])
  })

  it('shows the colour chart, the red projects with their reasons and the studios below their plan', () => {
    expect(images(report).map((i) => i.caption)).toEqual(['全区项目四色分布（2026年第1季度）'])
    expect(rows(table(report, '红色（预警）项目（2026年第1季度）'))).toEqual([['1', '林泉高级社会工作师工作室', '中医理疗惠民生项目', '58.3', '有 2 项跟进事项逾期超过 30 天，颜色由黄色降为红色']])
    expect(rows(table(report, '低于督导计划的工作室（2026年第1季度）'))).toEqual([['1', '林泉高级社会工作师工作室', '83.3%', '24.0', '20.0', '2']])
    expect(paragraphs(report)).toContain('未制订督导计划的工作室（无计划可比）：福鼎高级社会工作师工作室。')
    expect(paragraphs(report)).toContain('覆盖被督导者 7 人；服务项目 2 个（绿色 1 个、蓝色 0 个、黄色 0 个、红色 1 个，未评估 0 个），平均指数 75.4 分；跟进事项 10 项，完成 6 项，逾期未完成 2 项。')
    expect(districtSummaryFileName('2026Q1')).toBe('区级督导工作汇总_2026年第1季度.docx')
  })

  it('renders to a .docx holding the sentences and every studio of 100', async () => {
    const many = { ...input, rollups: sampleRollups({ studios: 100, periods: ['2026Q1'] }), granted: [] }
    const facts = districtSummaryFacts(many)
    expect(facts.studios).toHaveLength(100)
    const bytes = await renderReport(buildDistrictSummary(many), { fontSet: 'windows' })
    const text = docxText(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'))
    expect(text).toContain(facts.sentences[0])
    for (const s of facts.studios) expect(text).toContain(`${s.studioName}督导开展情况`)
  })
})
