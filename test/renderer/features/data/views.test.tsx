// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MergeResultView } from '@renderer/features/data/MergeResultView'
import { BackupSummaryView } from '@renderer/features/data/BackupSummaryView'
import type { MergeResult } from '@renderer/db/merge'

beforeAll(() => {
  // antd's responsive helpers read matchMedia, which jsdom lacks.
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
})
afterEach(cleanup)

const zero = { persons: 0, projects: 0, progress: 0, sessions: 0, followUps: 0, frameworks: 0, assessments: 0, agreements: 0 }

describe('merge and backup views', () => {
  it('lists counts, conflicts and renumbered 编号', () => {
    const result: MergeResult = {
      remoteDeviceId: 'b', remoteStudioName: '福鼎社区工作站', remoteCreatedAt: '2025-06-01T02:00:00.000Z',
      added: { ...zero, sessions: 2 }, updated: { ...zero, persons: 1 }, deleted: { ...zero }, revisionsAdded: 3, conflictRevisions: 1, noop: false,
      conflicts: [{
        table: 'sessions', tableLabel: '督导记录', id: 's1', title: 'DD-2025-0001 2025-05-01', winner: 'local',
        localUpdatedAt: '2025-06-01T01:00:00.000Z', remoteUpdatedAt: '2025-05-31T01:00:00.000Z', localDeleted: false, remoteDeleted: true,
        reason: '两台电脑都修改了这条记录',
        fields: [],
      }],
      renumbered: [{ id: 's9', date: '2025-05-20', from: 'DD-2025-0004', to: 'DD-2025-0005' }],
    }
    render(<MergeResultView result={result} />)
    expect(screen.getByText(/来自“福鼎社区工作站”/).textContent).toContain('新增或更新了 3 条记录')
    expect(screen.getByText('冲突 1 条')).toBeTruthy()
    expect(screen.getByText('DD-2025-0001 2025-05-01')).toBeTruthy()
    expect(screen.getByText('本机版本')).toBeTruthy()
    expect(screen.getByText(/（已删除）/)).toBeTruthy()
    expect(screen.getByText('2025-05-20 的记录：DD-2025-0004 → DD-2025-0005')).toBeTruthy()
  })

  it('says when a file was already imported', () => {
    const noop = { noop: true } as MergeResult
    render(<MergeResultView result={noop} />)
    expect(screen.getByText(/已经导入过，没有需要合并的变更/)).toBeTruthy()
  })

  it('shows the studio, date and counts of a backup', () => {
    render(
      <BackupSummaryView
        fileName="督导工作台备份-林泉-20250601-1000.sgbak"
        summary={{
          studioName: '林泉高级社工师工作室', createdAt: '2025-06-01T02:00:00.000Z', appVersion: '0.1.0', schemaVersion: 1, deviceId: 'd', size: 20480,
          counts: [{ table: 'sessions', label: '督导记录', total: 12, live: 10 }],
        }}
      />,
    )
    expect(screen.getByText('林泉高级社工师工作室')).toBeTruthy()
    expect(screen.getByText('20.0 KB')).toBeTruthy()
    expect(screen.getByText('督导记录')).toBeTruthy()
    expect(screen.getByText('12')).toBeTruthy()
    expect(screen.getByText('2')).toBeTruthy()
  })
})
