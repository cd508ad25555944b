import { describe, expect, it } from 'vitest'
import {
  filterSessions,
  hasActiveFilter,
  searchExcerpt,
  searchTerms,
  sessionTotals,
  sortSessions,
  toListRow,
  withSessionFacts,
  totalsText,
  type SessionLike,
} from '@shared/domain/session-filter'

let n = 0
function session(over: Partial<SessionLike> & { code: string }): SessionLike {
  n += 1
  const [, y, q] = /^DD-(\d{4})-(\d{4})$/.exec(over.code)!
  return {
    id: `id-${over.code}`,
    year: Number(y),
    seq: Number(q),
    date: '2025-03-01',
    startTime: '09:00',
    endTime: '10:30',
    durationMinutes: 90,
    mode: '个别督导',
    functions: ['教育'],
    kind: '内部督导',
    supervisorIds: ['sup-zhou'],
    superviseeIds: ['p-li'],
    projectIds: [],
    topics: [],
    status: '草稿',
    sensitive: 0,
    riskLevel: '无',
    location: '',
    questions: '',
    process: '',
    advice: '',
    supervisorReflection: '',
    superviseeReflection: '',
    riskNote: '',
    updatedAt: `2025-03-01T00:00:0${n % 10}.000Z`,
    deletedAt: null,
    ...over,
  }
}

const A = session({
  code: 'DD-2025-0001',
  date: '2025-01-08',
  startTime: '14:00',
  endTime: '15:30',
  durationMinutes: 90,
  mode: '个别督导',
  functions: ['教育', '支持'],
  superviseeIds: ['p-li'],
  projectIds: ['prj-linquan'],
  topics: ['个案工作', '情绪支持'],
  status: '已定稿',
  location: '林泉社区党群服务中心',
  questions: '独居老人拒绝入户探访，如何建立信任关系？',
  process: '回顾了三次入户记录。\n讨论了“共享儿女”志愿者的陪伴频次。',
  advice: '先通过楼长引荐，再由固定志愿者每周电话问候。',
})
const B = session({
  code: 'DD-2025-0002',
  date: '2025-02-14',
  startTime: '09:00',
  endTime: '11:00',
  durationMinutes: 120,
  mode: '团体督导',
  functions: ['行政'],
  supervisorIds: ['sup-zhou', 'sup-han'],
  superviseeIds: ['p-li', 'p-wang', 'p-chen'],
  projectIds: ['prj-linquan', 'prj-gujie'],
  topics: ['项目管理', '志愿者管理'],
  status: '草稿',
  location: '古街社区活动室',
  questions: '助老送餐线路调整后志愿者排班混乱。',
  process: '梳理送餐线路与志愿者排班表，使用 Excel 共享表格。',
  advice: '建立排班负责人制度。',
})
const C = session({
  code: 'DD-2025-0003',
  date: '2025-02-14',
  startTime: '14:00',
  endTime: '14:45',
  durationMinutes: 45,
  mode: '线上督导',
  functions: ['支持'],
  superviseeIds: ['p-wang'],
  topics: ['伦理困境', '危机干预'],
  status: '已定稿',
  sensitive: 1,
  riskLevel: '严重',
  questions: '服务对象透露家庭暴力，是否需要报告？',
  process: '讨论了保密例外与强制报告义务。',
  riskNote: '涉及家庭暴力，需跟进转介。',
})
const D = session({
  code: 'DD-2024-0031',
  date: '2024-12-20',
  startTime: '10:00',
  endTime: '12:00',
  durationMinutes: 120,
  mode: '现场督导',
  functions: ['教育'],
  superviseeIds: ['p-chen'],
  projectIds: ['prj-gujie'],
  topics: ['小组工作'],
  status: '已定稿',
  location: '新港山路社区',
  supervisorReflection: '青少年心理辅导小组的设计需要更多结构化活动。',
})
const rows = [A, B, C, D].map((s) => toListRow(s))
const codes = (list: { code: string }[]) => list.map((r) => r.code)

