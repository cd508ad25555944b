import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/**
 * The main process's code the crash campaign runs as plain Node: the write path as a script it
 * can kill (test/crash/fs-writer.ts), and the LevelDB log trim main runs before each start.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../src/shared') } },
  build: {
    ssr: true,
    outDir: resolve(import.meta.dirname, '../../out/crash-writer'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        writer: resolve(import.meta.dirname, 'fs-writer.ts'),
        'leveldb-log-repair': resolve(import.meta.dirname, '../../src/main/leveldb-log-repair.ts'),
      },
      output: { entryFileNames: '[name].mjs' },
    },
  },
  logLevel: 'warn',
})
