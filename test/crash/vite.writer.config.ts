import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** The main process's write path as a plain Node script the crash campaign can kill (test/crash/fs-writer.ts). */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../src/shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'fs-writer.ts'),
    outDir: resolve(import.meta.dirname, '../../out/crash-writer'),
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'writer.mjs' } },
  },
  logLevel: 'warn',
})
