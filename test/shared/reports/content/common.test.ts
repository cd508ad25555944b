import { describe, expect, it } from 'vitest'
import { modeSharesTable } from '@shared/reports/content/common'

describe('modeSharesTable: 督导方式 with their share of the sessions', () => {
  it('shares that add up to the 合计’s 100.0% (largest remainder), hours as given', () => {
    const table = modeSharesTable(
      '各督导方式的次数与时数（2025年第1季度）',
      [
        { key: '个别督导', count: 1, hours: '1.0' },
        { key: '团体督导', count: 1, hours: '2.5' },
        { key: '现场督导', count: 1, hours: '0.5' },
      ],
      { count: 3, hours: '4.0' },
    )
    expect(table.caption).toBe('各督导方式的次数与时数（2025年第1季度）')
    expect(table.columns.map((c) => c.header)).toEqual(['督导方式', '督导次数', '督导时数（小时）', '占督导次数'])
    expect(table.rows).toEqual([
      ['个别督导', '1', '1.0', '33.4%'],
      ['团体督导', '1', '2.5', '33.3%'],
      ['现场督导', '1', '0.5', '33.3%'],
      [{ text: '合计', bold: true, align: 'center' }, { text: '3', bold: true }, { text: '4.0', bold: true }, '100.0%'],
    ])
  })

  it('no session: no share in the 合计', () => {
    const table = modeSharesTable('x', [{ key: '个别督导', count: 0, hours: '0.0' }], { count: 0, hours: '0.0' })
    expect(table.rows.at(-1)).toEqual([{ text: '合计', bold: true, align: 'center' }, { text: '0', bold: true }, { text: '0.0', bold: true }, '—'])
  })
})
