import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES, parseSyncState, syncStateSchema, validateStored } from '@shared/model/stored'
import { DATA_TABLES } from '@renderer/db/schema'

const meta = { id: '0b7c6f1e-3d2a-4c1b-9e8f-123456789abc', createdAt: '2025-03-06T01:02:03.000Z', updatedAt: '2025-03-06T01:02:03.000Z', deletedAt: null, rev: 1 }
const person = { ...meta, name: '周晓岚', role: '督导者', org: '林泉社区', qualification: '高级社会工作师', field: null, phone: '', note: '' }
const session = {
  ...meta,
  date: '2025-03-06', startTime: '14:00', endTime: '15:30', location: '林泉社区服务站', mode: '个别督导', functions: ['教育'],
  kind: '内部督导', supervisorIds: ['a'], superviseeIds: ['b'], projectIds: [], topics: ['个案工作'], questions: '', process: '',
  advice: '', supervisorReflection: '', superviseeReflection: '', feedbackScore: null, riskLevel: '无', riskNote: '', sensitive: 0,
  nextDate: null, confirmation: null, code: 'DD-2025-0001', year: 2025, seq: 1, durationMinutes: 90, status: '草稿', finalizedAt: null,
}

const assessment = {
  ...meta,
  projectId: 'p1', frameworkId: 'f1', period: '2025Q1', assessor: '周晓岚', assessDate: '2025-04-10',
  items: [{ indicatorCode: 'A1', rating: 4, basis: '', suggestion: null }], veto: null, achievements: '', problems: '', improvements: '',
  status: '已定稿', totalTenths: 550, colour: '红色', grade: '预警', finalizedAt: meta.updatedAt,
}

describe('stored record schemas', () => {
  it('cover exactly the tables of the Dexie schema', () => {
    expect([...BACKUP_TABLES]).toEqual(DATA_TABLES)
  })

  it('accept a stored person and session unchanged, keeping unknown fields', () => {
    const p = validateStored('persons', { ...person, futureField: 'x' })
    expect(p.ok && p.value).toEqual({ ...person, futureField: 'x' })
    const s = validateStored('sessions', session)
    expect(s.ok && s.value).toEqual(session)
  })

  it('fills defaults of fields an older record lacks', () => {
    const { note: _n, ...older } = person
    const p = validateStored('persons', older)
    expect(p.ok && p.value.note).toBe('')
  })

  it('refuses bad records with Chinese messages', () => {
    const bad = (table: Parameters<typeof validateStored>[0], rec: unknown) => {
      const r = validateStored(table, rec)
      if (r.ok) throw new Error('expected failure')
      return r.issue
    }
    expect(bad('persons', { ...person, name: '' }).message).toBe('姓名必填')
    expect(bad('persons', { ...person, updatedAt: 'yesterday' }).message).toBe('修改时间格式不正确')
    expect(bad('sessions', { ...session, code: 'DD-2025-0002' }).message).toBe('编号与年份、序号不一致')
    expect(bad('sessions', { ...session, durationMinutes: 60 }).message).toBe('时长与开始、结束时间不一致')
    expect(bad('sessions', { ...session, sensitive: true }).message).toBe('应为 0 或 1')
    expect(bad('sessions', { ...session, date: '2025-02-30' }).message).toBe('督导日期格式应为 年-月-日')
    const issue = bad('sessions', { ...session, mode: '随便' })
    expect(issue.label).toBe('督导方式')
    expect(issue.message).toBe('请选择督导方式')
    // Fields without a message of their own get zod's Chinese locale, not English.
    expect(bad('persons', { ...person, field: '天文' }).message).toMatch(/[\u4e00-\u9fa5]/)
    expect(bad('settings', { key: 'preferences', value: { reportFonts: 'comic' }, updatedAt: meta.updatedAt }).message).toMatch(/^偏好设置：/)
  })

  it('accepts a 编号 with a laptop mark (sync) and checks it as strictly as a plain one', () => {
    const marked = { ...session, code: 'DD-2025-B0001' }
    expect(validateStored('sessions', marked).ok).toBe(true)
    const wrongSeq = validateStored('sessions', { ...session, code: 'DD-2025-B0002' })
    expect(!wrongSeq.ok && wrongSeq.issue.message).toBe('编号与年份、序号不一致')
    // I and O are never marks: a printed number must not read as 1 or 0.
    const ambiguous = validateStored('sessions', { ...session, code: 'DD-2025-O0001' })
    expect(!ambiguous.ok && ambiguous.issue.message).toMatch(/^编号格式应为/)
  })

  it('keeps a 敏感 record whose texts live in the sensitive database (empty here) valid', () => {
    const separate = { ...session, sensitive: 1, riskLevel: '关注', riskNote: '', sensitiveText: 'separate' }
    expect(validateStored('sessions', separate).ok).toBe(true)
    const missing = validateStored('sessions', { ...separate, sensitiveText: undefined })
    expect(!missing.ok && missing.issue.message).toBe('请说明风险或伦理问题')
  })

  it('accepts a future session date (forms forbid it, stored records keep what they have)', () => {
    const r = validateStored('sessions', { ...session, date: '2099-01-01', code: 'DD-2099-0001', year: 2099 })
    expect(r.ok).toBe(true)
  })
})

