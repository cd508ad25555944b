import { describe, expect, it } from 'vitest'
import { MERGE_TABLES } from '@shared/backup/merge-tables'
import {
  designDoc,
  districtUserDoc,
  securityObject,
  SYNC_TABLES,
  sensitiveReadersAfter,
  studioCodeProblem,
  studioDatabases,
  studioUserSchema,
  usersFileSchema,
  userDoc,
  validateDocUpdateSource,
  withRollupReader,
  type StudioDatabaseKind,
} from '@shared/sync/provision'

import { rollupDocumentSchema } from '@shared/rollup/document'
import { rollupOf } from '../../support/rollup'

type Validate = (newDoc: Record<string, unknown>, oldDoc: unknown, userCtx: { name: string | null; roles: string[] }, secObj: unknown) => void

/** The validate function as CouchDB runs it: evaluated from its source text. */
function validator(code: string, kind: StudioDatabaseKind): Validate {
  // eslint-disable-next-line no-new-func -- the source text is what CouchDB evaluates: test exactly that
  return new Function(`return (${validateDocUpdateSource(code, kind)})`)() as Validate
}

const member = { name: 'gao', roles: ['studio-linquan'] }
const admin = { name: 'admin', roles: ['_admin'] }

/** The `forbidden` reason the validate function throws, or null when it accepts the document. */
function refusal(validate: Validate, doc: Record<string, unknown>, user = member): string | null {
  try {
    validate(doc, null, user, {})
    return null
  } catch (err) {
    return (err as { forbidden?: string }).forbidden ?? `not a forbidden: ${String(err)}`
  }
}

const session = (extra: Record<string, unknown> = {}) => ({
  _id: 'sessions:s1',
  id: 's1',
  table: 'sessions',
  studio: 'linquan',
  sensitive: 0,
  questions: '如何与服务对象建立信任',
  process: '',
  advice: '',
  supervisorReflection: '',
  superviseeReflection: '',
  riskNote: '',
  ...extra,
})
const emptyTexts = { questions: '', process: '', advice: '', supervisorReflection: '', superviseeReflection: '', riskNote: '' }

describe('names and security objects', () => {
  it('syncs exactly the tables the backup merge merges', () => {
    expect([...SYNC_TABLES]).toEqual([...MERGE_TABLES])
  })

  it('names the three databases and the role of a studio', () => {
    expect(studioDatabases('linquan')).toEqual({ ordinary: 'studio-linquan', sensitive: 'studio-linquan-sensitive', rollup: 'studio-linquan-rollup' })
    expect(securityObject('linquan', 'ordinary')).toEqual({ admins: { names: [], roles: [] }, members: { names: [], roles: ['studio-linquan'] } })
  })

  it('admits to the sensitive database only the people named, never the studio role', () => {
    expect(securityObject('linquan', 'sensitive', ['li', 'gao', 'li'])).toEqual({ admins: { names: [], roles: [] }, members: { names: ['gao', 'li'], roles: [] } })
    // CouchDB makes a database whose members are empty public: nobody named means admins only.
    expect(securityObject('linquan', 'sensitive', [])).toEqual({ admins: { names: [], roles: [] }, members: { names: [], roles: ['_admin'] } })
  })

  it('admits to the rollup database the studio role and the district users granted', () => {
    expect(securityObject('linquan', 'rollup', ['qu'])).toEqual({ admins: { names: [], roles: [] }, members: { names: ['qu'], roles: ['studio-linquan'] } })
    const stored = { members: { names: ['qu'], roles: ['studio-linquan'] } }
    expect(withRollupReader(stored, 'shi', true)).toEqual(['qu', 'shi'])
    expect(withRollupReader(stored, 'qu', true)).toEqual(['qu'])
    expect(withRollupReader(stored, 'qu', false)).toEqual([])
    expect(withRollupReader({}, 'qu', true)).toEqual(['qu'])
  })

  it('accepts studio codes of lowercase letters, digits and hyphens only', () => {
    for (const ok of ['linquan', 'xjd-2', 'a', '9a']) expect(studioCodeProblem(ok)).toBeNull()
    for (const bad of ['', 'LinQuan', '临泉', 'a_b', '-a', 'a-', 'a b', 'a'.repeat(41)]) expect(studioCodeProblem(bad)).toContain('不可用')
  })
})

