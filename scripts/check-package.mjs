// CI check of the installer configuration (electron-builder.yml) without building installers:
//   1. loads it with electron-builder's own loader and validates it against electron-builder's
//      schema, then checks what we rely on: app id, product name, targets, icon, .sgbak
//      association, asar, fuses, no node_modules;
//   2. lists the files the `files` globs select from out/ and package.json (evaluated here,
//      with the same minimatch rules electron-builder uses) and refuses tests, source maps,
//      TypeScript sources and dev files;
//   3. checks that the main and preload bundles import only Electron and Node built-ins
//      (nothing from node_modules, which the package does not contain);
//   4. (unless --no-pack) packs app.asar for real with electron-builder, using a stub in place
//      of the Electron binary (which cannot be downloaded in CI), and checks the same on the
//      archive's actual contents.
// Run after `electron-vite build` (`npm run check:package` does both). Exits 1 on any problem.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function builderRequire(id) {
  // Resolve through app-builder-lib so we use exactly the versions electron-builder uses.
  const base = dirname(require.resolve('app-builder-lib/package.json', { paths: [ROOT] }))
  return require(require.resolve(id, { paths: [base] }))
}

/** Reads APP_ID and APP_NAME from src/shared/app-info.ts (the one place they are defined). */
export function readAppInfo(projectDir = ROOT) {
  const text = readFileSync(join(projectDir, 'src/shared/app-info.ts'), 'utf8')
  const get = (name) => new RegExp(`export const ${name} = '([^']+)'`).exec(text)?.[1]
  return { appId: get('APP_ID'), productName: get('APP_NAME') }
}

/** electron-builder's configuration as electron-builder itself loads and validates it. */
export async function loadBuilderConfig(projectDir = ROOT) {
  const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config')
  const { DebugLogger } = builderRequire('builder-util')
  const config = await getConfig(projectDir, null, null)
  await validateConfiguration(config, new DebugLogger(false))
  return config
}

/** The `files` patterns as plain strings (the loader wraps them in { filter: [...] }). */
export function filePatterns(config) {
  const out = []
  for (const entry of [config.files ?? []].flat()) {
    if (typeof entry === 'string') out.push(entry)
    else if (entry && (entry.from == null || entry.from === '.')) out.push(...[entry.filter ?? []].flat())
    else throw new Error(`files: unexpected entry ${JSON.stringify(entry)}`)
  }
  return out
}

export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
}

function pngSize(file) {
  const bytes = readFileSync(file)
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

function targetsOf(platformConfig) {
  return [platformConfig?.target ?? []].flat().map((t) => (typeof t === 'string' ? { target: t } : t))
}

/** Problems with the configuration itself (an empty list when all is well). */
export function checkBuilderConfig(config, { appId, productName }, projectDir = ROOT) {
  const problems = []
  const expect = (ok, message) => {
    if (!ok) problems.push(message)
  }
  expect(config.appId === appId, `appId should be ${appId}, is ${config.appId}`)
  expect(config.productName === productName, `productName should be ${productName}, is ${config.productName}`)
  expect(config.asar === true, 'asar must be true')
  expect(config.publish === null, 'publish must be null (installers are built on a user machine, never uploaded)')

  for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
    expect(config.electronFuses?.[fuse] === value, `electronFuses.${fuse} must be ${value}`)
  }

  const win = targetsOf(config.win)
  expect(
    win.length === 1 && win[0].target === 'nsis' && JSON.stringify(win[0].arch) === JSON.stringify(['x64']),
    'win: exactly one NSIS x64 target',
  )
  expect(targetsOf(config.mac).map((t) => t.target).join() === 'dmg', 'mac: a dmg target')
  expect(targetsOf(config.linux).map((t) => t.target).join() === 'AppImage', 'linux: an AppImage target')
  expect(config.nsis?.deleteAppDataOnUninstall !== true, 'nsis must never delete app data on uninstall')

  const associations = [config.fileAssociations ?? []].flat()
  const sgbak = associations.find((a) => [a.ext].flat().includes('sgbak'))
  expect(!!sgbak, 'fileAssociations: .sgbak')
  expect(sgbak?.name === `${productName}备份`, `fileAssociations: .sgbak named ${productName}备份`)

  for (const icon of [config.icon, config.win?.icon, config.mac?.icon]) {
    if (!icon) continue
    const file = join(projectDir, icon)
    const size = existsSync(file) ? pngSize(file) : null
    expect(size?.width === 1024 && size?.height === 1024, `${icon} must be a 1024×1024 PNG`)
  }
  expect(!!config.icon, 'icon: resources/icon.png')
  const linuxIcons = config.linux?.icon ? join(projectDir, config.linux.icon) : null
  expect(!!linuxIcons && existsSync(linuxIcons), 'linux.icon: a folder of NxN.png icons')
  if (linuxIcons && existsSync(linuxIcons)) {
    for (const n of [16, 32, 48, 256, 512]) {
      const size = existsSync(join(linuxIcons, `${n}x${n}.png`)) ? pngSize(join(linuxIcons, `${n}x${n}.png`)) : null
      expect(size?.width === n && size?.height === n, `${config.linux.icon}/${n}x${n}.png must be a ${n}×${n} PNG`)
    }
  }

  const patterns = filePatterns(config)
  expect(patterns.includes('!**/*.map'), 'files must exclude source maps (!**/*.map)')
  for (const p of patterns.filter((p) => !p.startsWith('!'))) {
    expect(p === 'package.json' || /^out\/(main|preload|renderer)\/\*\*$/.test(p), `files: unexpected include pattern ${p}`)
  }
  expect(typeof config.beforeBuild === 'string', 'beforeBuild: the hook that keeps node_modules out of the package')
  return problems
}

