import { memo } from 'react'
import type { DashboardRow } from '@shared/domain/dashboard'
import { dropReasonsText } from '@shared/domain/supervision-index/drop-reasons'
import { ColourTag } from '../../charts/ColourTag'
import { ChangeText } from './ChangeText'

/**
 * One project's card. Its parts are direct children of the article, placed by the card's grid
 * (dashboard.css), not wrapped in rows: three elements fewer on each of 200 cards.
 */
function ProjectCard({ row, selected, onSelect, period }: { row: DashboardRow; selected: boolean; onSelect: () => void; period: string }) {
  // Focusable, Enter or Space shows it in the side panel as a click does: keyboard users can
  // choose a project too (aria-current marks the one shown).
  return (
    <article
      role="listitem"
      tabIndex={0}
      className={`db-card${selected ? ' db-card-selected' : ''}`}
      aria-label={`${row.name} ${row.colourLabel}`}
      aria-current={selected ? 'true' : undefined}
      data-colour={row.colour ?? ''}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return
        e.preventDefault()
        onSelect()
      }}
    >
      <span className="db-rank">{row.rank !== null ? `第 ${row.rank} 名` : ''}</span>
      <ColourTag colour={row.colour} grade={row.grade} empty={row.state === '草稿' ? '草稿（未定稿）' : '未评估'} />
      <h3 className="db-card-name" title={row.name}>
        {row.name}
      </h3>
      <div className="muted db-card-community">{row.community}</div>
      {/* 分 is the span's ::after (dashboard.css): one element fewer on each of 200 cards. */}
      <span className={row.totalTenths !== null ? 'db-total db-total-points' : 'db-total'} aria-label="总分">
        {row.totalText}
      </span>
      {row.totalTenths !== null ? <ChangeText row={row} /> : null}
      {row.dropReasons.length > 0 ? (
        <span className="db-drop" title={dropReasonsText(row.dropReasons)}>
          {row.dropReasons.some((r) => r.kind === 'veto') ? '一票否决' : row.dropReasons.some((r) => r.kind === 'overdueDrop') ? '逾期降级' : '跟进逾期'}
        </span>
      ) : null}
      {/* Plain links: 200 router <Link>s cost more than the cards around them. */}
      {row.assessmentId ? (
        <a className="db-card-link" href={`#/assessments/${row.assessmentId}`} onClick={(e) => e.stopPropagation()}>
          {row.state === '草稿' ? '继续评估' : '打开评估'}
        </a>
      ) : (
        <a className="db-card-link" href={`#/assessments/new?project=${row.projectId}&period=${period}`} onClick={(e) => e.stopPropagation()}>
          去评估
        </a>
      )}
    </article>
  )
}

/** The project cards, in rank order; memoised so choosing a project redraws only two cards' outline. */
export const ProjectCards = memo(function ProjectCards({ rows, period, selectedId, onSelect }: { rows: readonly DashboardRow[]; period: string; selectedId: string | undefined; onSelect: (id: string) => void }) {
  return (
    <div className="db-cards" role="list" aria-label="项目">
      {rows.map((row) => (
        <ProjectCard key={row.projectId} row={row} period={period} selected={row.projectId === selectedId} onSelect={() => onSelect(row.projectId)} />
      ))}
    </div>
  )
})
