/**
 * What a studio decides about its roll-ups (settings key `rollup`): for which periods it gives
 * the district its supervisees' names (向区级提供被督导者姓名, off unless chosen), and the studio
 * code to put in a `.sgrollup` file when this laptop does not sync (the district hands it out;
 * with sync the code of 设置 → 同步 is used). Backups carry it like the studio's other settings.
 */
import { z } from 'zod'
import { isPeriodCode } from '../domain/period'
import { STUDIO_CODE_RE } from '../sync/studio-code'

export const ROLLUP_SETTINGS_KEY = 'rollup'

export const rollupSettingsSchema = z.object({
  superviseeNamesPeriods: z.array(z.string().refine(isPeriodCode, { message: '周期代码无效' })).default([]),
  studioCode: z
    .string()
    .trim()
    .refine((c) => c === '' || STUDIO_CODE_RE.test(c), { message: '工作室代码只能用小写字母、数字和连字符（-），由区级社会工作部提供' })
    .default(''),
})
export type RollupSettings = z.output<typeof rollupSettingsSchema>
