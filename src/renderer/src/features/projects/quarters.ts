/** Quarter codes (2025Q1 …) from a start date to an end date, both 'YYYY-MM-DD'. */
export function quartersBetween(start: string, end: string): string[] {
  const q = (d: string) => ({ y: Number(d.slice(0, 4)), q: Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1 })
  const from = q(start)
  const to = q(end)
  const out: string[] = []
  for (let y = from.y, n = from.q; y < to.y || (y === to.y && n <= to.q); n === 4 ? (y++, (n = 1)) : n++) {
    out.push(`${y}Q${n}`)
  }
  return out
}

export const quarterLabel = (code: string) => `${code.slice(0, 4)}年第${code.slice(5)}季度`
