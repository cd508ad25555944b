import { useEffect, useMemo, useRef, useState } from 'react'
import { Select } from 'antd'
import { parsePeriod, periodLabel, periodOf, periodRange, periodsEndingWith, type PeriodKind } from '@shared/domain/period'
import { whenIdle } from '../../components/when-idle'
import type { AssessedPeriods } from './dashboard-screen'

/**
 * The period menu. It waits for the assessed periods on its own, so their arrival (after the
 * first paint) redraws the menu and not the 200 cards; until then it lists the recent periods
 * without the （无评估） mark.
 */
export function PeriodSelect({ period, kind, today, assessedRead, onChange }: { period: string; kind: PeriodKind; today: string; assessedRead: () => Promise<AssessedPeriods>; onChange: (p: string) => void }) {
  const [assessed, setAssessed] = useState<AssessedPeriods>()
  const wanted = useRef<() => void>(() => undefined)
  // Asked for when the browser is first idle after the page has painted (or when the menu is
  // opened before that): the marks only label the menu, and the read's 30-odd replies would
  // otherwise hold up the frames after the first paint.
  useEffect(() => {
    let cancelled = false
    // assessedRead shares one read among its callers: asking twice costs nothing.
    const ask = () => {
      void assessedRead().then((v) => {
        if (!cancelled) setAssessed(v)
      })
    }
    wanted.current = ask
    const idle = whenIdle(ask)
    return () => {
      cancelled = true
      idle.cancel()
    }
  }, [assessedRead])
  const options = useMemo(() => {
    const withData = assessed?.all.filter((p) => parsePeriod(p)?.kind === kind)
    const recent = periodsEndingWith(periodOf(today, kind), 8)
    const all = [...new Set([...(withData ?? []), ...recent, period])].sort((a, b) => (periodRange(a).start < periodRange(b).start ? 1 : -1))
    return all.map((p) => ({ value: p, label: `${periodLabel(p)}${!withData || withData.includes(p) ? '' : '（无评估）'}` }))
  }, [assessed, period, kind, today])
  // The menu as wide as its longest label: "2025年第4季度（无评估）" does not fit the box.
  return (
    <Select
      aria-label="评估周期"
      value={period}
      options={options}
      onChange={onChange}
      onOpenChange={(open) => open && wanted.current()}
      style={{ width: 190 }}
      popupMatchSelectWidth={false}
    />
  )
}
