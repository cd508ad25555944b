import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  assessmentInputSchema,
  checkUndoReason,
  frameworkInputSchema,
  personInputSchema,
  progressInputSchema,
  projectInputSchema,
  sessionInputSchema,
  studioInfoSchema,
  TEXT_LIMITS,
  ValidationError,
} from '@shared/model'
import { validateStored, type BackupTable } from '@shared/model/stored'
import { buildDefaultFramework } from '@shared/domain/supervision-index/default-framework'
import { generateSampleData } from '@shared/sample/generator'

/** Strings that are not texts a person writes: ids, dates, times, codes the app makes. */
const NOT_TEXT = new Set([
  'id', 'projectId', 'frameworkId', 'lineageId', 'leaderId', 'ownerId', 'indicatorCode', 'period',
  'date', 'startTime', 'endTime', 'nextDate', 'dueDate', 'completedDate', 'startDate', 'endDate', 'assessDate',
  'supervisorIds', 'superviseeIds', 'projectIds', 'at', 'figures',

])

/** Every string a schema accepts, by path, with its maximum length (null: none). */
function stringFields(schema: z.ZodType, path: string[] = []): { path: string; max: number | null }[] {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType> }
  switch (def.type) {
    case 'string':
      return [{ path: path.join('.'), max: (schema as z.ZodString).maxLength }]
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([k, v]) => stringFields(v as z.ZodType, [...path, k]))
    case 'array':
      return stringFields(def.element!, [...path, '[]'])
    case 'default':
    case 'optional':
    case 'nullable':
      return stringFields(def.innerType!, path)
    case 'pipe':
      return stringFields(def.in!, path)
    default:
      return []
  }
}

const SCHEMAS: [string, z.ZodType][] = [
  ['工作室信息', studioInfoSchema],
  ['人员', personInputSchema],
  ['服务项目', projectInputSchema],
  ['项目进展', progressInputSchema],
  ['督导记录', sessionInputSchema('2099-12-31')],
  ['指数框架', frameworkInputSchema],
  ['项目评估', assessmentInputSchema],
]

describe('every text a person writes has a length limit', () => {
  it.each(SCHEMAS)('%s', (_name, schema) => {
    const unlimited = stringFields(schema).filter((f) => f.max === null && !NOT_TEXT.has(f.path.split('.').filter((p) => p !== '[]').at(-1)!))
    expect(unlimited.map((f) => f.path)).toEqual([])
  })

  it('the limits are the ones of TEXT_LIMITS', () => {
    const limits = Object.fromEntries(stringFields(sessionInputSchema('2099-12-31')).map((f) => [f.path, f.max]))
    expect(limits).toMatchObject({
      questions: TEXT_LIMITS.session.questions,
      process: TEXT_LIMITS.session.process,
      advice: TEXT_LIMITS.session.advice,
      'followUps.[].content': TEXT_LIMITS.followUp.content,
      'confirmation.name': TEXT_LIMITS.session.confirmName,
    })
  })
})

describe('a text over its limit is refused, never cut, on save and on restore or import', () => {
  const data = generateSampleData({ seed: 2025, today: '2025-07-15' })
  const session = data.sessions[0]!
  const person = data.persons[0]!

  it('says the limit and how long the text is', () => {
    const r = personInputSchema.safeParse({ ...person, note: '字'.repeat(1001) })
    expect(r.error?.issues.map((i) => i.message)).toEqual(['备注不能超过 1,000 字（现为 1,001 字）'])
    expect(personInputSchema.safeParse({ ...person, note: '字'.repeat(1000) }).success).toBe(true)
  })

  it('督导过程 up to 20,000 characters; one more is refused with the count', () => {
    const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, rev: _r, code: _code, year: _y, seq: _s, durationMinutes: _m, status: _st, finalizedAt: _f, ...input } = session
    const form = { ...input, sensitive: session.sensitive === 1, followUps: [] }
    const schema = sessionInputSchema('2099-12-31')
    expect(schema.safeParse({ ...form, process: '过'.repeat(20_000) }).success).toBe(true)
    expect(schema.safeParse({ ...form, process: '过'.repeat(20_001) }).error?.issues[0]?.message).toBe('督导过程不能超过 20,000 字（现为 20,001 字）')
  })

  it.each<[BackupTable, () => unknown, string]>([
    ['persons', () => ({ ...person, note: 'x'.repeat(1001) }), '备注不能超过 1,000 字（现为 1,001 字）'],
    ['sessions', () => ({ ...session, advice: 'x'.repeat(5001) }), '督导意见与建议不能超过 5,000 字（现为 5,001 字）'],
    ['followUps', () => ({ ...data.followUps[0]!, content: 'x'.repeat(501) }), '跟进事项内容不能超过 500 字（现为 501 字）'],
    ['projects', () => ({ ...data.projects[0]!, note: 'x'.repeat(2001) }), '备注不能超过 2,000 字（现为 2,001 字）'],
  ])('a %s record from a backup or an import', (table, record, message) => {
    const r = validateStored(table, record())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issue.message).toBe(message)
  })

  it('an indicator’s 评分标准 and an assessment’s 评分依据', () => {
    const fw = buildDefaultFramework()
    const long = structuredClone(fw)
    long.dimensions[0]!.indicators[0]!.rubric[3] = 'x'.repeat(501)
    expect(frameworkInputSchema.safeParse(long).error?.issues[0]?.message).toBe('评分标准不能超过 500 字（现为 501 字）')
    const base = { projectId: 'p', frameworkId: 'f', period: '2025Q1', assessor: '周晓岚', assessDate: '2025-04-02', items: [] }
    expect(assessmentInputSchema.safeParse({ ...base, items: [{ indicatorCode: 'A1', rating: 2, basis: 'x'.repeat(2001) }] }).error?.issues[0]?.message).toBe(
      '评分依据不能超过 2,000 字（现为 2,001 字）',
    )
    expect(assessmentInputSchema.safeParse({ ...base, assessDate: '2025-02-30' }).error?.issues[0]?.message).toBe('日期无效：2025年2月没有30日')
  })

  it('撤销定稿的原因', () => {
    expect(checkUndoReason('  补充督导意见 ')).toBe('补充督导意见')
    expect(() => checkUndoReason(' ')).toThrow(ValidationError)
    expect(() => checkUndoReason('x'.repeat(501))).toThrow('撤销原因不能超过 500 字（现为 501 字）')
  })

  it('the sample studio stays within every limit', () => {
    const d = generateSampleData({ seed: 2025, today: '2026-12-06' })
    const tables: [BackupTable, readonly unknown[]][] = [
      ['persons', d.persons],
      ['projects', d.projects],
      ['progress', d.progress],
      ['sessions', d.sessions],
      ['followUps', d.followUps],
    ]
    for (const [table, rows] of tables) {
      const bad = rows.map((r) => validateStored(table, r)).filter((r) => !r.ok)
      expect(bad, table).toEqual([])
    }
  })
})