/** Every file under dir (relative, with forward slashes), skipping node_modules and .git. */
function walk(dir, base = dir, out = []) {
  if (!existsSync(dir)) return out
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) walk(full, base, out)
    else if (entry.isFile()) out.push(relative(base, full).split(sep).join('/'))
  }
  return out
}

/**
 * The files `patterns` select from out/ and package.json, evaluated like electron-builder's
 * FileMatcher (minimatch with dot:true; later patterns win; "!" excludes).
 */
export function listPackedFiles(projectDir, patterns) {
  const { Minimatch } = builderRequire('minimatch')
  const matchers = patterns.map((p) => new Minimatch(p, { dot: true }))
  const candidates = [...walk(join(projectDir, 'out'), projectDir)]
  if (existsSync(join(projectDir, 'package.json'))) candidates.push('package.json')
  const selected = candidates.filter((file) => {
    let match = false
    for (const m of matchers) {
      if (match !== m.negate) continue
      match = m.match(file)
    }
    return match
  })
  return selected.sort()
}

const FORBIDDEN = [
  [/\.map$/i, 'a source map'],
  [/\.(ts|tsx|mts|cts)$/i, 'a TypeScript source'],
  [/(^|\/)[^/]*\.(test|spec|e2e|bench)\.[^/]+$/i, 'a test'],
  [/(^|\/)(test|tests|__tests__|e2e|bench|fixtures?)\//i, 'a test or bench folder'],
  [/(^|\/)\.[^/]+$/, 'a dotfile'],
  [/(^|\/)(src|scripts|docs|resources|node_modules)\//, 'a source or dev folder'],
  [/(^|\/)(tsconfig[^/]*\.json|vite\.config\.[^/]+|vitest[^/]*\.config\.[^/]+|electron\.vite\.config\.[^/]+|electron-builder\.(yml|yaml|json)|package-lock\.json)$/i, 'a config or lock file'],
]

/** Files that must not be in the package, each with the reason. */
export function findForbiddenFiles(files) {
  const offenders = []
  for (const file of files) {
    const normalised = file.replace(/^\/+/, '')
    const hit = FORBIDDEN.find(([re]) => re.test(normalised))
    if (hit) offenders.push(`${normalised} (${hit[1]})`)
    else if (!(normalised === 'package.json' || /^out\/(main|preload|renderer)\//.test(normalised))) {
      offenders.push(`${normalised} (not part of the built app)`)
    }
  }
  return offenders
}

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

/** Bare imports of a built bundle other than electron and Node built-ins. */
export function externalImports(code) {
  const specifiers = new Set()
  for (const m of code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm)) {
    specifiers.add(m[1] ?? m[2] ?? m[3] ?? m[4])
  }
  return [...specifiers].filter((s) => s && !s.startsWith('.') && !s.startsWith('/') && s !== 'electron' && !BUILTINS.has(s))
}

export function checkBundles(projectDir = ROOT) {
  const problems = []
  for (const file of ['out/main/index.js', 'out/preload/index.cjs']) {
    const full = join(projectDir, file)
    if (!existsSync(full)) {
      problems.push(`${file} is missing: run \`electron-vite build\` first`)
      continue
    }
    const external = externalImports(readFileSync(full, 'utf8'))
    if (external.length) problems.push(`${file} imports ${external.join(', ')}, which the package does not contain`)
  }
  if (!existsSync(join(projectDir, 'out/renderer/index.html'))) problems.push('out/renderer/index.html is missing')
  return problems
}

/**
 * Packs app.asar for real (electron-builder, Linux "dir" target) with a stub instead of the
 * Electron binary and returns the archive's file list. Fuses are skipped for the stub (they
 * patch the real binary); everything else — file selection, asar, the beforeBuild hook — is
 * electron-builder's own.
 */
export async function packAsarWithStubElectron(projectDir = ROOT) {
  const work = join(projectDir, '.tmp', 'package-check')
  rmSync(work, { recursive: true, force: true })
  const stub = join(work, 'electron-stub')
  mkdirSync(stub, { recursive: true })
  writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub Electron for scripts/check-package.mjs"\n')
  chmodSync(join(stub, 'electron'), 0o755)
  const electronVersion = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8')).version
  writeFileSync(join(stub, 'version'), electronVersion)
  const { build, Platform, Arch } = require(require.resolve('electron-builder', { paths: [projectDir] }))
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist: stub, electronFuses: null, directories: { output: join(work, 'dist') } },
  })
  const asarFile = join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar')
  const asar = builderRequire('@electron/asar')
  const entries = asar.listPackage(asarFile, { isPack: false })
  // Directories are listed too; keep files only.
  const files = entries
    .map((e) => e.split(sep).join('/').replace(/^\/+/, ''))
    .filter((e) => {
      try {
        return !asar.statFile(asarFile, e).files
      } catch {
        return false
      }
    })
  return { asarFile, files: files.sort(), unpacked: existsSync(`${asarFile}.unpacked`) }
}