describe('stored assessments: drop reasons', () => {
  it('keep a reason with its kind as it is', () => {
    const dropReasons = [{ kind: 'overdueAlreadyRed', text: '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级' }]
    const r = validateStored('assessments', { ...assessment, dropReasons })
    expect(r.ok && r.value).toEqual({ ...assessment, dropReasons })
  })

  it('give a reason written before v3 as text alone its kind', () => {
    const r = validateStored('assessments', { ...assessment, dropReasons: ['一票否决：安全事故，颜色为红色', '另有 1 项跟进事项逾期超过 30 天'] })
    expect(r.ok && r.value.dropReasons).toEqual([
      { kind: 'veto', text: '一票否决：安全事故，颜色为红色' },
      { kind: 'overdueAlongsideVeto', text: '另有 1 项跟进事项逾期超过 30 天' },
    ])
  })

  it('refuse a reason of an unknown kind', () => {
    const r = validateStored('assessments', { ...assessment, dropReasons: [{ kind: 'guess', text: '降级' }] })
    expect(!r.ok && r.issue.path).toBe('dropReasons.0')
  })
})

describe('parseSyncState', () => {
  const state = { deviceId: 'dev-b', at: '2025-03-06T01:02:03.000Z', fileCreatedAt: '2025-03-06T01:00:00.000Z', seen: { 'sessions:s1': '2025-03-06T01:02:03.000Z' }, kept: {} }

  it('fills the defaults and refuses what the schema refuses', () => {
    expect(parseSyncState({ ...state })).toEqual({ ...state, studioName: '', revs: {} })
    expect(parseSyncState({ ...state, seen: { 'sessions:s1': 3 } })).toBeNull()
    expect(parseSyncState({ ...state, revs: { 'sessions:s1': [1, -1] } })).toBeNull()
    expect(parseSyncState(null)).toBeNull()
  })

  it('gives a state validated on reading a backup as the schema parses it, without parsing it again', () => {
    const value = { ...state, revs: { 'sessions:s1': [2, 3] } }
    const row = validateStored('settings', { key: 'sync:dev-b', value, updatedAt: state.at })
    expect(row.ok).toBe(true)
    const parsed = parseSyncState(value)
    expect(parsed).toEqual(syncStateSchema.parse(value))
    expect(parseSyncState(value)).toBe(parsed)
  })

  it('does not remember a state that failed validation', () => {
    const value = { ...state, seen: { 'sessions:s1': 3 } }
    expect(validateStored('settings', { key: 'sync:dev-b', value, updatedAt: state.at }).ok).toBe(false)
    expect(parseSyncState(value)).toBeNull()
  })
})
