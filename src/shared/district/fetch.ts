/**
 * 同步 of the district: reads the roll-up database of each granted studio on the district's
 * CouchDB with the district user, and checks what came (rollup-input.ts). Nothing is stored here;
 * the caller writes what passed in one transaction. One studio's failure (not granted, no such
 * database, a bad document) is said in Chinese and does not keep the others from coming.
 */
import { CONNECTION_MESSAGES, openAccount } from '../sync/connection-test'
import { studioDatabases } from '../sync/provision'
import type { RollupDocument } from '../rollup/document'
import type { DistrictConfig } from './config'
import { checkServerRollups, RollupRefused } from './rollup-input'

/** The HTTP the district needs: a GET answered with its status and JSON body; rejects on a network error. */
export interface DistrictHttp {
  getJson(url: string, authorization: string): Promise<{ status: number; body: unknown }>
}

export type StudioFetch = { code: string; ok: true; docs: RollupDocument[] } | { code: string; ok: false; message: string }

export class DistrictFetchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DistrictFetchError'
  }
}

/** Why the district user cannot read studio `code`'s roll-ups, from the status of a read of its database; null when it can. */
export function rollupAccessProblem(code: string, status: number): string | null {
  if (status === 401 || status === 403) return `工作室 ${code}：本区账号无权读取它的汇总数据，请负责人授权（npm run sync:provision -- --grant ${code}）`
  if (status === 404) return `工作室 ${code}：服务器上没有它的汇总库，请核对工作室代码`
  if (status < 200 || status >= 300) return `工作室 ${code}：服务器答复异常（HTTP ${status}）`
  return null
}

async function fetchStudio(origin: string, code: string, authorization: string, http: DistrictHttp): Promise<StudioFetch> {
  const db = studioDatabases(code).rollup
  let res: { status: number; body: unknown }
  try {
    res = await http.getJson(`${origin}/${db}/_all_docs?include_docs=true`, authorization)
  } catch {
    return { code, ok: false, message: `工作室 ${code}：${CONNECTION_MESSAGES.unreachable}，连接中断，下次同步再取` }
  }
  const refused = rollupAccessProblem(code, res.status)
  if (refused) return { code, ok: false, message: refused }
  const rows = (res.body as { rows?: { doc?: unknown }[] } | null)?.rows
  if (!Array.isArray(rows)) return { code, ok: false, message: `工作室 ${code}：服务器的答复无法识别` }
  try {
    return { code, ok: true, docs: checkServerRollups(code, rows.map((r) => r.doc).filter(Boolean)) }
  } catch (e) {
    if (e instanceof RollupRefused) return { code, ok: false, message: e.message }
    throw e
  }
}

/**
 * Every granted studio's roll-ups, in the order of `config.studios`. Throws (in Chinese) when the
 * server cannot be reached at all or the user name and password do not hold: then nothing came.
 */
export async function fetchDistrictRollups(config: DistrictConfig, password: string, http: DistrictHttp): Promise<StudioFetch[]> {
  if (!config.serverUrl) throw new DistrictFetchError('未设置区级服务器地址：请在“设置 → 区级汇总”中填写，或导入工作室的汇总数据文件（.sgrollup）')
  // The same first questions as 连接测试, with the same answers.
  const account = await openAccount(config.serverUrl, config.username, password, { get: async (url, authorization) => (await http.getJson(url, authorization ?? '')).status })
  if (!account.ok) throw new DistrictFetchError(account.message)
  const out: StudioFetch[] = []
  // One studio after another: a district has tens of studios and the server is the studios' too.
  for (const code of config.studios) out.push(await fetchStudio(account.origin, code, account.authorization, http))
  return out
}
