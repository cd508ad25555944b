import { z } from 'zod'
import { QUALIFICATIONS, ROLES, SERVICE_FIELDS } from './constants'
import { enumOf, optionalText, requiredText, type Stored } from './common'
import { TEXT_LIMITS } from './limits'

const L = TEXT_LIMITS.person

export const personInputSchema = z.object({
  name: requiredText('姓名', L.name),
  role: enumOf(ROLES, '角色'),
  org: optionalText('所在机构或社区', L.org),
  qualification: enumOf(QUALIFICATIONS, '职业资格'),
  field: z.enum(SERVICE_FIELDS).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-\s]*$/, { message: '电话只能包含数字、空格和 - +' })
    .max(L.phone, { message: `电话不能超过 ${L.phone} 个字符` })
    .default(''),
  note: optionalText('备注', L.note),
})
export type PersonInput = z.input<typeof personInputSchema>
export type PersonData = z.output<typeof personInputSchema>
export type Person = Stored<PersonData>
