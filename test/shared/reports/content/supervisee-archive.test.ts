import { describe, expect, it } from 'vitest'
import {
  archiveFacts,
  archiveFigures,
  archiveFileName,
  buildSuperviseeArchive,
} from '../../../../src/shared/reports/content'
import { archiveInput } from './inputs'
import { formFields, headings, paragraphs, rows, table, tables } from './report-text'

const input = archiveInput

describe('被督导者督导档案', () => {
  it('has the person, the period and the sections', () => {
    const report = buildSuperviseeArchive(input('pa', '2025H1'))
    expect(report.title).toBe('被督导者督导档案')
    expect(report.subtitle).toBe('谢国铭（2025年上半年）')
    expect(headings(report)).toEqual(['一、基本信息', '二、督导时数', '三、督导记录', '四、督导议题', '五、跟进事项'])
    expect(formFields(tables(report)[0]!)).toEqual({
      姓名: '谢国铭',
      角色: '社工',
      所在机构或社区: '薛家岛街道社会工作服务站',
      职业资格: '社会工作师',
      服务领域: '养老',
      联系电话: '—',
      档案期间: '2025年上半年（2025年1月1日至2025年6月30日）',
      参与项目: '古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目',
      督导者: '高瑞敏（2 次）、刘辉（1 次）',
    })
    expect(report.blocks.at(-1)).toMatchObject({ kind: 'signatures', labels: ['被督导者签名', '督导者签名', '日期'] })
  })

  it('counts the hours by quarter and by mode', () => {
    const report = buildSuperviseeArchive(input('pa', '2025H1'))
    // Q1: S4 120 min; Q2: S1 90 + S2 150 = 240 min (S5 deleted). 个别 S4 + S1 = 210 min.
    expect(paragraphs(report)).toContain('2025年上半年共接受督导 3 次，累计 6.0 小时，其中个别督导 2 次（3.5 小时）、团体督导 1 次（2.5 小时）。')
    expect(rows(table(report, '各季度督导次数与时数'))).toEqual([
      ['2025年第1季度', '1', '2.0'],
      ['2025年第2季度', '2', '4.0'],
      ['合计', '3', '6.0'],
    ])
    // The label column twice as wide, every column centred; the 合计 row in bold.
    expect(table(report, '各季度督导次数与时数').columns).toEqual([
      { header: '季度', width: { weight: 2 }, align: 'center' },
      { header: '督导次数', align: 'center' },
      { header: '督导时数（小时）', align: 'center' },
    ])
    expect(table(report, '各季度督导次数与时数').rows.at(-1)).toEqual([
      { text: '合计', bold: true, align: 'center' },
      { text: '3', bold: true },
      { text: '6.0', bold: true },
    ])
  })

  it('breaks a quarter down by month', () => {
    const report = buildSuperviseeArchive(input('pb', '2025Q2'))
    // 李若鹏: S2 150 (May) + S3 60 (June).
    expect(rows(table(report, '各月份督导次数与时数'))).toEqual([
      ['2025年4月', '0', '0.0'],
      ['2025年5月', '1', '2.5'],
      ['2025年6月', '1', '1.0'],
      ['合计', '2', '3.5'],
    ])
  })

  it('lists the sessions and the topics', () => {
    const report = buildSuperviseeArchive(input('pa', '2025H1'))
    expect(rows(table(report, '督导记录（2025年上半年，时长单位：小时）'))).toEqual([
      ['DD-2025-0004\n2025-03-18', '个别督导', '刘辉', '古街社区助老送餐服务项目', '情绪支持', '2.0'],
      ['DD-2025-0001\n2025-04-08', '个别督导', '高瑞敏', '古街社区助老送餐服务项目', '个案工作、情绪支持', '1.5'],
      ['DD-2025-0002\n2025-05-12', '团体督导', '高瑞敏', '古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目', '志愿者管理、个案工作', '2.5'],
    ])
    expect(paragraphs(report)).toContain('上半年督导涉及的议题为个案工作（2 次）、情绪支持（2 次）、志愿者管理（1 次）。')
    expect(rows(table(report, '督导议题'))).toEqual([
      ['个案工作', '2', '66.6%', '4.0'],
      ['情绪支持', '2', '66.6%', '3.5'],
      ['志愿者管理', '1', '33.3%', '2.5'],
    ])
    expect(table(report, '督导议题').columns).toEqual([
      { header: '议题', width: { weight: 2 }, align: 'center' },
      { header: '出现次数', align: 'center' },
      { header: '占督导次数', align: 'center' },
      { header: '涉及时数（小时）', align: 'center' },
    ])
  })

  it('lists the follow-ups the person is responsible for, as they stood at the period end', () => {
    const report = buildSuperviseeArchive(input('pa', '2025H1'))
    // F1, F3, F4 are 谢国铭's; due in H1: all three; done by 06-30: F1. On 06-30 F3 (done 07-02) was still open.
    expect(paragraphs(report)).toContain('由本人负责的跟进事项 3 项。本期到期的跟进事项 3 项，期末前完成 1 项，完成率 33.3%；截至2025年6月30日，逾期未完成的跟进事项 2 项。')
    expect(rows(table(report, '由本人负责的跟进事项（状态截至2025年6月30日）'))).toEqual([
      ['1', '与居委会商定送餐路线', 'DD-2025-0004', '2025-04-15', '进行中，逾期 76 天'],
      ['2', '整理老人拒绝送餐的原因清单', 'DD-2025-0001', '2025-04-30', '已完成 2025-04-28'],
      ['3', '补齐五月个案记录', 'DD-2025-0002', '2025-06-10', '进行中，逾期 20 天'],
    ])
  })

  it('hides the follow-up texts of sensitive sessions', () => {
    const report = buildSuperviseeArchive(input('pb', '2025Q3'))
    // F5 (S3, sensitive) falls due on 07-10; judged on today, 07-15.
    expect(rows(table(report, '由本人负责的跟进事项（状态截至2025年7月15日）'))).toEqual([
      ['1', '（敏感记录，内容不导出）', 'DD-2025-0003', '2025-07-10', '待办，逾期 5 天'],
    ])
  })

  it('says so when the person had no supervision in the period', () => {
    const report = buildSuperviseeArchive(input('pc', '2025Q2'))
    const texts = paragraphs(report)
    expect(texts).toEqual([
      '2025年第2季度未接受督导。',
      '2025年第2季度没有督导记录。',
      '2025年第2季度的督导记录未标注议题。',
      '2025年第2季度没有由本人负责的跟进事项。',
    ])
    expect(headings(report)).toHaveLength(5)
  })

  it('gives the preview figures and the file name', () => {
    expect(archiveFigures(archiveFacts(input('pa', '2025H1')))).toEqual([
      { label: '被督导者', value: '谢国铭' },
      { label: '期间', value: '2025年上半年' },
      { label: '督导次数', value: '3 次' },
      { label: '督导时数', value: '6.0 小时' },
      { label: '议题', value: '个案工作、情绪支持、志愿者管理' },
      { label: '跟进事项', value: '3 项，逾期 2 项' },
    ])
    expect(archiveFileName('谢国铭', '2025Y')).toBe('被督导者督导档案_谢国铭_2025年度.docx')
  })
})
