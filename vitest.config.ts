import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The CouchDB of the sync tests: COUCH_URL, or our test server for the run.
    globalSetup: ['test/support/couch-global-setup.ts'],
    setupFiles: ['test/support/async-timeout.ts'],
    testTimeout: 20000,
  },
})
