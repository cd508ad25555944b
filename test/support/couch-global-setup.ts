import type { TestProject } from 'vitest/node'
import { startCouchForTests } from '../../scripts/couch-for-tests.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The CouchDB of this run, admin credentials in the URL (test/support/couch.ts). */
    couchUrl: string
  }
}

/**
 * One CouchDB for the whole run: COUCH_URL when set (a real CouchDB 3), otherwise our test server
 * (scripts/couch-test-server.mjs) as a child process, stopped by its process id afterwards.
 */
export default async function setup(project: TestProject) {
  // Tests that must stop and restart a server start their own (test/renderer/db/sync/support/couch.ts)
  // unless the person named a real CouchDB: tell them this COUCH_URL is only the run's test server.
  if (!process.env.COUCH_URL) process.env.COUCH_URL_IS_TEST_SERVER = '1'
  const couch = await startCouchForTests()
  project.provide('couchUrl', couch.url)
  // For the setups that follow in this process: the e2e web server admits this origin in its CSP.
  process.env.COUCH_URL = couch.url
  return () => couch.stop()
}
