/** The one place the data layer reads the clock, so tests can pin it. */
let fixedNow: Date | null = null

export function setClockForTests(date: Date | null): void {
  fixedNow = date
}

export function now(): Date {
  return fixedNow ? new Date(fixedNow) : new Date()
}

export function nowIso(): string {
  return now().toISOString()
}

/** Local calendar date YYYY-MM-DD (a supervisor's "today", not UTC's). */
export function todayString(): string {
  const d = now()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
