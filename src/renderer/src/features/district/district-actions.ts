/**
 * What the district does from its screens: 立即同步 with its server, 导入汇总文件, and the words
 * of their outcome. The network and the file are read first; the documents are written after,
 * in one transaction (db/district-rollups.ts, trap 2).
 */
import { DistrictFetchError, fetchDistrictRollups, type DistrictHttp } from '@shared/district/fetch'
import type { DistrictConfig } from '@shared/district/config'
import { RollupRefused } from '@shared/district/rollup-input'
import { db } from '../../db/connection'
import { applyDistrictFetch, importRollupFile, type DistrictSyncOutcome } from '../../db/district-rollups'
import { studio } from '../../platform/bridge'
import { testDistrictConnection, type DistrictConnectionRequest, type DistrictConnectionResult } from '@shared/district/connection-test'
import { pageHttp as pageStatusHttp } from '../sync/connection'
import { describeError } from '../../app/errors'

export const ROLLUP_FILE_FILTERS = [{ name: '汇总数据文件', extensions: ['sgrollup', 'json'] }]

/** The page's fetch: the CSP admits the district's server once it is saved (设置 → 区级汇总). */
const pageHttp: DistrictHttp = {
  async getJson(url, authorization) {
    const res = await fetch(url, { headers: { authorization, accept: 'application/json' }, credentials: 'omit', cache: 'no-store' })
    return { status: res.status, body: await res.json().catch(() => null) }
  },
}

export async function syncDistrict(config: DistrictConfig, password: string): Promise<DistrictSyncOutcome> {
  const fetched = await fetchDistrictRollups(config, password, pageHttp)
  return applyDistrictFetch(db, fetched, config.studios)
}

/** 连接测试 of 设置 → 区级汇总: through Electron's main when there is one (the CSP admits only the saved server), else the page's fetch. */
export function testDistrictServer(config: DistrictConnectionRequest, password: string): Promise<DistrictConnectionResult> {
  const host = studio()
  if (host.testDistrictConnection) return host.testDistrictConnection({ ...config, password })
  return testDistrictConnection(config, password, pageStatusHttp)
}

/** What 连接测试 found, in one sentence and a line per studio that cannot be read. */
export function districtTestText(r: DistrictConnectionResult): { ok: boolean; message: string; problems: string[] } {
  if (!r.ok) return { ok: false, message: r.message, problems: [] }
  const readable = r.studios.filter((s) => s.ok).length
  const problems = r.studios.flatMap((s) => (s.ok ? [] : [s.message]))
  const message =
    r.studios.length === 0
      ? '连接成功：服务器可以访问，区级账号有效（尚未填写授权的工作室）'
      : problems.length === 0
        ? `连接成功：可读取全部 ${readable} 个工作室的汇总数据`
        : `已连接，但 ${problems.length} 个工作室的汇总数据无法读取（可读取 ${readable} 个）`
  return { ok: problems.length === 0, message, problems }
}

export function syncSummary(r: DistrictSyncOutcome): string {
  const parts = [`已同步 ${r.studios} 个工作室的汇总数据`, r.stored > 0 ? `更新 ${r.stored} 份` : '没有新的汇总']
  if (r.removed > 0) parts.push(`移除已取消授权工作室的 ${r.removed} 份`)
  return parts.join('，')
}

/** Asks for a .sgrollup file and stores it whole; null when the person cancelled. */
export async function importRollupFromDisk(): Promise<string | null> {
  const file = await studio().openFile({ filters: ROLLUP_FILE_FILTERS })
  if (!file) return null
  const r = await importRollupFile(db, new TextDecoder().decode(file.data), file.name)
  const what = `${r.studios.join('、')}的 ${r.stored + r.unchanged} 份汇总数据`
  return r.stored > 0 ? `已导入${what}（新增或更新 ${r.stored} 份）` : `${what}已是最新，没有变化`
}

/** The Chinese sentence of a district sync's or import's failure. */
export function describeDistrictError(e: unknown): string {
  if (e instanceof RollupRefused || e instanceof DistrictFetchError) return e.message
  return describeError(e, 'save')
}
