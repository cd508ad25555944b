/**
 * The installer configuration (electron-builder.yml), checked without building installers:
 * electron-builder's own loader and schema, our requirements, and the packed file list.
 * scripts/check-package.mjs runs the same checks plus a real app.asar pack (npm run check:package).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkBuilderConfig,
  checkBundles,
  externalImports,
  filePatterns,
  findForbiddenFiles,
  listPackedFiles,
  loadBuilderConfig,
  readAppInfo,
  REQUIRED_FUSES,
  type BuilderConfig,
} from '../../scripts/check-package.mjs'
import { APP_ID, APP_NAME } from '../../src/shared/app-info'

const ROOT = join(import.meta.dirname, '..', '..')

let config: BuilderConfig
// Loading electron-builder's config machinery takes a few seconds on a busy 2-core machine.
beforeAll(async () => {
  config = await loadBuilderConfig(ROOT)
}, 60_000)

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema and all our checks', () => {
    expect(checkBuilderConfig(config, readAppInfo(ROOT), ROOT)).toEqual([])
  })

  it('names the app as src/shared/app-info.ts does', () => {
    expect(readAppInfo(ROOT)).toEqual({ appId: APP_ID, productName: APP_NAME })
    expect(config.appId).toBe('cn.socialwork.supervision-studio')
    expect(config.productName).toBe('社工督导工作台')
  })

  it('builds NSIS x64, dmg and AppImage', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(config.linux?.target).toEqual([{ target: 'AppImage', arch: ['x64'] }])
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('sets every required fuse', () => {
    expect(REQUIRED_FUSES).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.electronFuses).toMatchObject(REQUIRED_FUSES)
  })

  it('packs into asar and publishes nowhere', () => {
    expect(config.asar).toBe(true)
    expect(config.publish).toBeNull()
  })

  it('associates .sgbak backups with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'sgbak', name: '社工督导工作台备份', role: 'Editor' }),
    ])
  })

  it('takes every icon from the one generated 1024 px PNG and its size folder', () => {
    expect(config.icon).toBe('resources/icon.png')
    expect(config.linux?.icon).toBe('resources/icons')
    expect(existsSync(join(ROOT, 'resources/icon.svg'))).toBe(true)
  })

  it('flags a config that drops a fuse or packs sources', () => {
    const bad = {
      ...config,
      asar: false,
      electronFuses: { ...config.electronFuses, runAsNode: true },
      files: ['**/*'],
    } as BuilderConfig
    const problems = checkBuilderConfig(bad, readAppInfo(ROOT), ROOT)
    expect(problems).toEqual(
      expect.arrayContaining([
        'asar must be true',
        'electronFuses.runAsNode must be false',
        'files must exclude source maps (!**/*.map)',
        'files: unexpected include pattern **/*',
      ]),
    )
  })

  it('keeps node_modules out: the beforeBuild hook returns false', async () => {
    const hook = (await import(join(ROOT, String(config.beforeBuild)))) as { default: () => Promise<boolean> }
    await expect(hook.default()).resolves.toBe(false)
  })
})

describe('packed file list', () => {
  let dir: string
  const put = (path: string, text = 'x') => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'studio-pack-'))
    for (const f of [
      'package.json',
      'out/main/index.js',
      'out/main/index.js.map',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'out/renderer/assets/index-abc.js.map',
      'out/renderer/assets/index-abc.css',
      'out/renderer/assets/helper.ts',
      'out/renderer/assets/app.test.js',
      'out/renderer/__tests__/a.js',
      'out/bench/bench.js',
      'out/prof.mjs',
      'out/web/index.html',
      'src/main/index.ts',
      'test/main/ipc.test.ts',
      'scripts/check-package.mjs',
      'docs/guide.md',
      'resources/icon.png',
      'electron-builder.yml',
      'tsconfig.json',
      '.env',
      'node_modules/zod/index.js',
    ])
      put(f)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('selects only the built app and package.json', () => {
    expect(listPackedFiles(dir, filePatterns(config))).toEqual([
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/assets/index-abc.css',
      'out/renderer/assets/index-abc.js',
      'out/renderer/index.html',
      'package.json',
    ])
  })

  it('would catch tests, maps, sources and dev files if a pattern let them in', () => {
    expect(
      findForbiddenFiles([
        'out/main/index.js',
        'package.json',
        'out/renderer/assets/a.js.map',
        'out/main/index.ts',
        'out/renderer/a.test.js',
        'out/renderer/e2e/x.js',
        'src/main/index.ts',
        'out/.env',
        'tsconfig.json',
        'node_modules/zod/index.js',
        'out/bench/x.js',
        'README.md',
      ]),
    ).toEqual([
      'out/renderer/assets/a.js.map (a source map)',
      'out/main/index.ts (a TypeScript source)',
      'out/renderer/a.test.js (a test)',
      'out/renderer/e2e/x.js (a test or bench folder)',
      'src/main/index.ts (a TypeScript source)',
      'out/.env (a dotfile)',
      'tsconfig.json (a config or lock file)',
      'node_modules/zod/index.js (a source or dev folder)',
      'out/bench/x.js (a test or bench folder)',
      'README.md (not part of the built app)',
    ])
  })

  const built = existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/renderer/index.html'))
  it.skipIf(!built)('the real build (after electron-vite build) packs nothing forbidden', () => {
    const files = listPackedFiles(ROOT, filePatterns(config))
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']))
    expect(findForbiddenFiles(files)).toEqual([])
    expect(checkBundles(ROOT)).toEqual([])
  })
})

describe('bundle imports', () => {
  it('allows only electron and Node built-ins', () => {
    const code = [
      'import { app } from "electron"',
      'import { join } from "node:path"',
      'import fs from "fs"',
      'const z = require("zod")',
      'import("./chunk.js")',
      'import x from "react"',
    ].join('\n')
    expect(externalImports(code).sort()).toEqual(['react', 'zod'])
  })
})
