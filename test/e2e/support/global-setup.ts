import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'
import { splitCredentials } from '../../../scripts/couch-for-tests.mjs'
import { startStaticServer } from '../../../scripts/static-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Serves the built renderer (out/renderer — the bundle Electron loads) for every e2e file, with
 * the CSP header admitting the run's CouchDB (test/support/couch-global-setup.ts runs first).
 */
export default async function setup(project: TestProject) {
  if (!existsSync('out/renderer/index.html')) execFileSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'inherit' })
  const syncOrigin = process.env.COUCH_URL ? splitCredentials(process.env.COUCH_URL).origin : null
  const server = await startStaticServer({ mounts: { '/': 'out/renderer' }, syncOrigin })
  project.provide('baseUrl', server.url)
  return () => server.close()
}
