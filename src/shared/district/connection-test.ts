/**
 * 连接测试 of 设置 → 区级汇总, before anything is saved: the questions of the studio's test (the
 * address, its certificate, the account; sync/connection-test.ts), then for each granted studio
 * whether this account may read its roll-up database. A studio refused does not fail the test:
 * the district sees which studios come and which need the lead's grant.
 */
import { openAccount, type ConnectionFailure, type ConnectionHttp } from '../sync/connection-test'
import { studioDatabases } from '../sync/provision'
import { rollupAccessProblem } from './fetch'

export interface DistrictConnectionRequest {
  serverUrl: string
  username: string
  studios: string[]
}

export type DistrictStudioAccess = { code: string; ok: true } | { code: string; ok: false; message: string }

export type DistrictConnectionResult =
  | { ok: true; studios: DistrictStudioAccess[] }
  | { ok: false; reason: ConnectionFailure; message: string }

export async function testDistrictConnection(config: DistrictConnectionRequest, password: string, http: ConnectionHttp): Promise<DistrictConnectionResult> {
  const account = await openAccount(config.serverUrl, config.username, password, http)
  if (!account.ok) return account
  const studios: DistrictStudioAccess[] = []
  for (const code of config.studios) {
    let status: number
    try {
      status = await http.get(`${account.origin}/${studioDatabases(code).rollup}`, account.authorization)
    } catch {
      studios.push({ code, ok: false, message: `工作室 ${code}：连接中断，请稍后再试` })
      continue
    }
    const problem = rollupAccessProblem(code, status)
    studios.push(problem ? { code, ok: false, message: problem } : { code, ok: true })
  }
  return { ok: true, studios }
}