async function main() {
  const args = new Set(process.argv.slice(2))
  const problems = []
  const info = readAppInfo()
  const config = await loadBuilderConfig()
  console.log('[package] electron-builder.yml: 通过 electron-builder 26 的架构校验')
  problems.push(...checkBuilderConfig(config, info))

  problems.push(...checkBundles())
  const files = listPackedFiles(ROOT, filePatterns(config))
  console.log(`[package] files 规则选中的文件（${files.length} 个）：`)
  for (const f of files) console.log(`  ${f}`)
  for (const must of ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!files.includes(must)) problems.push(`${must} would not be packed`)
  }
  problems.push(...findForbiddenFiles(files).map((f) => `would be packed: ${f}`))

  if (!args.has('--no-pack')) {
    const started = Date.now()
    const packed = await packAsarWithStubElectron()
    console.log(`[package] electron-builder 实际打包的 app.asar（${packed.files.length} 个文件，${((Date.now() - started) / 1000).toFixed(1)} s）：`)
    for (const f of packed.files) console.log(`  ${f}`)
    problems.push(...findForbiddenFiles(packed.files).map((f) => `packed in app.asar: ${f}`))
    if (packed.files.some((f) => f.startsWith('node_modules/'))) problems.push('app.asar contains node_modules')
    const missing = files.filter((f) => !packed.files.includes(f))
    if (missing.length) problems.push(`expected in app.asar but missing: ${missing.join(', ')}`)
    if (packed.unpacked) problems.push('app.asar.unpacked exists: nothing should be unpacked')
  }

  if (problems.length) {
    console.error(`\n[package] 发现 ${problems.length} 个问题：`)
    for (const p of problems) console.error(`  ✗ ${p}`)
    process.exit(1)
  }
  console.log('\n[package] 安装包配置检查通过')
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error) => {
    console.error('[package] 检查失败：', error?.stack ?? error)
    process.exit(1)
  })
}

