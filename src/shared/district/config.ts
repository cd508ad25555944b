/**
 * 区级汇总 (district mode) as set up on 设置: the district's CouchDB, its user (the password is
 * kept apart, as for studio sync) and the codes of the studios granted to it. A district without
 * a server (only `.sgrollup` files) leaves the address empty.
 */
import { z } from 'zod'
import { checkServerUrl } from '../sync/server-url'
import { STUDIO_CODE_RE } from '../sync/provision'

export interface DistrictConfig {
  /** An origin, or null: files only. */
  serverUrl: string | null
  username: string
  /** Sorted, no duplicates. */
  studios: string[]
}

/** Studio codes as typed: separated by commas, 、 , spaces or new lines. */
export function splitStudioCodes(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean)
}

export const districtConfigSchema = z
  .object({
    serverUrl: z
      .string()
      .nullish()
      .transform((text, ctx) => {
        if (!text?.trim()) return null
        const check = checkServerUrl(text)
        if (check.ok) return check.origin
        ctx.addIssue({ code: 'custom', message: check.message })
        return z.NEVER
      }),
    username: z.string().nullish().transform((t) => (t ?? '').trim()),
    studios: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => [...new Set(typeof v === 'string' ? splitStudioCodes(v) : v.map((c) => c.trim().toLowerCase()).filter(Boolean))].sort())
      .superRefine((codes, ctx) => {
        const bad = codes.filter((c) => !STUDIO_CODE_RE.test(c))
        if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `工作室代码“${bad.join('”“')}”不正确：只能用小写字母、数字和连字符（-）` })
        if (codes.length > 500) ctx.addIssue({ code: 'custom', message: '一个区最多汇总 500 个工作室' })
      }),
  })
  .superRefine((c, ctx) => {
    if (c.serverUrl && !c.username) ctx.addIssue({ code: 'custom', path: ['username'], message: '填写了服务器地址时，请填写区级用户名' })
    if (c.username.length > 64) ctx.addIssue({ code: 'custom', path: ['username'], message: '用户名不能超过 64 个字符' })
    if (c.serverUrl && c.studios.length === 0) ctx.addIssue({ code: 'custom', path: ['studios'], message: '请填写授权给本区的工作室代码' })
  }) satisfies z.ZodType<DistrictConfig, unknown>
