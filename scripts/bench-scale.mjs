// The scale curve of `BENCH_SCALE=5000,20000,100000 npm run bench`: the same metrics at each
// number of sessions, side by side, with how much each grew from one size to the next.

const round2 = (n) => Math.round(n * 100) / 100

/** `sessions.toArray.20000` at 20,000 sessions → `sessions.toArray.N` (and 20k → N): one name across sizes. */
export function sizeFree(metric, n) {
  const tags = [String(n), n % 1000 === 0 ? `${n / 1000}k` : null].filter(Boolean)
  return metric
    .split('.')
    .map((part) => (tags.includes(part) ? 'N' : part))
    .join('.')
}

/**
 * bySize: Map(size → results of that pass). Returns the results to write ("<metric>@<size>",
 * "<metric>.growth@<a>-<b>" = value at b ÷ value at a, beside the sizes' own ratio b ÷ a) and
 * one table per metric group (the metric's first name part) for the console.
 */
export function scaleTable(bySize) {
  const sizes = [...bySize.keys()].sort((a, b) => a - b)
  const metrics = new Map()
  for (const n of sizes) {
    for (const [name, m] of Object.entries(bySize.get(n))) {
      const key = sizeFree(name, n)
      if (!metrics.has(key)) metrics.set(key, { unit: m.unit, values: new Map() })
      metrics.get(key).values.set(n, m.value)
    }
  }
  const results = {}
  const groups = new Map()
  for (const [key, { unit, values }] of metrics) {
    const row = { metric: key, unit }
    for (const n of sizes) {
      if (!values.has(n)) continue
      results[`${key}@${n}`] = { value: values.get(n), unit }
      row[n.toLocaleString('en')] = values.get(n)
    }
    for (let i = 1; i < sizes.length; i++) {
      const [a, b] = [sizes[i - 1], sizes[i]]
      if (!values.has(a) || !values.has(b) || !values.get(a)) continue
      const growth = round2(values.get(b) / values.get(a))
      results[`${key}.growth@${a}-${b}`] = { value: growth, unit: 'count' }
      row[`×${a}→${b} (sizes ×${round2(b / a)})`] = growth
    }
    const group = key.split('.')[0]
    if (!groups.has(group)) groups.set(group, [])
    groups.get(group).push(row)
  }
  return { results, tables: [...groups].map(([group, rows]) => ({ title: `scale: ${group}`, rows })) }
}
