import { describe, expect, it } from 'vitest'
import {
  agreementFileName,
  archivePlanBlocks,
  buildAgreementDocument,
  buildStudioSummary,
  buildSuperviseeArchive,
  studioPlanBlocks,
  withSection,
} from '../../../../src/shared/reports/content'
import type { SupervisionAgreement } from '../../../../src/shared/model'
import * as F from './fixture'
import { archiveInput, studioSummaryInput } from './inputs'
import { formFields, headings, paragraphs, rows, table, tables } from './report-text'

const agreement: SupervisionAgreement = {
  id: 'ag1',
  createdAt: '2025-01-02T08:00:00.000Z',
  updatedAt: '2025-01-02T08:00:00.000Z',
  deletedAt: null,
  rev: 1,
  title: '2025年度个别督导协议',
  supervisorIds: ['sup1'],
  superviseeIds: ['pa'],
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  frequencies: [
    { mode: '个别督导', count: 1, per: '月' },
    { mode: '团体督导', count: 1, per: '季度' },
  ],
  plannedHours: 6,
  hoursPer: '季度',
  goals: [
    { id: 'g1', text: '能独立完成个案需求评估' },
    { id: 'g2', text: '带领志愿者小组' },
  ],
  responsibilities: '督导者按月督导。\n被督导者按时参加。',
  confidentiality: '服务对象信息予以保密。',
  note: '',
  status: '生效',
  terminatedOn: null,
  supervisorConfirmation: { name: '高瑞敏', at: '2025-01-02T02:00:00.000Z' },
  superviseeConfirmation: null,
}

describe('督导协议书', () => {
  it('prints the parties, the schedule, the goals, both texts and room to sign', () => {
    const report = buildAgreementDocument({ agreement, persons: F.persons, studio: F.STUDIO, today: F.TODAY })
    expect([report.title, report.subtitle]).toEqual(['督导协议书', '（2025年度个别督导协议）'])
    expect(headings(report)).toEqual(['一、协议双方与期限', '二、督导安排', '三、学习目标', '四、双方职责', '五、保密约定'])
    expect(formFields(tables(report)[0]!)).toEqual({
      督导者: '高瑞敏（高级社会工作师）',
      被督导者: '谢国铭（薛家岛街道社会工作服务站）',
      协议期限: '2025年1月1日至2025年12月31日',
      协议状态: '生效',
    })
    expect(rows(table(report, '督导方式与频率'))).toEqual([
      ['个别督导', '每月 1 次'],
      ['团体督导', '每季度 1 次'],
    ])
    const text = paragraphs(report)
    expect(text).toContain('协议期内，双方按个别督导每月 1 次，团体督导每季度 1 次开展督导，计划督导时数每季度 6 小时。因故不能按期督导的，双方协商另行安排，并在督导记录中注明。')
    expect(text).toContain('1. 能独立完成个案需求评估')
    expect(text).toContain('服务对象信息予以保密。')
    expect(text.at(-1)).toMatch(/^督导者 高瑞敏 已于 2025-01-02 \d\d:00 确认。$/)
    expect(report.blocks.at(-1)).toMatchObject({ kind: 'signatures', labels: ['督导者签名', '日期', '被督导者签名', '日期'] })
    expect(agreementFileName(agreement, F.persons)).toBe('督导协议书_谢国铭_2025-01-01.docx')
  })
})

