import { Segmented } from 'antd'
import { PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind } from '@shared/domain/period'

const OPTIONS = PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))

interface Props {
  /** Filled in by a Form.Item when the picker is a form field. */
  value?: PeriodKind
  onChange?: (kind: PeriodKind) => void
  disabled?: boolean
  id?: string
  'aria-label'?: string
}

/** 季度 / 半年 / 年度: the kind of 评估周期 a page shows or a form records. */
export function PeriodKindPicker({ value, onChange, disabled, id, 'aria-label': ariaLabel }: Props) {
  return <Segmented id={id} aria-label={ariaLabel} options={OPTIONS} value={value} onChange={(k) => onChange?.(k)} disabled={disabled} />
}
