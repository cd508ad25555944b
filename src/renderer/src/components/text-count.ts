import type { InputProps } from 'antd'
import { groupDigits } from '@shared/model'

/**
 * The `count` of an antd Input or TextArea with a length limit: a live 1,234/5,000 that turns red
 * past the limit. Nothing is cut — a paste over the limit stays whole, and the form's schema (the
 * same TEXT_LIMITS) refuses to save it until it is shortened. A one-line field (`quiet`) shows its
 * count only from 80% of the limit on: a name is rarely near it, and a counter in every box is noise.
 */
export function textCount(max: number, options: { quiet?: boolean } = {}): NonNullable<InputProps['count']> {
  return {
    max,
    strategy: (text: string) => text.trim().length,
    show: ({ count }: { count: number }) => (options.quiet && count < max * 0.8 ? null : `${groupDigits(count)}/${groupDigits(max)}`),
  }
}
