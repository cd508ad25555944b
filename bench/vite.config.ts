import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = import.meta.dirname
/** The benchmark page: the app's own data layer, bundled on its own, run in real Chromium. */
export default defineConfig({
  root,
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(root, '../src/shared'),
      '@renderer': resolve(root, '../src/renderer/src'),
    },
  },
  build: { outDir: resolve(root, '../out/bench'), emptyOutDir: true, minify: true, chunkSizeWarningLimit: 5000 },
  logLevel: 'warn',
})
