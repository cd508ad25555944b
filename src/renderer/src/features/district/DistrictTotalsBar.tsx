import type { DistrictTotals } from '@shared/domain/district'
import { completionText, hoursText } from './district-text'
import { ColourTiles } from '../dashboard/ColourTiles'

/** The district's sums for the period: each tile one figure, read aloud with its label. */
export function DistrictTotalsBar({ totals, single = false }: { totals: DistrictTotals; single?: boolean }) {
  const f = totals.followUps
  const tiles = [
    ...(single ? [] : [{ label: '汇总工作室', value: `${totals.studios}`, unit: '个' }]),
    { label: '督导次数', value: `${totals.sessions}`, unit: '次' },
    { label: '督导时数', value: hoursText(totals.minutes).replace(' 小时', ''), unit: '小时' },
    { label: '覆盖被督导者', value: `${totals.superviseesCovered}`, unit: '人' },
    { label: '逾期跟进事项', value: `${f.overdue}`, unit: `项（共 ${f.total} 项，完成 ${f.done} 项）` },
    { label: '按计划完成率', value: completionText(totals.plan?.completionTenths ?? null), unit: totals.plan ? `（${totals.plan.studios} 个工作室有督导计划）` : '（无督导计划）' },
  ]
  return (
    <>
      <div className="district-figures" role="list" aria-label={single ? '本工作室合计' : '全区合计'}>
        {tiles.map((t) => (
          <div key={t.label} role="listitem" className="district-figure" aria-label={`${t.label} ${t.value} ${t.unit}`}>
            <div className="muted">{t.label}</div>
            <div className="district-figure-value">
              {t.value}
              <small> {t.unit}</small>
            </div>
          </div>
        ))}
      </div>
      <ColourTiles data={{ counts: totals.colours, draftCount: 0 }} />
    </>
  )
}
