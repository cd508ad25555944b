/**
 * Putting a studio's roll-up on its server (docs/sync.md, "区级汇总"), and the `.sgrollup` file of
 * a studio without a network. One document per studio and period: read what the server holds,
 * write only when the figures differ (the time it was computed does not count), over the server's
 * revision. Plain fetch: the rollup database is written once per period now and then, never
 * replicated, so it needs none of the sync engine's machinery.
 */
import { fileNamePart } from '../ipc-contract'
import { sameRollup } from '../domain/rollup/rollup'
import { studioDatabases } from '../sync/provision'
import { rollupDocumentSchema, type RollupDocument } from './document'

export const ROLLUP_FILE_EXTENSION = 'sgrollup'

export interface RollupServer {
  /** e.g. `https://couch.linquan.example:6984`, no database, no credentials. */
  serverUrl: string
  studioCode: string
  username: string
  password: string
}

/** The part of `fetch` used here (shared code has no DOM types): the page's or Node's fetch fits. */
export interface HttpResponse {
  status: number
  json(): Promise<unknown>
}
export type HttpFetch = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<HttpResponse>

export type PublishOutcome = 'created' | 'updated' | 'unchanged'

/** A refusal or failure of the server, with the Chinese reason a person reads in 设置 → 同步. */
export class RollupPublishError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

function authorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

export function rollupDocUrl(server: Pick<RollupServer, 'serverUrl' | 'studioCode'>, id: string): string {
  return `${server.serverUrl.trim().replace(/\/+$/, '')}/${studioDatabases(server.studioCode).rollup}/${encodeURIComponent(id)}`
}

async function failure(res: HttpResponse): Promise<RollupPublishError> {
  const body = (await res.json().catch(() => ({}))) as { reason?: string }
  const why =
    res.status === 401 ? '用户名或密码错误' : res.status === 403 ? `服务器拒绝：${body.reason ?? '无权写入本工作室的汇总数据库'}` : `服务器答复 ${res.status}${body.reason ? `：${body.reason}` : ''}`
  return new RollupPublishError(`区级汇总未能上报（${why}）`, res.status)
}

/**
 * Writes `doc` unless the server already holds the same figures. A write that loses to another
 * laptop publishing the same period at the same moment reads again and decides again.
 */
export async function publishRollup(server: RollupServer, doc: RollupDocument, fetchImpl: HttpFetch): Promise<PublishOutcome> {
  const url = rollupDocUrl(server, doc._id)
  const headers = { Authorization: authorization(server.username, server.password), Accept: 'application/json' }
  for (let attempt = 0; ; attempt += 1) {
    const got = await fetchImpl(url, { headers })
    let rev: string | undefined
    if (got.status === 200) {
      const stored = (await got.json()) as { _rev?: string }
      const parsed = rollupDocumentSchema.safeParse(stored)
      // A stored document the contract refuses (an older schema) is simply replaced.
      if (parsed.success && sameRollup(parsed.data, doc)) return 'unchanged'
      rev = stored._rev
    } else if (got.status !== 404) throw await failure(got)
    const { _rev: _ignored, ...body } = doc
    const put = await fetchImpl(url, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(rev ? { ...body, _rev: rev } : body),
    })
    if (put.status === 201 || put.status === 202) return rev ? 'updated' : 'created'
    if (put.status !== 409 || attempt >= 2) throw await failure(put)
  }
}

/** `区级汇总-<工作室>-<周期>-<日期时间>.sgrollup`, named like the backups. */
export function rollupFileName(studioName: string, period: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`
  return `${['区级汇总', fileNamePart(studioName), period, stamp].filter(Boolean).join('-')}.${ROLLUP_FILE_EXTENSION}`
}

/** The file's bytes: the document as JSON, checked against the contract first. */
export function rollupFileBytes(doc: RollupDocument): Uint8Array {
  const { _rev: _ignored, ...body } = rollupDocumentSchema.parse(doc)
  return new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`)
}
