import type { PouchDatabase, PouchStatic } from './pouch'
import type { ConnectionFailure, ConnectionResult, SyncConfig } from './types'

/** The studio's two databases on the server (DESIGN: `studio-<code>`, `studio-<code>-sensitive`). */
export interface RemoteDatabases {
  records: PouchDatabase
  /** null: this laptop does not sync 敏感 texts at all. */
  texts: PouchDatabase | null
}

export const studioDatabaseName = (code: string) => `studio-${code}`
export const sensitiveDatabaseName = (code: string) => `studio-${code}-sensitive`

const base = (url: string) => url.trim().replace(/\/+$/, '')

export function remoteDatabases(pouch: PouchStatic, config: SyncConfig, password: string): RemoteDatabases {
  // `adapter: 'http'` named: the page's PouchDB defaults to the `indexeddb` adapter, which would
  // otherwise open a local database named like the URL and "sync" with it, never the server.
  const options = { adapter: 'http', auth: { username: config.username, password }, skip_setup: true }
  return {
    records: new pouch(`${base(config.serverUrl)}/${studioDatabaseName(config.studioCode)}`, options),
    texts: new pouch(`${base(config.serverUrl)}/${sensitiveDatabaseName(config.studioCode)}`, options),
  }
}

/**
 * The server database's info, or the refusal thrown as an error: PouchDB's HTTP adapter hands a
 * refusal's body back as if it were the info.
 */
export async function remoteInfo(db: PouchDatabase): Promise<{ doc_count: number }> {
  const info = (await db.info()) as { doc_count: number; error?: string; reason?: string }
  if (info.error) throw { status: info.error === 'unauthorized' ? 401 : info.error === 'forbidden' ? 403 : 500, reason: info.reason, message: info.reason }
  return info
}

const MESSAGES: Record<ConnectionFailure, string> = {
  unreachable: '地址无法访问：请检查服务器地址和网络',
  auth: '用户名或密码错误',
  forbidden: '无权访问此工作室：请确认工作室代码，或请负责人为此账号开通',
  certificate: '证书无效：服务器的 HTTPS 证书不受信任或已过期',
  other: '服务器返回了无法识别的答复',
}

const CERT = /cert|ssl|tls|self[ -]signed|UNABLE_TO_VERIFY|ERR_CERT/i

/** What a failed request to the server means, in Chinese. */
export function remoteFailure(error: unknown): { reason: ConnectionFailure; message: string } {
  const e = (error ?? {}) as { status?: number; message?: string; reason?: string; cause?: { code?: string; message?: string }; code?: string }
  // CouchDB answers 401 to a wrong password and 403 to a member of another studio; servers that
  // answer 401 to both (pouchdb-server) say which in the reason.
  const reason: ConnectionFailure =
    e.status === 401 && !/not authorized to access/i.test(`${e.reason ?? ''} ${e.message ?? ''}`)
      ? 'auth'
      : e.status === 401 || e.status === 403
        ? 'forbidden'
        : CERT.test(`${e.code ?? ''} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''} ${e.message ?? ''}`)
          ? 'certificate'
          : e.status === undefined || e.status === 0 || e.status >= 500
            ? 'unreachable'
            : 'other'
  return { reason, message: MESSAGES[reason] }
}

const basicAuth = (user: string, password: string) => {
  const bytes = new TextEncoder().encode(`${user}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

/**
 * 连接测试: is the server there, do the user name and password hold, may this user use the
 * studio's database. Each failure has its Chinese answer.
 */
export async function testConnection(config: SyncConfig, password: string, fetchImpl: typeof fetch = fetch): Promise<ConnectionResult> {
  const headers = { Authorization: basicAuth(config.username, password), Accept: 'application/json' }
  try {
    const session = await fetchImpl(`${base(config.serverUrl)}/_session`, { headers })
    if (session.status === 401) return fail('auth')
    // The name and password hold (the session said so): a refusal now is about the studio.
    const db = await fetchImpl(`${base(config.serverUrl)}/${studioDatabaseName(config.studioCode)}`, { headers })
    if (db.status === 401 || db.status === 403 || db.status === 404) return fail('forbidden')
    if (!db.ok) return fail('other')
    return { ok: true }
  } catch (error) {
    return fail(remoteFailure(error).reason)
  }
}

const fail = (reason: ConnectionFailure): ConnectionResult => ({ ok: false, reason, message: MESSAGES[reason] })