describe('the archive’s and the summary’s plan sections', () => {
  it('adds the agreement and its plan vs done per quarter to the 被督导者督导档案, before the signatures', () => {
    const base = buildSuperviseeArchive(archiveInput('pa', '2025H1'))
    const report = withSection(base, archivePlanBlocks({ personId: 'pa', period: '2025H1', agreements: [agreement], sessions: F.sessions, today: F.TODAY }))
    expect(headings(report).at(-1)).toBe('六、督导协议与计划执行')
    expect(report.blocks.at(-1)?.kind).toBe('signatures')
    // Q1: the only session (3月18日) was led by 刘辉, not a supervisor of the agreement. Q2: 4月8日 个别, 5月12日 团体.
    expect(rows(table(report, '计划与完成（2025年上半年，2 个季度低于计划）'))).toEqual([
      ['2025年第1季度', '个别督导 0/3 次；团体督导 0/1 次', '0.0/6.0 小时', '0.0%', '低于计划'],
      ['2025年第2季度', '个别督导 1/3 次；团体督导 1/1 次', '4.0/6.0 小时', '50.0%', '低于计划'],
    ])
    expect(paragraphs(report)).toContain('学习目标：1. 能独立完成个案需求评估；2. 带领志愿者小组。')
  })

  it('says there is no target without an agreement', () => {
    const blocks = archivePlanBlocks({ personId: 'pb', period: '2025Q2', agreements: [agreement], sessions: F.sessions, today: F.TODAY })
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.runs : b.kind))).toEqual(['heading', '2025年第2季度没有生效的督导协议，不设计划目标。'])
  })

  it('gives the 工作室督导工作总结 按计划完成率 per supervisor, before 下阶段工作计划', () => {
    const base = buildStudioSummary(studioSummaryInput({ period: '2025Q2', thresholds: null }))
    const report = withSection(base, studioPlanBlocks({ period: '2025Q2', agreements: [agreement], sessions: F.sessions, persons: F.persons, today: F.TODAY }), '下阶段工作计划')
    const h = headings(report)
    expect(h.slice(-2)).toEqual(['五、督导计划执行', '六、下阶段工作计划'])
    expect(rows(table(report, '各督导者按计划完成率'))).toEqual([['高瑞敏', '1', '4', '2', '50.0%', '1']])
    expect(table(report, '各督导者按计划完成率').columns).toEqual([
      { header: '督导者', width: { weight: 1.2 }, align: 'center' },
      { header: '被督导者（人次）', align: 'center' },
      { header: '计划次数', align: 'center' },
      { header: '按计划完成', align: 'center' },
      { header: '完成率', align: 'center' },
      { header: '低于计划（人次）', align: 'center' },
    ])
    expect(paragraphs(report)).toContain('2025年第2季度共有 1 份督导协议设有计划目标，涉及被督导者 1 人次；计划督导 4 次，按计划完成 2 次，按计划完成率 50.0%；低于计划的 1 人次。')
  })
})

describe('学习目标评估 in the 督导协议书 and the archive', () => {
  const evaluated: SupervisionAgreement = {
    ...agreement,
    evaluations: [
      { kind: '期末', date: '2025-12-20', by: '高瑞敏', items: [{ goalId: 'g1', rating: 4, comment: '能独立完成', selfRating: 4 }] },
      { kind: '中期', date: '2025-06-30', by: '高瑞敏', items: [{ goalId: 'g1', rating: 2, comment: '框架不熟', selfRating: 3 }, { goalId: 'g2', rating: 3, comment: '', selfRating: null }] },
    ],
  }
  const progression = [
    ['1. 能独立完成个案需求评估', '2（初步达成）\n自评 3', '4（基本达成）\n自评 4', '+2', '中期：框架不熟\n期末：能独立完成'],
    ['2. 带领志愿者小组', '3（部分达成）', '未评', '—', '—'],
  ]

  it('the 协议书 gains a section with each goal\'s 中期 and 期末 rating and the change', () => {
    const report = buildAgreementDocument({ agreement: evaluated, persons: F.persons, studio: F.STUDIO, today: F.TODAY })
    expect(headings(report)).toEqual(['一、协议双方与期限', '二、督导安排', '三、学习目标', '四、学习目标评估', '五、双方职责', '六、保密约定'])
    expect(rows(table(report, '学习目标评估（1–5 分）'))).toEqual(progression)
    expect(paragraphs(report)).toContain(
      '中期评估于2025年6月30日由高瑞敏进行，评估学习目标 2 项，督导者平均评分 2.5 分，被督导者平均自评 3.0 分；期末评估于2025年12月20日由高瑞敏进行，评估学习目标 1 项，督导者平均评分 4.0 分，被督导者平均自评 4.0 分。',
    )
  })

  it('the archive shows the same progression under the agreement; without evaluations, no such table', () => {
    const blocks = archivePlanBlocks({ personId: 'pa', period: '2025H2', agreements: [evaluated], sessions: [], today: F.TODAY })
    const t = blocks.find((b) => b.kind === 'table' && b.caption === '学习目标评估（1–5 分）')
    expect(t && t.kind === 'table' ? rows(t) : null).toEqual(progression)
    const plain = archivePlanBlocks({ personId: 'pa', period: '2025H2', agreements: [agreement], sessions: [], today: F.TODAY })
    expect(plain.some((b) => b.kind === 'table' && b.caption === '学习目标评估（1–5 分）')).toBe(false)
  })
})
