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
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/support/couch-global-setup.ts', 'test/e2e/support/global-setup.ts'],
    testTimeout: 90000,
    hookTimeout: 90000,
    // One Chromium at a time: CI has two cores.
    fileParallelism: false,
  },
})