describe('list rows', () => {
  const facts = {
    date: '2025-02-14',
    startTime: '09:00',
    endTime: '11:00',
    mode: '团体督导',
    functions: ['行政'],
    kind: '内部督导',
    supervisorIds: ['sup-zhou', 'sup-han'],
    superviseeIds: ['p-li', 'p-wang', 'p-chen'],
    projectIds: ['prj-linquan', 'prj-gujie'],
    topics: ['项目管理', '志愿者管理'],
  }

  it('a session\'s facts are when, how, who and on what, as stored, added to the object given', () => {
    const into = { note: '保留' }
    expect(withSessionFacts(B, into)).toStrictEqual({ note: '保留', ...facts })
    expect(withSessionFacts(B, {})).toStrictEqual(facts)
  })

  it('a row keeps the fields the list filters, sorts and shows, and the searched text joined by U+001F', () => {
    const text = '助老送餐线路调整后志愿者排班混乱。\u001f梳理送餐线路与志愿者排班表，使用 Excel 共享表格。\u001f建立排班负责人制度。\u001f\u001f\u001f古街社区活动室\u001f'
    expect(toListRow(B)).toStrictEqual({
      ...facts,
      id: 'id-DD-2025-0002',
      code: 'DD-2025-0002',
      year: 2025,
      seq: 2,
      durationMinutes: 120,
      status: '草稿',
      sensitive: 0,
      riskLevel: '无',
      updatedAt: B.updatedAt,
      text,
      lower: text.replace('Excel', 'excel'),
    })
  })
})

