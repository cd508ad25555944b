// The layer boundaries of eslint.config.js fire: each fixture in test/fixtures/boundaries
// breaks one boundary and is linted as if it sat inside that layer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'test/fixtures/boundaries')

const DEXIE = 'Only src/renderer/src/db/ talks to Dexie: call a function of db/ instead.'
const UI = 'React and UI libraries belong to the renderer, not to this layer.'
const ELECTRON = 'Electron belongs to src/main and src/preload.'
const NODE = 'Shared code also runs in the browser: no Node built-in modules.'
const RENDERER_CODE = 'Renderer code is not reachable from this layer.'
const MAIN_CODE = 'Main-process and preload code is not reachable from this layer.'
const PRELOAD = 'The preload imports only electron and the shared IPC contract (@shared/ipc-contract, @shared/studio-api).'
const TABLE = 'No `db.<table>` outside src/renderer/src/db/: call a function of db/ instead.'

type Finding = [line: number, ruleId: string, message: string]
const restricted = (line: number, specifier: string, reason: string): Finding => [
  line,
  '@typescript-eslint/no-restricted-imports',
  `'${specifier}' import is restricted from being used by a pattern. ${reason}`,
]

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT })
})

/** What ESLint reports for the fixture when it lives at `filePath` (relative to the repo). */
async function lintAs(fixture: string, filePath: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(readFileSync(join(FIXTURES, fixture), 'utf8'), { filePath: join(ROOT, filePath) })
  return (result?.messages ?? []).map((m) => [m.line, m.ruleId ?? '(parse error)', m.message])
}

const TOUCHES_DEXIE: Finding[] = [
  restricted(3, 'dexie', DEXIE),
  restricted(4, 'dexie-react-hooks', DEXIE),
  restricted(6, '../../db/schema', 'The Dexie schema and its tables are for src/renderer/src/db/ only.'),
  [11, 'no-restricted-syntax', TABLE],
  [12, 'no-restricted-syntax', TABLE],
]
const conditional = (hook: string) =>
  `React Hook "${hook}" is called conditionally. React Hooks must be called in the exact same order in every component render. Did you accidentally call a React Hook after an early return?`

/** [what the boundary says, fixture, where it is linted as, exactly what fires]. */
const CASES: [string, string, string, Finding[]][] = [
  [
    'src/shared imports no Dexie, React, UI library or Electron (zod is fine)',
    'shared-imports-ui-and-data.ts',
    'src/shared/domain/fixture.ts',
    [
      restricted(2, 'dexie', DEXIE),
      restricted(3, 'dexie-react-hooks', DEXIE),
      restricted(4, 'react', UI),
      restricted(5, 'react-dom/client', UI),
      restricted(6, 'antd', UI),
      restricted(7, 'electron', ELECTRON),
    ],
  ],
  ['src/shared imports no Node built-in module', 'shared-imports-node.ts', 'src/shared/backup/fixture.ts', [restricted(2, 'node:fs/promises', NODE), restricted(3, 'path', NODE)]],
  [
    'src/shared imports no renderer, main or preload code (its own modules are fine)',
    'shared-imports-app-code.ts',
    'src/shared/reports/fixture.ts',
    [
      restricted(2, '@renderer/db/connection', RENDERER_CODE),
      restricted(3, '../../renderer/src/db/persons', RENDERER_CODE),
      restricted(4, '../../main/window', MAIN_CODE),
      restricted(5, '../../preload/index', MAIN_CODE),
    ],
  ],
  ...['features/persons', 'components', 'app', 'charts', 'reports'].map((folder): [string, string, string, Finding[]] => [
    `renderer ${folder}/ imports neither Dexie nor the schema's values, and opens no table of \`db\` (handing db to db/ functions, openDatabase and schema types are fine)`,
    'screen-touches-dexie.tsx',
    `src/renderer/src/${folder}/fixture.tsx`,
    TOUCHES_DEXIE,
  ]),
  [
    'the renderer touches no `db.<table>` outside db/, even through a parameter named db',
    'screen-reads-a-table.ts',
    'src/renderer/src/reports/fixture.ts',
    [
      [10, 'no-restricted-syntax', TABLE],
      [11, 'no-restricted-syntax', TABLE],
    ],
  ],
  ['renderer db/ itself may use Dexie and its tables', 'db-module-reads-a-table.ts', 'src/renderer/src/db/fixture.ts', []],
  [
    'src/main imports no renderer, preload or React code',
    'main-imports-renderer.ts',
    'src/main/fixture.ts',
    [
      restricted(4, '@renderer/app/errors', RENDERER_CODE),
      restricted(5, '../renderer/src/features/help/HelpPage', RENDERER_CODE),
      restricted(6, '../preload/index', 'The main process does not import the preload.'),
      restricted(7, 'react', UI),
    ],
  ],
  [
    'src/preload imports only electron and the shared IPC contract',
    'preload-imports-more-than-the-contract.ts',
    'src/preload/fixture.ts',
    [restricted(5, 'zod', PRELOAD), restricted(6, '@shared/model', PRELOAD), restricted(7, '../main/window', PRELOAD), restricted(8, 'node:fs/promises', PRELOAD)],
  ],
  [
    'React hooks: a conditional hook and a missing effect dependency',
    'hooks-misused.tsx',
    'src/renderer/src/features/fixture.tsx',
    [
      [6, 'react-hooks/rules-of-hooks', conditional('useState')],
      [9, 'react-hooks/rules-of-hooks', conditional('useEffect')],
      [11, 'react-hooks/exhaustive-deps', "React Hook useEffect has a missing dependency: 'id'. Either include it or remove the dependency array."],
    ],
  ],
]

describe('eslint.config.js boundaries', () => {
  it.each(CASES)('%s', async (_boundary, fixture, filePath, findings) => {
    expect(await lintAs(fixture, filePath)).toEqual(findings)
  })
})
