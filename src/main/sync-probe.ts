/**
 * 连接测试's first question, asked from main: does the sync server's front page answer, and is its
 * certificate valid? The page's fetch cannot tell a certificate error from a dead address; Chromium's
 * network stack in main (net.fetch, with the operating system's trusted certificates) can.
 */
import { serverOrigin } from '@shared/sync/server-url'
import type { SyncProbeResult } from '@shared/studio-api'

// Chromium's net errors of an untrusted, expired, mismatched or broken TLS certificate/handshake.
const CERTIFICATE_ERROR = /ERR_CERT_|ERR_SSL_|ERR_BAD_SSL|ERR_CERTIFICATE/

export async function probeSyncServer(serverUrl: string, fetchImpl: (url: string) => Promise<{ status: number }>): Promise<SyncProbeResult> {
  const origin = serverOrigin(serverUrl)
  if (!origin) throw new Error('服务器地址格式不正确')
  try {
    await fetchImpl(`${origin}/`)
    return { ok: true }
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    return { ok: false, reason: CERTIFICATE_ERROR.test(detail) ? 'certificate' : 'unreachable', detail }
  }
}
