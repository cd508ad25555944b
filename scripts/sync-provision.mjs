// `npm run sync:provision -- <server-url> --studio <code> --name <名称> --users <file.json>`
// `npm run sync:provision -- <server-url> --district <name> --password <pw> --grant <code,code>`
//
// Creates (or brings up to date) a studio on a CouchDB: its three databases, their _security
// objects, the design document that guards each, the studio's name, and its people's users —
// or a district user who may read the rollup databases of the studios granted. Idempotent: it
// reads before it writes and writes only what differs, so running it twice changes nothing.
// Admin credentials come from the URL (https://admin:pw@host:6984) or from COUCH_ADMIN_USER and
// COUCH_ADMIN_PASSWORD. What to send comes from src/shared/sync/provision.ts (pure, unit-tested);
// this file only does HTTP. docs/sync.md explains the whole procedure.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module: P } = await runnerImport(`${root}src/shared/sync/provision.ts`, { configFile: false, logLevel: 'error', root })

class ProvisionError extends Error {}

function usage() {
  return [
    '用法：',
    '  npm run sync:provision -- <服务器地址> --studio <工作室代码> --name <工作室名称> --users <用户文件.json>',
    '  npm run sync:provision -- <服务器地址> --district <用户名> --password <密码> --grant <代码,代码>',
    '管理员账号写在地址中（https://admin:密码@服务器:6984），或用环境变量 COUCH_ADMIN_USER、COUCH_ADMIN_PASSWORD。',
  ].join('\n')
}

function parseArgs(argv) {
  const positional = []
  const options = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) positional.push(a)
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[a.slice(2)] = argv[++i]
    else throw new ProvisionError(`参数 ${a} 缺少值`)
  }
  if (positional.length !== 1) throw new ProvisionError('请给出一个服务器地址')
  return { server: positional[0], options }
}

