import { describe, expect, it } from 'vitest'
import {
  buildSessionRecord,
  SENSITIVE_TEXT,
  sessionRecordFacts,
  sessionRecordFileName,
} from '../../../../src/shared/reports/content'
import { sessionRecordInput } from './inputs'
import { formFields, headers, paragraphs, rows, tables } from './report-text'

const input = sessionRecordInput

describe('督导记录表', () => {
  it('is a form of every field, the follow-ups table and the signature lines', () => {
    const report = buildSessionRecord(input('s2'))
    expect(report.title).toBe('督导记录表')
    const [form, followUps] = tables(report)
    expect(form!.variant).toBe('form')
    expect(formFields(form!)).toEqual({
      工作室: '林泉高级社工师工作室',
      编号: 'DD-2025-0002（已定稿）',
      督导日期: '2025年5月12日',
      时间: '14:00—16:30（2.5 小时）',
      地点: '古街社区党群服务中心',
      督导方式: '团体督导（内部督导）',
      督导功能: '行政、教育',
      督导者: '高瑞敏',
      被督导者: '谢国铭、李若鹏',
      关联项目: '古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目',
      议题: '志愿者管理、个案工作',
      被督导者提出的问题: '独居老人拒绝上门送餐，担心给子女添麻烦。',
      督导过程: '督导者先请被督导者回顾三次入户的经过，再一起分析老人拒绝的原因。',
      督导意见与建议: '先以邻里志愿者陪同探访建立信任，再逐步引入送餐服务。',
      督导者反思: '应给被督导者更多表达空间。',
      被督导者反思: '—',
      '风险/伦理提示': '关注：一位志愿者与老人发生争执',
      被督导者反馈: '5 非常满意',
      下次督导日期: '未定',
      被督导者确认: '未确认',
    })
    // Every row of the form spans the four grid columns.
    expect(form!.columns).toHaveLength(4)

    expect(headers(followUps!)).toEqual(['序号', '跟进事项', '负责人', '期限', '完成情况'])
    // By due date; overdue days counted to today (2025-07-15 − 2025-05-31 = 45).
    expect(rows(followUps!)).toEqual([
      ['1', '组织一次志愿者沟通技巧培训', '李若鹏', '2025-05-31', '待办，逾期 45 天'],
      ['2', '补齐五月个案记录', '谢国铭', '2025-06-10', '已完成 2025-07-02'],
    ])
    const sig = report.blocks.find((b) => b.kind === 'signatures')
    expect(sig).toMatchObject({ labels: ['督导者签名', '被督导者签名', '日期'], size: 'table' })
    // The signature lines come last.
    expect(report.blocks[report.blocks.length - 1]!.kind).toBe('signatures')
  })

  it('says so when no follow-up was agreed, and shows the confirmation and the next date', () => {
    const report = buildSessionRecord(input('s1', { followUps: [] }))
    expect(tables(report)).toHaveLength(1)
    expect(paragraphs(report)).toContain('跟进事项：本次督导未约定跟进事项。')
    const fields = formFields(tables(report)[0]!)
    expect(fields.被督导者确认).toBe('谢国铭（2025年4月9日）')
    expect(fields.下次督导日期).toBe('2025年5月12日')
    expect(fields.督导功能).toBe('教育、支持')
  })

  it('leaves out the text fields of a sensitive record unless asked', () => {
    const redacted = buildSessionRecord(input('s3'))
    const fields = formFields(tables(redacted)[0]!)
    for (const key of ['被督导者提出的问题', '督导过程', '督导意见与建议', '督导者反思', '被督导者反思']) {
      expect(fields[key]).toBe(SENSITIVE_TEXT)
    }
    expect(fields['风险/伦理提示']).toBe(`严重：${SENSITIVE_TEXT}`)
    // Facts stay: who, when, how long, topics.
    expect(fields.被督导者).toBe('李若鹏')
    expect(fields.议题).toBe('项目管理')
    expect(fields.编号).toBe('DD-2025-0003（草稿）')
    expect(rows(tables(redacted)[1]!)[0]).toEqual(['1', SENSITIVE_TEXT, '李若鹏', '2025-07-10', '待办，逾期 5 天'])
    expect(paragraphs(redacted).some((p) => p.includes('本记录标记为敏感，文字内容未导出'))).toBe(true)
    expect(JSON.stringify(redacted)).not.toContain('泄露隐私')

    const full = buildSessionRecord(input('s3', { includeSensitive: true }))
    const fullFields = formFields(tables(full)[0]!)
    expect(fullFields.被督导者提出的问题).toBe('服务对象家属投诉社工泄露隐私。')
    expect(fullFields['风险/伦理提示']).toBe('严重：涉及服务对象隐私')
    expect(rows(tables(full)[1]!)[0]![1]).toBe('修订服务对象信息保密制度')
    expect(JSON.stringify(full)).not.toContain(SENSITIVE_TEXT)
  })

  it('gives the facts for the preview and a file name', () => {
    expect(sessionRecordFacts(input('s2'))).toEqual({
      code: 'DD-2025-0002',
      status: '已定稿',
      date: '2025-05-12',
      durationText: '2.5 小时',
      supervisors: '高瑞敏',
      supervisees: '谢国铭、李若鹏',
      redacted: false,
      followUpCount: 2,
    })
    expect(sessionRecordFacts(input('s3')).redacted).toBe(true)
    expect(sessionRecordFileName(input('s2'))).toBe('督导记录表_DD-2025-0002_谢国铭等_2025-05-12.docx')
    expect(sessionRecordFileName(input('s1'))).toBe('督导记录表_DD-2025-0001_谢国铭_2025-04-08.docx')
  })
})
