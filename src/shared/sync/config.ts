/** The sync settings a person enters on 设置 → 同步, checked (the password is kept apart). */
import { z } from 'zod'
import { checkServerUrl } from './server-url'
import { STUDIO_CODE_RE } from './provision'
import type { SyncConfig } from './connection-test'

export const syncConfigSchema = z.object({
  serverUrl: z
    .string({ error: '请填写服务器地址' })
    .transform((text, ctx) => {
      const check = checkServerUrl(text)
      if (check.ok) return check.origin
      ctx.addIssue({ code: 'custom', message: check.message })
      return z.NEVER
    }),
  studioCode: z
    .string({ error: '请填写工作室代码' })
    .trim()
    .min(1, { message: '请填写工作室代码' })
    .regex(STUDIO_CODE_RE, { message: '工作室代码只能用小写字母、数字和连字符（-），由负责人提供' }),
  username: z.string({ error: '请填写用户名' }).trim().min(1, { message: '请填写用户名' }).max(64, { message: '用户名不能超过 64 个字符' }),
}) satisfies z.ZodType<SyncConfig, unknown>
