// Types for scripts/security-audit.mjs (used by test/main/security-audit.test.ts).
export interface Finding {
  issue: string
  severity: string
  confidence: string
  file: string
  location: string
  sample: string
  description: string
}
export function parseCsvLine(line: string): string[]
export function parseReport(text: string): Finding[]
export function documentedChecks(markdown: string): Set<string>