describe('session list filter', () => {
  it('no filter keeps every row in input order', () => {
    expect(codes(filterSessions(rows, {}))).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003', 'DD-2024-0031'])
    expect(hasActiveFilter({})).toBe(false)
    expect(hasActiveFilter({ query: '   ' })).toBe(false)
    expect(hasActiveFilter({ superviseeId: 'p-li' })).toBe(true)
  })

  it('filters by one supervisee, supervisor, project, mode, function, topic and status', () => {
    expect(codes(filterSessions(rows, { superviseeId: 'p-li' }))).toEqual(['DD-2025-0001', 'DD-2025-0002'])
    expect(codes(filterSessions(rows, { superviseeId: 'p-wang' }))).toEqual(['DD-2025-0002', 'DD-2025-0003'])
    expect(codes(filterSessions(rows, { supervisorId: 'sup-han' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { projectId: 'prj-gujie' }))).toEqual(['DD-2025-0002', 'DD-2024-0031'])
    expect(codes(filterSessions(rows, { mode: '线上督导' }))).toEqual(['DD-2025-0003'])
    expect(codes(filterSessions(rows, { function: '支持' }))).toEqual(['DD-2025-0001', 'DD-2025-0003'])
    expect(codes(filterSessions(rows, { topic: '志愿者管理' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { status: '草稿' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { superviseeId: 'nobody' }))).toEqual([])
  })

  it('combines filters with AND', () => {
    expect(codes(filterSessions(rows, { superviseeId: 'p-wang', status: '已定稿' }))).toEqual(['DD-2025-0003'])
    expect(codes(filterSessions(rows, { projectId: 'prj-linquan', mode: '个别督导', topic: '个案工作' }))).toEqual(['DD-2025-0001'])
    expect(codes(filterSessions(rows, { projectId: 'prj-linquan', mode: '团体督导', topic: '个案工作' }))).toEqual([])
  })

  it('date range is inclusive at both ends', () => {
    expect(codes(filterSessions(rows, { from: '2025-01-08', to: '2025-02-14' }))).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003'])
    expect(codes(filterSessions(rows, { from: '2025-01-09' }))).toEqual(['DD-2025-0002', 'DD-2025-0003'])
    expect(codes(filterSessions(rows, { to: '2025-01-08' }))).toEqual(['DD-2025-0001', 'DD-2024-0031'])
    expect(codes(filterSessions(rows, { from: '2025-02-15' }))).toEqual([])
  })
})

describe('full-text search', () => {
  it('finds a Chinese phrase anywhere in the text fields', () => {
    expect(codes(filterSessions(rows, { query: '志愿者' }))).toEqual(['DD-2025-0001', 'DD-2025-0002'])
    expect(codes(filterSessions(rows, { query: '建立信任关系' }))).toEqual(['DD-2025-0001'])
    // 督导意见与建议, 地点, 督导者反思 are searched too
    expect(codes(filterSessions(rows, { query: '楼长引荐' }))).toEqual(['DD-2025-0001'])
    expect(codes(filterSessions(rows, { query: '古街社区' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { query: '结构化活动' }))).toEqual(['DD-2024-0031'])
  })

  it('every whitespace-separated term must occur, in any field', () => {
    expect(codes(filterSessions(rows, { query: '排班  Excel' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { query: '林泉 楼长' }))).toEqual(['DD-2025-0001'])
    expect(codes(filterSessions(rows, { query: '林泉 排班' }))).toEqual([])
    expect(searchTerms(' 排班  Excel 排班 ')).toEqual(['排班', 'excel'])
  })

  it('ignores the case of Latin letters', () => {
    expect(codes(filterSessions(rows, { query: 'excel' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { query: 'EXCEL' }))).toEqual(['DD-2025-0002'])
  })

  it('a phrase does not match across two fields or through a line break', () => {
    // questions ends with '关系？' and process starts with '回顾'
    expect(codes(filterSessions(rows, { query: '？回顾' }))).toEqual([])
    expect(codes(filterSessions(rows, { query: '记录。讨论' }))).toEqual([])
  })

  it('skips the text of sensitive records unless asked, but still finds them by 编号', () => {
    expect(codes(filterSessions(rows, { query: '家庭暴力' }))).toEqual([])
    expect(codes(filterSessions(rows, { query: '家庭暴力', includeSensitive: true }))).toEqual(['DD-2025-0003'])
    expect(codes(filterSessions(rows, { query: '强制报告', includeSensitive: true }))).toEqual(['DD-2025-0003'])
    expect(codes(filterSessions(rows, { query: 'dd-2025-0003' }))).toEqual(['DD-2025-0003'])
    expect(codes(filterSessions(rows, { query: 'DD-2024' }))).toEqual(['DD-2024-0031'])
  })

  it('search combines with the other filters', () => {
    expect(codes(filterSessions(rows, { query: '志愿者', superviseeId: 'p-wang' }))).toEqual(['DD-2025-0002'])
    expect(codes(filterSessions(rows, { query: '志愿者', status: '已定稿' }))).toEqual(['DD-2025-0001'])
  })
})

describe('sort', () => {
  it('by date, newest first by default, ties by start time then 编号', () => {
    expect(codes(sortSessions(rows))).toEqual(['DD-2025-0003', 'DD-2025-0002', 'DD-2025-0001', 'DD-2024-0031'])
    expect(codes(sortSessions(rows, { key: 'date', order: 'asc' }))).toEqual(['DD-2024-0031', 'DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003'])
  })

  it('by 编号 compares year then sequence (numerically)', () => {
    const e = toListRow(session({ code: 'DD-2025-0010', date: '2025-01-01' }))
    const all = [...rows, e]
    expect(codes(sortSessions(all, { key: 'code', order: 'asc' }))).toEqual([
      'DD-2024-0031', 'DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003', 'DD-2025-0010',
    ])
    expect(codes(sortSessions(all, { key: 'code', order: 'desc' }))).toEqual([
      'DD-2025-0010', 'DD-2025-0003', 'DD-2025-0002', 'DD-2025-0001', 'DD-2024-0031',
    ])
  })

  it('does not change the input and gives the same order whatever the input order', () => {
    const reversed = [...rows].reverse()
    expect(codes(sortSessions(reversed))).toEqual(codes(sortSessions(rows)))
    expect(codes(rows)).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003', 'DD-2024-0031'])
  })
})

describe('totals', () => {
  it('counts and sums hours with one decimal', () => {
    expect(sessionTotals(rows)).toEqual({ count: 4, minutes: 375, hours: '6.3' })
    expect(totalsText(sessionTotals(filterSessions(rows, { superviseeId: 'p-li' })))).toBe('共 2 条 · 3.5 小时')
    expect(totalsText(sessionTotals([]))).toBe('共 0 条 · 0.0 小时')
  })

  it('42 sessions of 90.7 minutes on average read 63.5 hours', () => {
    const many = Array.from({ length: 42 }, (_, i) => ({ durationMinutes: i < 30 ? 90 : 92.5 }))
    expect(totalsText(sessionTotals(many))).toBe('共 42 条 · 63.5 小时')
  })
})

describe('search excerpt', () => {
  it('shows the field and the words around the first match, on one line', () => {
    const a = rows[0]!
    expect(searchExcerpt(a, ['陪伴频次'], 6)).toEqual({
      field: '督导过程',
      before: '…女”志愿者的',
      match: '陪伴频次',
      after: '。',
    })
    expect(searchExcerpt(a, ['入户'], 4)).toEqual({ field: '被督导者提出的问题', before: '…老人拒绝', match: '入户', after: '探访，如…' })
    expect(searchExcerpt(a, ['记录'], 8)).toEqual({ field: '督导过程', before: '回顾了三次入户', match: '记录', after: '。 讨论了“共享…' })
  })

  it('keeps the original letters while matching without case', () => {
    expect(searchExcerpt(rows[1]!, ['excel'], 3)).toEqual({ field: '督导过程', before: '…使用 ', match: 'Excel', after: ' 共享…' })
  })

  it('never shows text of a sensitive record, nor for a match in the 编号 only', () => {
    expect(searchExcerpt(rows[2]!, ['家庭暴力'])).toBeNull()
    expect(searchExcerpt(rows[0]!, ['dd-2025'])).toBeNull()
    expect(searchExcerpt(rows[0]!, [])).toBeNull()
  })
})
