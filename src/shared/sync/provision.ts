/**
 * What a studio is made of on its CouchDB (docs/sync.md, "Provisioning a studio"): the names of
 * its databases and role, the `_security` object of each database, the design document whose
 * `validate_doc_update` guards each database, and the `_users` documents of its people. Pure:
 * `npm run sync:provision` (scripts/sync-provision.mjs) only sends what these functions return.
 *
 * CouchDB reads are per database, so the database is the boundary: every member of the studio
 * reads `studio-<code>` and `studio-<code>-rollup`; only the people named on it read
 * `studio-<code>-sensitive`, which holds the text of 敏感 督导记录. A district user named on
 * rollup databases reads those and nothing else.
 */
import { z } from 'zod'
import { canonicalJson } from '../domain/canonical-json'
import { rollupCheckSource } from '../rollup/couch-check'
import { STUDIO_CODE_RE } from './studio-code'

export { STUDIO_CODE_RE }

/**
 * The tables whose records sync, one document each (`<table>:<record id>`): the backup merge's
 * MERGE_TABLES (a test keeps them equal), written out so that the main process, which runs
 * 连接测试 with this module, does not bundle the whole merge plan.
 */
export const SYNC_TABLES = ['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'agreements'] as const

/** The text fields of a 督导记录 that a 敏感 record keeps only in the sensitive database. */
export const SENSITIVE_TEXT_FIELDS = ['questions', 'process', 'advice', 'supervisorReflection', 'superviseeReflection', 'riskNote'] as const

/** Prefix of the sensitive text documents: `sessions-text:<session id>`. */
export const SENSITIVE_TEXT_PREFIX = 'sessions-text:'

/** Shared documents of the studio that are not records (e.g. `meta:laptops`, the laptop marks). */
export const META_PREFIX = 'meta:'

/** One text per value whatever its key order: what the script compares stored and wanted documents with. */
export const canonical = canonicalJson

export type StudioDatabaseKind = 'ordinary' | 'sensitive' | 'rollup'

export interface StudioDatabases {
  ordinary: string
  sensitive: string
  rollup: string
}

export function studioDatabases(code: string): StudioDatabases {
  const base = `studio-${code}`
  return { ordinary: base, sensitive: `${base}-sensitive`, rollup: `${base}-rollup` }
}

/** The role every member of the studio holds. */
export const studioRole = (code: string) => `studio-${code}`

/** The role of district users (issue 17): marks them, grants nothing by itself. */
export const DISTRICT_ROLE = 'district'

export interface SecurityObject {
  admins: { names: string[]; roles: string[] }
  members: { names: string[]; roles: string[] }
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort()

/**
 * `_security` of one database. The ordinary database: the studio's role. The sensitive one: the
 * names given, no role (a new member of the studio does not read it until named). The rollup
 * one: the studio's role and the district users granted it (`readers`).
 */
export function securityObject(code: string, kind: StudioDatabaseKind, names: readonly string[] = []): SecurityObject {
  const admins = { names: [], roles: [] }
  // Empty members make a CouchDB database public: with nobody named, only admins may read it.
  if (kind === 'sensitive') return { admins, members: { names: sorted(names), roles: names.length === 0 ? ['_admin'] : [] } }
  if (kind === 'rollup') return { admins, members: { names: sorted(names), roles: [studioRole(code)] } }
  return { admins, members: { names: [], roles: [studioRole(code)] } }
}

/** The names a stored `_security` object admits as members. */
function readerNames(existing: unknown): string[] {
  const names = (existing as Partial<SecurityObject> | null)?.members?.names
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : []
}

export const DESIGN_DOC_ID = '_design/studio'

/**
 * validate_doc_update of one database of the studio. Written as ES5 source text: CouchDB runs it
 * in its own JavaScript engine (and express-pouchdb in Node), so no arrow functions, no `const`.
 * Messages are Chinese: a refused document ends up in the sync log a person reads.
 */
export function validateDocUpdateSource(code: string, kind: StudioDatabaseKind): string {
  const constants = [
    `var CODE = ${JSON.stringify(code)};`,
    `var KIND = ${JSON.stringify(kind)};`,
    `var ROLE = ${JSON.stringify(studioRole(code))};`,
    `var TABLES = ${JSON.stringify(SYNC_TABLES)};`,
    `var TEXT_FIELDS = ${JSON.stringify(SENSITIVE_TEXT_FIELDS)};`,
    `var TEXT_PREFIX = ${JSON.stringify(SENSITIVE_TEXT_PREFIX)};`,
    `var META_PREFIX = ${JSON.stringify(META_PREFIX)};`,
  ].join('\n  ')
  return `function (newDoc, oldDoc, userCtx, secObj) {
  ${constants}${kind === 'rollup' ? `\n  ${rollupCheckSource()}` : ''}
  function refuse(reason) { throw({ forbidden: reason }); }
  var id = String(newDoc._id);
  var roles = (userCtx && userCtx.roles) || [];
  var isAdmin = roles.indexOf('_admin') !== -1;
  if (id.indexOf('_design/') === 0) {
    if (!isAdmin) refuse('只有服务器管理员可以修改设计文档');
    return;
  }
  if (KIND === 'rollup' && !isAdmin && roles.indexOf(ROLE) === -1) refuse('只读：只有本工作室的成员可以写入汇总数据');
  var colon = id.indexOf(':');
  var prefix = colon > 0 ? id.slice(0, colon + 1) : '';
  var rest = colon > 0 ? id.slice(colon + 1) : '';
  var table = prefix.slice(0, -1);
  if (KIND === 'ordinary') {
    if (prefix === TEXT_PREFIX) refuse('敏感记录的正文不能写入普通数据库');
    if (TABLES.indexOf(table) === -1 && prefix !== META_PREFIX) refuse('文档编号格式不正确：' + id);
  } else if (KIND === 'sensitive') {
    if (prefix !== TEXT_PREFIX) refuse('敏感数据库只保存敏感记录的正文：' + id);
  }
  if (KIND !== 'rollup' && !rest) refuse('文档编号格式不正确：' + id);
  if (newDoc._deleted === true) return;
  if (KIND === 'rollup') {
    var rollupRefusal = rollupProblem(newDoc, CODE);
    if (rollupRefusal) refuse(rollupRefusal);
    return;
  }
  if (newDoc.studio !== CODE) refuse('文档不属于本工作室（' + CODE + '）');
  if (KIND === 'sensitive') {
    if (newDoc.sessionId !== rest) refuse('敏感正文与督导记录不对应：' + id);
    return;
  }
  if (KIND !== 'ordinary' || prefix === META_PREFIX) return;
  if (newDoc.table !== table) refuse('文档的表名与编号不一致：' + id);
  if (newDoc.id !== undefined && newDoc.id !== rest) refuse('文档的记录号与编号不一致：' + id);
  if (table === 'sessions' && (newDoc.sensitive === 1 || newDoc.sensitive === true)) {
    for (var i = 0; i < TEXT_FIELDS.length; i++) {
      var value = newDoc[TEXT_FIELDS[i]];
      if (value !== undefined && value !== null && value !== '') refuse('敏感记录的正文不能写入普通数据库');
    }
  }
}`
}

export interface DesignDoc {
  _id: typeof DESIGN_DOC_ID
  _rev?: string
  language: 'javascript'
  validate_doc_update: string
}

export function designDoc(code: string, kind: StudioDatabaseKind): DesignDoc {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateDocUpdateSource(code, kind) }
}

// ---- users ----

const userName = z
  .string({ error: '用户名缺失' })
  .trim()
  .min(1, { message: '用户名不能为空' })
  .max(64, { message: '用户名不能超过 64 个字符' })
  .refine((n) => !n.includes(':') && !n.startsWith('_'), { message: '用户名不能包含冒号，也不能以下划线开头' })
const password = z.string({ error: '密码缺失' }).min(8, { message: '密码至少 8 个字符' })

/** One person of the users file: `{ name, password, sensitive }`; `revoked: true` takes the studio away from them. */
export const studioUserSchema = z.object({
  name: userName,
  password: password.optional(),
  sensitive: z.boolean().default(false),
  revoked: z.boolean().default(false),
})
export type StudioUser = z.output<typeof studioUserSchema>

export const usersFileSchema = z
  .array(studioUserSchema, { error: '用户文件应是一个数组：[{ "name": …, "password": …, "sensitive": true/false }]' })
  .superRefine((users, ctx) => {
    const seen = new Set<string>()
    users.forEach((u, i) => {
      if (seen.has(u.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `用户 ${u.name} 重复` })
      seen.add(u.name)
    })
  })

export const userDocId = (name: string) => `org.couchdb.user:${name}`

export interface UserDoc {
  _id: string
  _rev?: string
  name: string
  type: 'user'
  roles: string[]
  password?: string
  [key: string]: unknown
}

/**
 * The `_users` document to PUT for `user` over what the server holds (`existing`, or null): the
 * studio's role added (or removed when revoked), the person's other roles — another studio, the
 * district — kept, the password set when the file gives one. A new user needs a password.
 */
export function userDoc(code: string, user: StudioUser, existing: UserDoc | null, extraRoles: readonly string[] = []): UserDoc {
  const role = studioRole(code)
  const kept = (existing?.roles ?? []).filter((r) => r !== role)
  const roles = sorted(user.revoked ? kept : [...kept, role, ...extraRoles])
  if (!existing && user.password === undefined) throw new Error(`新用户 ${user.name} 需要密码`)
  const doc: UserDoc = { ...(existing ?? {}), _id: userDocId(user.name), name: user.name, type: 'user', roles }
  if (user.password !== undefined) doc.password = user.password
  return doc
}

/**
 * The names the sensitive database admits after provisioning with `users`: the file's people
 * marked `sensitive` (not revoked) are named, the file's others are not, and people the file does
 * not mention keep what they had (a file with one new person takes nobody's access away).
 */
export function sensitiveReadersAfter(existing: unknown, users: readonly StudioUser[]): string[] {
  const mentioned = new Set(users.map((u) => u.name))
  const kept = readerNames(existing).filter((n) => !mentioned.has(n))
  return sorted([...kept, ...users.filter((u) => u.sensitive && !u.revoked).map((u) => u.name)])
}

/** A district user (issue 17): the district role, no studio role; rollup databases name them. */
export function districtUserDoc(user: StudioUser, existing: UserDoc | null): UserDoc {
  if (!existing && user.password === undefined) throw new Error(`新用户 ${user.name} 需要密码`)
  const doc: UserDoc = { ...(existing ?? {}), _id: userDocId(user.name), name: user.name, type: 'user', roles: sorted([...(existing?.roles ?? []), DISTRICT_ROLE]) }
  if (user.password !== undefined) doc.password = user.password
  return doc
}

/** The district users already granted a rollup database (kept when a studio is provisioned again). */
export const rollupReaders = (existing: unknown): string[] => readerNames(existing)

/** The rollup readers after granting (or revoking) a district user. */
export function withRollupReader(existing: unknown, name: string, granted: boolean): string[] {
  const names = readerNames(existing).filter((n) => n !== name)
  return sorted(granted ? [...names, name] : names)
}

/** The studio's own document in its ordinary database: its code and name (read by laptops joining it). */
export const STUDIO_META_ID = `${META_PREFIX}studio`
export function studioMetaDoc(code: string, name: string) {
  return { _id: STUDIO_META_ID, studio: code, name }
}

/** Checks a studio code; the Chinese reason when it is not one. */
export function studioCodeProblem(code: string): string | null {
  if (STUDIO_CODE_RE.test(code)) return null
  return `工作室代码“${code}”不可用：只能用小写字母、数字和连字符（-），以字母或数字开头和结尾，最长 40 个字符`
}