describe('users', () => {
  it('reads a users file and refuses a bad one with Chinese messages', () => {
    expect(usersFileSchema.parse([{ name: 'gao', password: 'pass-1234', sensitive: true }, { name: 'li', password: 'pass-5678' }])).toEqual([
      { name: 'gao', password: 'pass-1234', sensitive: true, revoked: false },
      { name: 'li', password: 'pass-5678', sensitive: false, revoked: false },
    ])
    const bad = usersFileSchema.safeParse([{ name: 'gao', password: 'short' }, { name: 'a:b', password: 'pass-1234' }, { name: 'gao', password: 'pass-1234' }])
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['密码至少 8 个字符', '用户名不能包含冒号，也不能以下划线开头', '用户 gao 重复'])
  })

  it('adds the studio role to a new user and keeps the other roles of an existing one', () => {
    const gao = studioUserSchema.parse({ name: 'gao', password: 'pass-1234' })
    expect(userDoc('linquan', gao, null)).toEqual({ _id: 'org.couchdb.user:gao', name: 'gao', type: 'user', roles: ['studio-linquan'], password: 'pass-1234' })
    const existing = { _id: 'org.couchdb.user:gao', _rev: '3-x', name: 'gao', type: 'user' as const, roles: ['studio-xjd'], derived_key: 'k' }
    expect(userDoc('linquan', { ...gao, password: undefined }, existing)).toEqual({ ...existing, roles: ['studio-linquan', 'studio-xjd'] })
  })

  it('takes the studio role away from a revoked user, and asks a password of a new one', () => {
    const existing = { _id: 'org.couchdb.user:gao', _rev: '3-x', name: 'gao', type: 'user' as const, roles: ['studio-linquan', 'studio-xjd'] }
    expect(userDoc('linquan', studioUserSchema.parse({ name: 'gao', revoked: true }), existing).roles).toEqual(['studio-xjd'])
    expect(() => userDoc('linquan', studioUserSchema.parse({ name: 'new' }), null)).toThrow('新用户 new 需要密码')
    expect(districtUserDoc(studioUserSchema.parse({ name: 'qu', password: 'pass-1234' }), null).roles).toEqual(['district'])
  })

  it('names in the sensitive database the people marked so and keeps those the file does not mention', () => {
    const users = usersFileSchema.parse([
      { name: 'gao', password: 'pass-1234', sensitive: true },
      { name: 'li', password: 'pass-1234', sensitive: false },
      { name: 'wang', sensitive: true, revoked: true },
    ])
    expect(sensitiveReadersAfter({ members: { names: ['li', 'wang', 'zhao'], roles: [] } }, users)).toEqual(['gao', 'zhao'])
  })
})

