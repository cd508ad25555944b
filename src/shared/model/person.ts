import { z } from 'zod'
import { QUALIFICATIONS, ROLES, SERVICE_FIELDS } from './constants'
import { enumOf, optionalText, requiredText, type Stored } from './common'

export const personInputSchema = z.object({
  name: requiredText('姓名', 50),
  role: enumOf(ROLES, '角色'),
  org: optionalText('所在机构或社区', 100),
  qualification: enumOf(QUALIFICATIONS, '职业资格'),
  field: z.enum(SERVICE_FIELDS).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-\s]*$/, { message: '电话只能包含数字、空格和 - +' })
    .max(20, { message: '电话不能超过 20 个字符' })
    .default(''),
  note: optionalText('备注', 1000),
})
export type PersonInput = z.input<typeof personInputSchema>
export type PersonData = z.output<typeof personInputSchema>
export type Person = Stored<PersonData>
