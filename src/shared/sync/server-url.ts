/**
 * The studio's CouchDB address as a person types it (`couch.linquan.example:6984`,
 * `https://10.0.0.5:6984/`) and as the Content-Security-Policy admits it: an http(s) origin,
 * no user name or password in it (those are asked apart), no path.
 */
export type ServerUrlCheck = { ok: true; origin: string } | { ok: false; message: string }

export function checkServerUrl(input: string): ServerUrlCheck {
  const text = input.trim()
  if (!text) return { ok: false, message: '请填写服务器地址' }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { ok: false, message: '服务器地址格式不正确，例如 https://192.168.1.10:6984' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: '服务器地址应以 https:// 或 http:// 开头' }
  if (url.username || url.password) return { ok: false, message: '服务器地址中不要写用户名和密码，请填在下面的栏目中' }
  // The parser takes `*` or `a'b` as host names; the CSP must get a plain host (IDN arrive as xn--).
  if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname)) return { ok: false, message: '服务器地址的主机名不正确' }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return { ok: false, message: '服务器地址只写到端口为止，不要带路径，例如 https://192.168.1.10:6984' }
  return { ok: true, origin: url.origin }
}

/** The origin of a stored server address, or null when it is not one (then nothing is admitted). */
export function serverOrigin(input: string | null | undefined): string | null {
  if (!input) return null
  const check = checkServerUrl(input)
  return check.ok ? check.origin : null
}