describe('validate_doc_update', () => {
  const ordinary = validator('linquan', 'ordinary')
  const sensitive = validator('linquan', 'sensitive')
  const rollup = validator('linquan', 'rollup')

  it('accepts a record of each synced table of the studio', () => {
    for (const table of MERGE_TABLES) expect(refusal(ordinary, { _id: `${table}:r1`, id: 'r1', table, studio: 'linquan' })).toBeNull()
    expect(refusal(ordinary, session())).toBeNull()
    expect(refusal(ordinary, { _id: 'meta:laptops', studio: 'linquan', marks: {} })).toBeNull()
  })

  it('refuses a document of another studio', () => {
    expect(refusal(ordinary, session({ studio: 'xjd' }))).toBe('文档不属于本工作室（linquan）')
    expect(refusal(ordinary, session({ studio: undefined }))).toBe('文档不属于本工作室（linquan）')
    expect(refusal(sensitive, { _id: 'sessions-text:s1', sessionId: 's1', studio: 'xjd' })).toBe('文档不属于本工作室（linquan）')
  })

  it('refuses the text of a 敏感 record in the ordinary database', () => {
    for (const field of Object.keys(emptyTexts)) {
      expect(refusal(ordinary, session({ ...emptyTexts, sensitive: 1, [field]: '服务对象有自伤风险' }))).toBe('敏感记录的正文不能写入普通数据库')
    }
    expect(refusal(ordinary, session({ ...emptyTexts, questions: '文字', sensitive: true }))).toBe('敏感记录的正文不能写入普通数据库')
    expect(refusal(ordinary, session({ ...emptyTexts, sensitive: 1, sensitiveText: 'separate' }))).toBeNull()
    expect(refusal(ordinary, { _id: 'sessions-text:s1', sessionId: 's1', studio: 'linquan', questions: 'x' })).toBe('敏感记录的正文不能写入普通数据库')
  })

  it('refuses ids not of the form <table>:<id>, and a body that does not match its id', () => {
    expect(refusal(ordinary, { _id: 'drafts:d1', studio: 'linquan', table: 'drafts' })).toBe('文档编号格式不正确：drafts:d1')
    expect(refusal(ordinary, { _id: 'settings', studio: 'linquan' })).toBe('文档编号格式不正确：settings')
    expect(refusal(ordinary, { _id: 'sessions:', studio: 'linquan', table: 'sessions' })).toBe('文档编号格式不正确：sessions:')
    expect(refusal(ordinary, session({ table: 'persons' }))).toBe('文档的表名与编号不一致：sessions:s1')
    expect(refusal(ordinary, session({ id: 's2' }))).toBe('文档的记录号与编号不一致：sessions:s1')
  })

  it('lets the sensitive database hold only the texts of sessions', () => {
    expect(refusal(sensitive, { _id: 'sessions-text:s1', sessionId: 's1', studio: 'linquan', questions: '正文' })).toBeNull()
    expect(refusal(sensitive, session())).toBe('敏感数据库只保存敏感记录的正文：sessions:s1')
    expect(refusal(sensitive, { _id: 'sessions-text:s1', sessionId: 's2', studio: 'linquan' })).toBe('敏感正文与督导记录不对应：sessions-text:s1')
  })

  it('allows deleting our documents (losing conflict branches) but not a design document by a member', () => {
    expect(refusal(ordinary, { _id: 'sessions:s1', _deleted: true })).toBeNull()
    expect(refusal(sensitive, { _id: 'sessions-text:s1', _deleted: true })).toBeNull()
    expect(refusal(ordinary, { _id: 'other:s1', _deleted: true })).toBe('文档编号格式不正确：other:s1')
    expect(refusal(ordinary, { _id: '_design/studio', validate_doc_update: '' })).toBe('只有服务器管理员可以修改设计文档')
    expect(refusal(ordinary, { _id: '_design/studio', validate_doc_update: '' }, admin)).toBeNull()
  })

  // A real roll-up of the report tests' studio (fixture.ts), as the app publishes it.
  const rollupDoc = rollupOf('linquan', '2025Q2') as unknown as Record<string, unknown>

  it('keeps the rollup database read-only to district users', () => {
    expect(refusal(rollup, rollupDoc)).toBeNull()
    expect(refusal(rollup, { ...rollupDoc, _rev: '2-abc', _revisions: { start: 2, ids: ['abc', 'def'] } })).toBeNull()
    expect(refusal(rollup, rollupDoc, { name: 'qu', roles: ['district'] })).toBe('只读：只有本工作室的成员可以写入汇总数据')
    expect(refusal(rollup, { ...rollupDoc, studio: { code: 'xjd', name: '薛家岛' }, _id: 'rollup:xjd:2025Q2' })).toBe('文档不属于本工作室（linquan）')
    expect(refusal(rollup, { _id: 'figures:2026-Q1', studio: 'linquan' })).toBe('文档不属于本工作室（linquan）')
  })

  it('takes only valid roll-ups of its studio: no session text, no field the contract lacks', () => {
    const projects = rollupDoc.projects as Record<string, unknown>[]
    const sessions = rollupDoc.sessions as Record<string, unknown>
    expect(refusal(rollup, { ...rollupDoc, advice: '先以邻里志愿者陪同探访建立信任' })).toBe('不是有效的汇总数据：汇总数据.advice 不是汇总数据的字段')
    expect(refusal(rollup, { ...rollupDoc, projects: [{ ...projects[0], questions: '服务对象家属投诉' }] })).toBe('不是有效的汇总数据：汇总数据.projects[0].questions 不是汇总数据的字段')
    expect(refusal(rollup, { ...rollupDoc, sessions: { ...sessions, count: 2.5 } })).toBe('不是有效的汇总数据：汇总数据.sessions.count 应为整数')
    expect(refusal(rollup, { ...rollupDoc, _id: 'rollup:linquan:2025Q3' })).toBe('汇总数据的文档编号应为 rollup:linquan:2025Q2')
    expect(refusal(rollup, { ...rollupDoc, period: '2025Q5', _id: 'rollup:linquan:2025Q5' })).toBe('汇总数据的周期代码无效')
    expect(refusal(rollup, { ...rollupDoc, _id: 'rollup:linquan:2025Q2', type: 'session' })).toBe('不是有效的汇总数据：汇总数据.type 应为 "rollup"')
    expect(refusal(rollup, { _id: 'rollup:linquan:2025Q2', _deleted: true })).toBeNull()
  })

  it('agrees with the app’s schema on every roll-up it refuses or takes', () => {
    const projects = rollupDoc.projects as Record<string, unknown>[]
    const supervisees = rollupDoc.supervisees as Record<string, unknown>
    const variants: Record<string, unknown>[] = [
      rollupDoc,
      { ...rollupDoc, plan: null },
      { ...rollupDoc, plan: { agreements: 1, plannedTenths: 30, heldTowardPlanTenths: 10, completionTenths: null, behind: 0 } },
      { ...rollupDoc, plan: { agreements: 1 } },
      { ...rollupDoc, supervisees: { ...supervisees, named: null } },
      { ...rollupDoc, supervisees: { ...supervisees, named: [{ name: 'x'.repeat(51), count: 1, minutes: 1 }] } },
      { ...rollupDoc, projects: [{ ...projects[0], colour: '紫色' }] },
      { ...rollupDoc, projects: [{ ...projects[0], totalTenths: -5 }] },
      { ...rollupDoc, projects: [{ ...projects[0], dropReasons: [{ kind: 'veto', text: '一票否决' }] }] },
      { ...rollupDoc, projects: [{ ...projects[0], dropReasons: [{ kind: 'other', text: '' }] }] },
      { ...rollupDoc, topics: Array.from({ length: 201 }, (_, i) => ({ key: `t${i}`, count: 1, minutes: 1 })) },
      { ...rollupDoc, followUps: { total: 1, done: 1, open: 0 } },
      { ...rollupDoc, generatedAt: 7 },
      { ...rollupDoc, studio: { code: 'linquan', name: '林泉', lead: '高瑞敏' } },
    ]
    for (const doc of variants) {
      expect(refusal(rollup, doc) === null, JSON.stringify(doc).slice(0, 200)).toBe(rollupDocumentSchema.safeParse(doc).success)
    }
  })

  it('is one design document per database, with the code of its studio inside', () => {
    const doc = designDoc('xjd', 'ordinary')
    expect(doc._id).toBe('_design/studio')
    expect(doc.language).toBe('javascript')
    expect(doc.validate_doc_update).toContain('var CODE = "xjd";')
    // ES5 only: CouchDB's JavaScript engine runs it.
    expect(doc.validate_doc_update).not.toMatch(/=>|\bconst\b|\blet\b|`/)
  })
})
