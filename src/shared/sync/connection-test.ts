/**
 * 连接测试 of 设置 → 同步: asks the studio's CouchDB three questions, each failure with its own
 * Chinese answer — can the address be reached (and is its certificate valid), do the user name
 * and password open an account, may that account read this studio's database. No engine: it runs
 * before anything is saved. The HTTP is the host's: Electron asks from main (net.fetch tells a
 * certificate error apart, and the page's CSP admits only the server already saved); the browser
 * build uses the page's fetch (features/sync/connection.ts).
 */
import { checkServerUrl } from './server-url'
import { studioCodeProblem, studioDatabases } from './provision'

export interface SyncConfig {
  /** An origin, e.g. `https://couch.linquan.example:6984` (no database, no credentials). */
  serverUrl: string
  /** lowercase letters, digits, `-` (databases `studio-<code>`, `studio-<code>-sensitive`). */
  studioCode: string
  username: string
}

export type ConnectionFailure = 'unreachable' | 'auth' | 'forbidden' | 'certificate' | 'other'
export type ConnectionResult = { ok: true } | { ok: false; reason: ConnectionFailure; message: string }

export const CONNECTION_MESSAGES = {
  unreachable: '地址无法访问',
  auth: '用户名或密码错误',
  forbidden: '无权访问此工作室',
  certificate: '证书无效',
} as const

/** The HTTP the test needs; `get` rejects on a network error (its message says which). */
export interface ConnectionHttp {
  get(url: string, authorization?: string): Promise<number>
  /** A rejection of `get` that is a certificate error (only Electron's main can tell). */
  isCertificateError?(err: unknown): boolean
}

/** The Basic authorization header of a user name and password (UTF-8). */
export const basic = (name: string, password: string) => {
  const bytes = new TextEncoder().encode(`${name}:${password}`)
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  return `Basic ${btoa(text)}`
}

/** The account the address, user name and password open: its origin and authorization, or why not. */
export type OpenedAccount = { ok: true; origin: string; authorization: string } | { ok: false; reason: ConnectionFailure; message: string }

/** The first two questions of every 连接测试 (studio or district): can the address be reached, does the account open. */
export async function openAccount(serverUrl: string, username: string, password: string, http: ConnectionHttp): Promise<OpenedAccount> {
  const url = checkServerUrl(serverUrl)
  if (!url.ok) return { ok: false, reason: 'other', message: url.message }
  const name = username.trim()
  if (!name || !password) return { ok: false, reason: 'auth', message: `${CONNECTION_MESSAGES.auth}：请填写用户名和密码` }
  try {
    await http.get(`${url.origin}/`)
  } catch (err) {
    if (http.isCertificateError?.(err)) return { ok: false, reason: 'certificate', message: `${CONNECTION_MESSAGES.certificate}：服务器的证书不受信任、已过期或与地址不符` }
    return { ok: false, reason: 'unreachable', message: `${CONNECTION_MESSAGES.unreachable}：请检查地址和端口、服务器是否开机、网络是否连通` }
  }
  const authorization = basic(name, password)
  try {
    const session = await http.get(`${url.origin}/_session`, authorization)
    if (session === 401) return { ok: false, reason: 'auth', message: CONNECTION_MESSAGES.auth }
    if (session < 200 || session >= 300) return { ok: false, reason: 'other', message: `服务器答复异常（HTTP ${session}）` }
  } catch {
    return { ok: false, reason: 'unreachable', message: `${CONNECTION_MESSAGES.unreachable}：连接中断，请稍后再试` }
  }
  return { ok: true, origin: url.origin, authorization }
}

export async function testConnection(config: SyncConfig, password: string, http: ConnectionHttp): Promise<ConnectionResult> {
  const url = checkServerUrl(config.serverUrl)
  if (!url.ok) return { ok: false, reason: 'other', message: url.message }
  const code = config.studioCode.trim()
  const codeProblem = studioCodeProblem(code)
  if (codeProblem) return { ok: false, reason: 'other', message: codeProblem }
  const account = await openAccount(config.serverUrl, config.username, password, http)
  if (!account.ok) return account
  try {
    const studio = await http.get(`${account.origin}/${studioDatabases(code).ordinary}`, account.authorization)
    if (studio === 401 || studio === 403) return { ok: false, reason: 'forbidden', message: `${CONNECTION_MESSAGES.forbidden}（${code}）` }
    if (studio === 404) return { ok: false, reason: 'forbidden', message: `${CONNECTION_MESSAGES.forbidden}：服务器上没有工作室“${code}”，请核对工作室代码` }
    if (studio < 200 || studio >= 300) return { ok: false, reason: 'other', message: `服务器答复异常（HTTP ${studio}）` }
    return { ok: true }
  } catch {
    return { ok: false, reason: 'unreachable', message: `${CONNECTION_MESSAGES.unreachable}：连接中断，请稍后再试` }
  }
}
