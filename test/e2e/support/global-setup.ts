import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'
// @ts-expect-error plain ESM helper without types
import { startStaticServer } from '../../../scripts/static-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** Serves the built renderer (out/renderer — the bundle Electron loads) for every e2e file. */
export default async function setup(project: TestProject) {
  if (!existsSync('out/renderer/index.html')) execFileSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'inherit' })
  const server = (await startStaticServer({ mounts: { '/': 'out/renderer' } })) as { url: string; close: () => Promise<void> }
  project.provide('baseUrl', server.url)
  return () => server.close()
}
