import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, 'page')
/** The crash campaign's page: the app's own data layer, bundled on its own, killed in real Chromium. */
export default defineConfig({
  root,
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, '../../src/shared'),
      '@renderer': resolve(import.meta.dirname, '../../src/renderer/src'),
    },
  },
  build: { outDir: resolve(import.meta.dirname, '../../out/crash'), emptyOutDir: true, minify: true, chunkSizeWarningLimit: 5000 },
  logLevel: 'warn',
})
