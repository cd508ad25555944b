/**
 * 连接测试 of 设置 → 同步: asks the studio's CouchDB three questions, each failure with its own
 * Chinese answer — can the address be reached (and is its certificate valid), do the user name
 * and password open an account, may that account read this studio's database. Plain fetch, no
 * engine: it runs before anything is saved.
 */
import { checkServerUrl } from '@shared/sync/server-url'
import { studioCodeProblem, studioDatabases } from '@shared/sync/provision'
import type { ConnectionResult, SyncConfig } from './sync-types'

export const CONNECTION_MESSAGES = {
  unreachable: '地址无法访问',
  auth: '用户名或密码错误',
  forbidden: '无权访问此工作室',
  certificate: '证书无效',
} as const

/** How the host reaches the server's front page: Electron's main process tells certificate errors apart. */
export type ProbeServer = (origin: string) => Promise<{ ok: true } | { ok: false; reason: 'unreachable' | 'certificate'; detail: string }>

const basic = (name: string, password: string) => {
  const bytes = new TextEncoder().encode(`${name}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

/** The page's own fetch: a certificate error looks like any other network error here. */
async function probeWithFetch(origin: string): ReturnType<ProbeServer> {
  try {
    await fetch(`${origin}/`, { method: 'GET', credentials: 'omit', cache: 'no-store' })
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: 'unreachable', detail: err instanceof Error ? err.message : String(err) }
  }
}

export async function testConnection(config: SyncConfig, password: string, probe: ProbeServer = probeWithFetch): Promise<ConnectionResult> {
  const url = checkServerUrl(config.serverUrl)
  if (!url.ok) return { ok: false, reason: 'other', message: url.message }
  const codeProblem = studioCodeProblem(config.studioCode.trim())
  if (codeProblem) return { ok: false, reason: 'other', message: codeProblem }
  if (!config.username.trim() || !password) return { ok: false, reason: 'auth', message: `${CONNECTION_MESSAGES.auth}：请填写用户名和密码` }

  const reached = await probe(url.origin)
  if (!reached.ok) {
    const hint = reached.reason === 'certificate' ? '服务器的证书不受信任、已过期或与地址不符' : '请检查地址和端口、服务器是否开机、网络是否连通'
    return { ok: false, reason: reached.reason, message: `${CONNECTION_MESSAGES[reached.reason]}：${hint}` }
  }
  const auth = { authorization: basic(config.username.trim(), password), accept: 'application/json' }
  try {
    const session = await fetch(`${url.origin}/_session`, { headers: auth, credentials: 'omit', cache: 'no-store' })
    if (session.status === 401) return { ok: false, reason: 'auth', message: CONNECTION_MESSAGES.auth }
    if (!session.ok) return { ok: false, reason: 'other', message: `服务器答复异常（HTTP ${session.status}）` }
    const db = studioDatabases(config.studioCode.trim()).ordinary
    const studio = await fetch(`${url.origin}/${db}`, { headers: auth, credentials: 'omit', cache: 'no-store' })
    if (studio.status === 401 || studio.status === 403) return { ok: false, reason: 'forbidden', message: `${CONNECTION_MESSAGES.forbidden}（${config.studioCode.trim()}）` }
    if (studio.status === 404) return { ok: false, reason: 'forbidden', message: `${CONNECTION_MESSAGES.forbidden}：服务器上没有工作室“${config.studioCode.trim()}”，请核对工作室代码` }
    if (!studio.ok) return { ok: false, reason: 'other', message: `服务器答复异常（HTTP ${studio.status}）` }
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: 'unreachable', message: `${CONNECTION_MESSAGES.unreachable}：${err instanceof Error ? err.message : String(err)}` }
  }
}
