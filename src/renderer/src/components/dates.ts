import dayjs, { type Dayjs } from 'dayjs'

// The date pickers' values and the stored 'YYYY-MM-DD' strings; how a date shows is decided in
// @shared/text/format.

/**
 * What a date picker shows and reads when a date is typed: the app's date format first (it is
 * what the picker shows), then the ways studios type dates by hand.
 */
export const DATE_INPUT_FORMATS = ['YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD']

/** DatePicker value → stored 'YYYY-MM-DD' ('' when empty, so validation can name the field). */
export const toDateString = (d: Dayjs | null | undefined): string => (d && d.isValid() ? d.format('YYYY-MM-DD') : '')
export const toDateOrNull = (d: Dayjs | null | undefined): string | null => (d && d.isValid() ? d.format('YYYY-MM-DD') : null)
export const fromDateString = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null)
