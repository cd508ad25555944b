/**
 * 连接测试 asked from main: the page's CSP admits only the sync server already saved (a new address
 * would be refused before it is saved), and Chromium's network stack here (net.fetch, with the
 * operating system's trusted certificates) tells a certificate error from a dead address.
 */
import { testConnection, type ConnectionHttp, type ConnectionResult, type SyncConfig } from '@shared/sync/connection-test'
import { testDistrictConnection, type DistrictConnectionRequest, type DistrictConnectionResult } from '@shared/district/connection-test'

// Chromium's net errors of an untrusted, expired, mismatched or broken TLS certificate/handshake.
const CERTIFICATE_ERROR = /ERR_CERT_|ERR_SSL_|ERR_BAD_SSL|ERR_CERTIFICATE/

export type FetchServer = (url: string, headers: Record<string, string>) => Promise<{ status: number }>

const mainHttp = (fetchServer: FetchServer): ConnectionHttp => ({
  get: async (url, authorization) => (await fetchServer(url, authorization ? { authorization, accept: 'application/json' } : { accept: 'application/json' })).status,
  isCertificateError: (err) => CERTIFICATE_ERROR.test(err instanceof Error ? err.message : String(err)),
})

export function testSyncConnectionFromMain(config: SyncConfig, password: string, fetchServer: FetchServer): Promise<ConnectionResult> {
  return testConnection(config, password, mainHttp(fetchServer))
}

export function testDistrictConnectionFromMain(config: DistrictConnectionRequest, password: string, fetchServer: FetchServer): Promise<DistrictConnectionResult> {
  return testDistrictConnection(config, password, mainHttp(fetchServer))
}
