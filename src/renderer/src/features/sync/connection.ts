/** 连接测试 from the page: through Electron's main when there is one, else with the page's fetch. */
import { testConnection, type ConnectionResult, type SyncConfig } from '@shared/sync/connection-test'
import { studio } from '../../platform/bridge'

/** The browser build: a certificate error looks like any other network error to the page. */
export const pageHttp = {
  async get(url: string, authorization?: string): Promise<number> {
    const res = await fetch(url, { headers: authorization ? { authorization, accept: 'application/json' } : { accept: 'application/json' }, credentials: 'omit', cache: 'no-store' })
    return res.status
  },
}

export function testSyncConnection(config: SyncConfig, password: string): Promise<ConnectionResult> {
  const host = studio()
  if (host.testSyncConnection) return host.testSyncConnection({ ...config, password })
  return testConnection(config, password, pageHttp)
}
