import { assessmentInputSchema, fieldErrors, type AssessmentForm, type IndexFramework } from '@shared/model'
import { assessmentErrors } from '@shared/domain/supervision-index/assessment-rules'
import type { AssessmentFormValues } from './assessment-form-values'

/**
 * Every wrong field of an assessment about to be saved (or finalised, which asks for more), by
 * field path; the first message of each field. Empty when it may be written.
 */
export function assessmentFormErrors(
  input: AssessmentForm,
  values: AssessmentFormValues,
  framework: IndexFramework,
  options: { today: string; finalize: boolean },
): Record<string, string> {
  const errors: Record<string, string> = {}
  const parsed = assessmentInputSchema.safeParse(input)
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error))
  if (values.vetoOn && !values.veto?.type) errors['veto.type'] = '请选择一票否决事件类型'
  if (values.vetoOn && !(values.veto?.note ?? '').trim()) errors['veto.note'] = '请说明一票否决事件'
  for (const [k, m] of Object.entries(assessmentErrors(input, framework, options))) errors[k] ??= m
  return errors
}
