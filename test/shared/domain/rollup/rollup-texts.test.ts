import { describe, expect, it } from 'vitest'
import { computeRollup } from '@shared/domain/rollup/rollup'
import { rollupDocumentSchema, type RollupDocument } from '@shared/rollup/document'
import { SENSITIVE_TEXT_FIELDS } from '@shared/sync/provision'
import { SESSION_FUNCTIONS, SESSION_MODES } from '@shared/model/constants'
import { COLOURS } from '@shared/domain/supervision-index/grading'
import { sampleStudio } from './sample-studio'

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
  return []
}

// Three generated studios, every period they cover, with and without names: no string field of
// any roll-up holds (or is held in) the text of a 督导记录 or 跟进事项.
describe('a roll-up carries no session or follow-up text', () => {
  const studios = [1, 2, 3].map((seed) => sampleStudio(seed, `s${seed}`, `示例工作室${seed}`))

  for (const studio of studios) {
    it(`studio ${studio.studio.code}: ${studio.periods.length} periods`, () => {
      const texts = new Set<string>()
      for (const s of studio.sessions) {
        for (const f of [...SENSITIVE_TEXT_FIELDS, 'location'] as const) if (s[f]) texts.add(s[f])
      }
      for (const f of studio.followUps) {
        if (f.content) texts.add(f.content)
        if (f.completionNote) texts.add(f.completionNote)
      }
      expect(texts.size).toBeGreaterThan(100)
      const supervisees = new Set(studio.sessions.flatMap((s) => s.superviseeIds))
      const names = studio.persons.filter((p) => supervisees.has(p.id)).map((p) => p.name)

      const runs = studio.periods.flatMap((period) =>
        [false, true].map((superviseeNames) => ({ superviseeNames, doc: computeRollup({ ...studio, period, superviseeNames, generatedAt: '2025-07-15T09:00:00.000Z' }) })),
      )
      const docs: RollupDocument[] = runs.map((r) => r.doc)
      const allowed = new Set<string>([
        studio.studio.code,
        studio.studio.name,
        'rollup',
        '2025-07-15T09:00:00.000Z',
        ...docs.flatMap((d) => [d._id, d.period, ...d.sessions.byMonth.map((b) => b.key)]),
        ...SESSION_MODES,
        ...SESSION_FUNCTIONS,
        ...studio.sessions.flatMap((s) => s.topics),
        ...studio.projects.flatMap((p) => [p.id, p.name, p.community]),
        ...['已定稿', '草稿', '未评估', ...COLOURS],
        ...studio.assessments.flatMap((a) => a.dropReasons.flatMap((r) => [r.kind, r.text])),
        ...names,
      ])
      let checked = 0
      for (const { doc, superviseeNames } of runs) {
        expect(rollupDocumentSchema.safeParse(doc).success).toBe(true)
        for (const { path, text } of strings(doc)) {
          checked += 1
          // And more strictly: every string is a name, code or label the district may see.
          if (!allowed.has(text)) throw new Error(`${doc._id} ${path}「${text}」不在可报送的名称与代码之中`)
          for (const t of texts) {
            if (text.includes(t)) throw new Error(`${doc._id} ${path}「${text}」含有记录正文「${t}」`)
          }
          if (!superviseeNames) for (const n of names) expect(text.includes(n), `${doc._id} ${path}`).toBe(false)
        }
      }
      expect(checked).toBeGreaterThan(500)
      // The opted-in periods do name them: the check above would have seen them.
      expect(docs.some((d) => d.supervisees.named?.some((p) => names.includes(p.name)))).toBe(true)
    })
  }
})
