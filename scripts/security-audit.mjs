// Advisory security scan: runs electronegativity (from node_modules) over src/ for Electron
// 45.4.1, writes its CSV report to .tmp/security/electronegativity.csv, and prints every
// finding with what docs/security.md says about it (fixed or explained).
//
// electronegativity is no longer actively maintained: its findings never fail the build. Our
// own tests are the gate (test/main/ipc.test.ts, window.test.ts, security.test.ts,
// protocol.test.ts, test/e2e/security.e2e.ts). This script exits 1 only when the scanner
// could not run at all, so a broken scan is never mistaken for a clean one.
//
// Note: electronegativity 1.10.3 parses TypeScript with @typescript-eslint/typescript-estree 4,
// which resolves `typescript` to our top-level TypeScript 6 (kept for typescript-eslint 8) and
// would not understand it. A small preload redirects that one `require('typescript')` to the
// TypeScript 4.2 that electronegativity ships with.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = join(ROOT, '.tmp', 'security')
const REPORT = join(OUT_DIR, 'electronegativity.csv')
const ELECTRON_VERSION = '45.4.1'
const require = createRequire(import.meta.url)

/** Splits one CSV line (double quotes, "" escapes). */
export function parseCsvLine(line) {
  const cells = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell.trim())
      cell = ''
    } else cell += ch
  }
  cells.push(cell.trim())
  return cells
}

/** Findings from electronegativity's CSV (issue, severity, confidence, filename, location, sample, description, url). */
export function parseReport(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  const [header, ...rows] = lines
  if (!header || !/^issue\s*,/i.test(header)) throw new Error('electronegativity 的报告格式无法识别')
  return rows.map((line) => {
    const [issue, severity, confidence, file, location, sample, description] = parseCsvLine(line)
    return { issue, severity, confidence, file, location, sample, description }
  })
}

/** The check ids docs/security.md covers (a "### CHECK_ID" heading each). */
export function documentedChecks(markdown) {
  return new Set([...markdown.matchAll(/^###\s+([A-Z0-9_]+)\b/gm)].map((m) => m[1]))
}

function runScanner() {
  const pkgDir = dirname(require.resolve('@doyensec/electronegativity/package.json', { paths: [ROOT] }))
  const cli = join(pkgDir, 'dist', 'index.js')
  const ownTypescript = join(pkgDir, 'node_modules', 'typescript', 'lib', 'typescript.js')
  mkdirSync(OUT_DIR, { recursive: true })
  rmSync(REPORT, { force: true })
  const preload = join(OUT_DIR, 'electronegativity-typescript.cjs')
  writeFileSync(
    preload,
    [
      "const Module = require('node:module')",
      `const target = ${JSON.stringify(ownTypescript)}`,
      'const original = Module._resolveFilename',
      'Module._resolveFilename = function (request, parent, ...rest) {',
      "  if (request === 'typescript' && parent && /[\\\\/]node_modules[\\\\/](@typescript-eslint|tsutils)[\\\\/]/.test(parent.filename)) return target",
      '  return original.call(this, request, parent, ...rest)',
      '}',
      '',
    ].join('\n'),
  )
  const scanArgs = [cli, '-i', 'src', '-e', ELECTRON_VERSION, '-r', '-o', REPORT]
  const args = existsSync(ownTypescript) ? ['--require', preload, ...scanArgs] : scanArgs
  const started = Date.now()
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000 })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`
  return { ok: existsSync(REPORT), status: result.status, seconds, log }
}

function main() {
  console.log(`[security] electronegativity（仅供参考）：-i src -e ${ELECTRON_VERSION} -r`)
  const scan = runScanner()
  const noise = /Could not retrieve updated translations|Something went wrong while fetching Electron's releases/
  const log = scan.log
    .split('\n')
    .filter((l) => l.trim() && !noise.test(l))
    .join('\n')
  if (!scan.ok) {
    console.error(`[security] 扫描未能完成（退出码 ${scan.status}），没有生成报告：\n${log}`)
    process.exit(1)
  }
  const findings = parseReport(readFileSync(REPORT, 'utf8'))
  const docs = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8')
  const documented = documentedChecks(docs)
  console.log(`[security] 报告：${REPORT.replace(`${ROOT}/`, '')}（${scan.seconds} s）`)
  console.log(`[security] 发现 ${findings.length} 项：`)
  let undocumented = 0
  for (const f of findings) {
    const known = documented.has(f.issue)
    if (!known) undocumented++
    console.log(
      `  ${known ? '•' : '!'} ${f.issue} [${f.severity}/${f.confidence}] ${f.file}:${f.location} — ${f.description}` +
        `${known ? '（见 docs/security.md）' : '（docs/security.md 中尚无说明）'}`,
    )
  }
  if (undocumented) {
    console.log(`[security] 有 ${undocumented} 项尚未在 docs/security.md 中说明：请修复，或在该文件中以“### 检查名”写明原因。`)
  } else {
    console.log('[security] 每一项都已在 docs/security.md 中修复或说明。')
  }
  console.log('[security] 这是参考性扫描，不影响构建结果；安全的门槛是我们自己的测试。')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
