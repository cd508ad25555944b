import dayjs, { type Dayjs } from 'dayjs'

/** DatePicker value → stored 'YYYY-MM-DD' ('' when empty, so validation can name the field). */
export const toDateString = (d: Dayjs | null | undefined): string => (d ? d.format('YYYY-MM-DD') : '')
export const toDateOrNull = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null)
export const fromDateString = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null)
export const formatDate = (s: string | null | undefined): string => (s ? dayjs(s).format('YYYY年M月D日') : '—')
