// Types for scripts/couch-for-tests.mjs (used by the vitest globalSetup and the sync tests).
export function splitCredentials(url: string): { origin: string; authorization: string | undefined }
export function waitForCouch(url: string, timeoutMs?: number): Promise<void>
export function startCouchForTests(options?: { env?: Record<string, string | undefined>; timeoutMs?: number }): Promise<{
  url: string
  pid: number | null
  stop: () => Promise<void>
}>
