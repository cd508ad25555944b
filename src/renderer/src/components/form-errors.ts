import type { FormInstance } from 'antd'
import { fieldErrors, ValidationError } from '@shared/model'
import type { z } from 'zod'

/** Puts each Chinese message at its field; returns messages whose field is not on the form. */
export function showFieldErrors(form: FormInstance, errors: Record<string, string>, known?: string[][]): string[] {
  const orphans: string[] = []
  const fields = Object.entries(errors).map(([path, message]) => {
    const name = path.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg))
    if (known && !known.some((k) => k.join('.') === path)) orphans.push(message)
    return { name, errors: [message] }
  })
  form.setFields(fields)
  return orphans
}

/** Validates form values with the same schema the data layer uses; shows errors at the fields. */
export function validateWith<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.output<S> | null {
  const result = schema.safeParse(values)
  if (result.success) return result.data
  showFieldErrors(form, fieldErrors(result.error))
  return null
}

export function isValidationError(e: unknown): e is ValidationError {
  return e instanceof ValidationError
}

/** Clears a field's error as soon as the user edits it. */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: Record<string, unknown>) => {
    const names = flattenNames(changed)
    form.setFields(names.map((name) => ({ name, errors: [] })))
  }
}

function flattenNames(obj: Record<string, unknown>, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = []
  for (const [k, v] of Object.entries(obj)) {
    const key = /^\d+$/.test(k) ? Number(k) : k
    if (v && typeof v === 'object' && !Array.isArray(v) && !('$d' in (v as object))) out.push(...flattenNames(v as Record<string, unknown>, [...prefix, key]))
    else out.push([...prefix, key])
  }
  return out
}
