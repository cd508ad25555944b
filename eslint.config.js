// ESLint: the usual TypeScript and React-hooks checks, plus the layer boundaries of
// docs/architecture.md ("Boundaries"). The boundaries are plain import and syntax rules, so
// breaking one fails `npm test` (test/lint/boundaries.test.ts proves each one fires).
import { builtinModules } from 'node:module'
import comments from '@eslint-community/eslint-plugin-eslint-comments'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const RENDERER = 'src/renderer/src'

const UI_LIBRARIES = {
  regex: '^(react|react-dom|react-router|react-router-dom|antd|@ant-design/[^/]+|recharts|@tanstack/react-virtual)(/|$)',
  message: 'React and UI libraries belong to the renderer, not to this layer.',
}
const NO_TABLES = 'No `db.<table>` outside src/renderer/src/db/: call a function of db/ instead.'
const DEXIE = {
  regex: '^dexie(-react-hooks)?(/|$)',
  message: 'Only src/renderer/src/db/ talks to Dexie: call a function of db/ instead.',
}
const ELECTRON = { regex: '^electron(/|$)', message: 'Electron belongs to src/main and src/preload.' }
const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`,
  message: 'Shared code also runs in the browser: no Node built-in modules.',
}
const RENDERER_CODE = {
  regex: '^(@renderer/|(\\.\\./)+(renderer|src/renderer)(/|$))',
  message: 'Renderer code is not reachable from this layer.',
}
const MAIN_CODE = {
  regex: '^(\\.\\./)+(main|preload)(/|$)',
  message: 'Main-process and preload code is not reachable from this layer.',
}

/**
 * Layer → the imports it may not make (typescript-eslint's no-restricted-imports: type-only
 * imports count too, unless a pattern allows them). One object per layer: a later `rules`
 * entry for the same file would replace, not extend, the options.
 */
const boundaries = [
  {
    name: 'boundaries/shared',
    files: ['src/shared/**'],
    patterns: [DEXIE, UI_LIBRARIES, ELECTRON, NODE_BUILTINS, RENDERER_CODE, MAIN_CODE],
  },
  {
    name: 'boundaries/main',
    files: ['src/main/**'],
    patterns: [DEXIE, UI_LIBRARIES, RENDERER_CODE, { regex: '^(\\.\\./)+preload(/|$)', message: 'The main process does not import the preload.' }],
  },
  {
    name: 'boundaries/preload',
    files: ['src/preload/**'],
    patterns: [
      {
        regex: '^(?!(electron|@shared/ipc-contract|@shared/studio-api)$)',
        message: 'The preload imports only electron and the shared IPC contract (@shared/ipc-contract, @shared/studio-api).',
      },
    ],
  },
  {
    name: 'boundaries/renderer',
    files: [`${RENDERER}/**`],
    ignores: [`${RENDERER}/db/**`],
    patterns: [
      DEXIE,
      ELECTRON,
      // Types (StudioDatabase for a parameter) are fine; the schema's values are not.
      { regex: '(^|/)db/schema$', allowTypeImports: true, message: 'The Dexie schema and its tables are for src/renderer/src/db/ only.' },
      MAIN_CODE,
    ],
    // The connection `db` may be handed to db/ functions, never opened up: no `db.persons`,
    // `db.transaction`, `db['sessions']` or `const { persons } = db` outside db/.
    syntax: [
      {
        selector: "MemberExpression[object.type='Identifier'][object.name='db']",
        message: NO_TABLES,
      },
      {
        selector: "VariableDeclarator[init.type='Identifier'][init.name='db'] > ObjectPattern",
        message: NO_TABLES,
      },
    ],
  },
]

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'coverage/', '.tmp/', 'test/fixtures/', 'types/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },
  js.configs.recommended,
  {
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: {
      // A disable comment says which rule and why (`-- reason`); an unused one is an error (above).
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      // The renderer's CSP forbids eval; the code should not try.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Chinese text uses the ideographic space U+3000 on purpose (表1　标题, 年　月　日 lines in
      // reports); the rule still catches odd whitespace between tokens of code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Ambient globals are declared with `var`, as in TypeScript's own lib files: a global
    // `var` is a property of globalThis, a `const` is not.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts that drive Chromium hand functions to page.evaluate(): those bodies run in the page.
    files: ['scripts/{bench-ab,idb-backend-probe,bench-ui,bench-ui-dashboard,bench-ui-district,bench-ui-sessions,bench-ui-timer,make-icons,report-samples,run-bench,screens,test-crash}.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  ...boundaries.map(({ name, files, ignores, patterns, syntax }) => ({
    name,
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      ...(syntax ? { 'no-restricted-syntax': ['error', ...syntax] } : {}),
    },
  })),
)
