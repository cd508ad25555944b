import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentedChecks, parseCsvLine, parseReport } from '../../scripts/security-audit.mjs'

const ROOT = join(import.meta.dirname, '..', '..')

describe('security audit report handling', () => {
  it('reads electronegativity’s CSV, quotes and commas included', () => {
    expect(parseCsvLine('A,"B, with comma","say ""hi""",d')).toEqual(['A', 'B, with comma', 'say "hi"', 'd'])
    const report = [
      'issue, severity, confidence, filename, location, sample, description, url',
      `CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'self'; style-src 'self' 'unsafe-inline'","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK`,
      '',
    ].join('\n')
    expect(parseReport(report)).toEqual([
      {
        issue: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        confidence: 'FIRM',
        file: 'renderer/index.html',
        location: '5:0',
        sample: "default-src 'self'; style-src 'self' 'unsafe-inline'",
        description: 'One or more CSP directives detected seems to be vulnerable',
      },
    ])
  })

  it('refuses a report it does not understand', () => {
    expect(() => parseReport('something else')).toThrow('electronegativity 的报告格式无法识别')
  })

  it('docs/security.md explains every finding the scan reports today, and the fixed ones', () => {
    const documented = documentedChecks(readFileSync(join(ROOT, 'docs/security.md'), 'utf8'))
    for (const check of [
      'CSP_GLOBAL_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'AUXCLICK_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'PRELOAD_JS_CHECK',
    ])
      expect(documented.has(check), check).toBe(true)
  })
})