/** The server's origin and the admin's Authorization header. */
function connection(server, env) {
  let url
  try {
    url = new URL(server)
  } catch {
    throw new ProvisionError(`服务器地址不正确：${server}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProvisionError(`服务器地址应以 https:// 或 http:// 开头：${server}`)
  const user = url.username ? decodeURIComponent(url.username) : env.COUCH_ADMIN_USER
  const password = url.password ? decodeURIComponent(url.password) : env.COUCH_ADMIN_PASSWORD
  if (!user || !password) throw new ProvisionError('缺少管理员账号：写在地址中，或设置 COUCH_ADMIN_USER 和 COUCH_ADMIN_PASSWORD')
  url.username = ''
  url.password = ''
  return { origin: url.href.replace(/\/+$/, ''), authorization: basic(user, password) }
}

const basic = (name, password) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`

function client({ origin, authorization }) {
  return async function http(method, path, body, auth = authorization) {
    let res
    try {
      res = await fetch(`${origin}${path}`, {
        method,
        headers: { accept: 'application/json', authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch (err) {
      throw new ProvisionError(`无法连接服务器 ${origin}：${err?.cause?.message ?? err.message}`)
    }
    const text = await res.text()
    let json
    try {
      json = JSON.parse(text)
    } catch {
      json = { reason: text }
    }
    return { status: res.status, body: json }
  }
}

const same = (a, b) => P.canonical(a) === P.canonical(b)

function expectOk(r, what) {
  if (r.status >= 200 && r.status < 300) return r.body
  throw new ProvisionError(`${what}失败（HTTP ${r.status}）：${r.body?.reason ?? r.body?.error ?? ''}`)
}

async function ensureAdmin(http) {
  const r = await http('GET', '/_session')
  if (r.status === 401) throw new ProvisionError('管理员用户名或密码错误')
  const roles = expectOk(r, '检查管理员账号').userCtx?.roles ?? []
  if (!roles.includes('_admin')) throw new ProvisionError('这个账号不是服务器管理员')
}

async function ensureDatabase(http, db, say) {
  const r = await http('GET', `/${db}`)
  if (r.status === 200) return say(`数据库 ${db}：已存在`)
  if (r.status !== 404) expectOk(r, `读取数据库 ${db}`)
  expectOk(await http('PUT', `/${db}`), `创建数据库 ${db}`)
  say(`数据库 ${db}：已创建`)
}

async function ensureSecurity(http, db, security, say) {
  const current = expectOk(await http('GET', `/${db}/_security`), `读取 ${db} 的权限`)
  if (same(current, security)) return say(`${db} 的权限：未变`)
  expectOk(await http('PUT', `/${db}/_security`, security), `设置 ${db} 的权限`)
  say(`${db} 的权限：已设置（成员：${describeMembers(security.members)}）`)
}

function describeMembers({ names, roles }) {
  const who = [...roles.filter((r) => r !== '_admin').map((r) => `角色 ${r}`), ...names]
  return who.length > 0 ? who.join('、') : '仅管理员'
}

/** PUT `doc` over the stored one (keeping its _rev) unless the stored content is already the same. */
async function ensureDoc(http, db, doc, label, say) {
  const path = `/${db}/${encodeURIComponent(doc._id).replace('%2F', '/')}`
  const r = await http('GET', path)
  if (r.status !== 404) expectOk(r, `读取${label}`)
  const stored = r.status === 200 ? r.body : null
  if (stored) {
    const { _rev, ...content } = stored
    if (same(content, doc)) return say(`${label}：未变`)
    doc = { ...doc, _rev }
  }
  expectOk(await http('PUT', path, doc), `写入${label}`)
  say(`${label}：${stored ? '已更新' : '已创建'}`)
}

/** Does `password` already open `name`'s account? (Then it is not set again: a re-run changes nothing.) */
async function passwordWorks(http, name, password) {
  const r = await http('GET', '/_session', undefined, basic(name, password))
  return r.status === 200 && r.body?.userCtx?.name === name
}

async function ensureUser(http, make, user, say) {
  const path = `/_users/${encodeURIComponent(P.userDocId(user.name))}`
  const r = await http('GET', path)
  if (r.status !== 404) expectOk(r, `读取用户 ${user.name}`)
  const existing = r.status === 200 ? r.body : null
  const wanted = { ...user }
  if (existing && wanted.password !== undefined && (await passwordWorks(http, user.name, wanted.password))) delete wanted.password
  const doc = make(wanted, existing)
  if (existing && wanted.password === undefined && same(doc.roles, existing.roles)) return say(`用户 ${user.name}：未变`)
  expectOk(await http('PUT', path, doc), `写入用户 ${user.name}`)
  say(`用户 ${user.name}：${!existing ? '已创建' : user.revoked ? '已撤销本工作室权限' : '已更新'}`)
}

function readUsersFile(file) {
  let raw
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new ProvisionError(`无法读取用户文件 ${file}：${err.message}`)
  }
  const parsed = P.usersFileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ProvisionError(`用户文件 ${file} 有误：\n${parsed.error.issues.map((i) => `  第 ${Number(i.path[0] ?? 0) + 1} 项 ${i.path.slice(1).join('.')}：${i.message}`).join('\n')}`)
  }
  return parsed.data
}

async function provisionStudio(http, options, say) {
  const code = options.studio
  const problem = P.studioCodeProblem(code)
  if (problem) throw new ProvisionError(problem)
  if (!options.name) throw new ProvisionError('请用 --name 给出工作室名称')
  if (!options.users) throw new ProvisionError('请用 --users 给出用户文件')
  // Everything is checked before anything is written.
  const users = readUsersFile(options.users)
  await ensureAdmin(http)
  const dbs = P.studioDatabases(code)
  for (const kind of ['ordinary', 'sensitive', 'rollup']) await ensureDatabase(http, dbs[kind], say)
  const sensitiveNow = expectOk(await http('GET', `/${dbs.sensitive}/_security`), `读取 ${dbs.sensitive} 的权限`)
  const rollupNow = expectOk(await http('GET', `/${dbs.rollup}/_security`), `读取 ${dbs.rollup} 的权限`)
  await ensureSecurity(http, dbs.ordinary, P.securityObject(code, 'ordinary'), say)
  await ensureSecurity(http, dbs.sensitive, P.securityObject(code, 'sensitive', P.sensitiveReadersAfter(sensitiveNow, users)), say)
  await ensureSecurity(http, dbs.rollup, P.securityObject(code, 'rollup', P.rollupReaders(rollupNow)), say)
  for (const kind of ['ordinary', 'sensitive', 'rollup']) await ensureDoc(http, dbs[kind], P.designDoc(code, kind), `${dbs[kind]} 的校验规则`, say)
  await ensureDoc(http, dbs.ordinary, P.studioMetaDoc(code, options.name), '工作室名称', say)
  for (const user of users) await ensureUser(http, (u, existing) => P.userDoc(code, u, existing), user, say)
}

async function provisionDistrict(http, options, say) {
  const name = options.district
  const grant = (options.grant ?? '').split(',').map((c) => c.trim()).filter(Boolean)
  if (grant.length === 0) throw new ProvisionError('请用 --grant 给出可查看的工作室代码，如 --grant linquan,xuejiadao')
  for (const code of grant) {
    const problem = P.studioCodeProblem(code)
    if (problem) throw new ProvisionError(problem)
  }
  const user = P.studioUserSchema.safeParse({ name, password: options.password })
  if (!user.success) throw new ProvisionError(`区级用户有误：${user.error.issues.map((i) => i.message).join('；')}`)
  await ensureAdmin(http)
  for (const code of grant) {
    const db = P.studioDatabases(code).rollup
    const r = await http('GET', `/${db}`)
    if (r.status === 404) throw new ProvisionError(`工作室 ${code} 尚未创建：请先运行 npm run sync:provision -- <服务器地址> --studio ${code} …`)
    expectOk(r, `读取数据库 ${db}`)
  }
  await ensureUser(http, (u, existing) => P.districtUserDoc(u, existing), user.data, say)
  for (const code of grant) {
    const db = P.studioDatabases(code).rollup
    const now = expectOk(await http('GET', `/${db}/_security`), `读取 ${db} 的权限`)
    await ensureSecurity(http, db, P.securityObject(code, 'rollup', P.withRollupReader(now, name, true)), say)
  }
}

export async function main(argv, env = process.env, say = (line) => console.log(line)) {
  const { server, options } = parseArgs(argv)
  const http = client(connection(server, env))
  if (options.studio !== undefined) await provisionStudio(http, options, say)
  else if (options.district !== undefined) await provisionDistrict(http, options, say)
  else throw new ProvisionError('请用 --studio 或 --district 说明要创建什么')
  say('完成。')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof ProvisionError ? err.message : err)
    if (err instanceof ProvisionError && /参数|用法|请给出一个服务器地址|请用 --/.test(err.message)) console.error(usage())
    process.exit(err instanceof ProvisionError ? 2 : 1)
  })
}
