import { useState } from 'react'
import { App, Button, Input, Modal, Select, Space } from 'antd'
import { CloudSyncOutlined, FileWordOutlined, ImportOutlined } from '@ant-design/icons'
import { useSearchParams } from 'react-router-dom'
import type { DistrictConfig } from '@shared/district/config'
import { makePeriodCode, parsePeriod, periodLabel, type PeriodKind } from '@shared/domain/period'
import type { DistrictBoard } from '@shared/domain/district'
import { PeriodKindPicker } from '../../components/PeriodKindPicker'
import { recallPassword, rememberPassword } from '../../platform/sync-secrets'
import { describeDistrictError, importRollupFromDisk, syncDistrict, syncSummary } from './district-actions'
import { exportDistrictReport } from '../../reports/district-report'
import { describeError } from '../../app/errors'
import { isAbortError } from '../../reports/export-report'

/** The period, 立即同步, 导入汇总文件 and 导出区级汇总 above the 区级看板. */
export function DistrictToolbar({ board, period, config }: { board: DistrictBoard; period: string | null; config: DistrictConfig | null }) {
  const { message, modal } = App.useApp()
  const [, setSearch] = useSearchParams()
  const [busy, setBusy] = useState<'sync' | 'import' | 'export' | null>(null)
  const [asking, setAsking] = useState(false)
  const [password, setPassword] = useState('')

  const setPeriod = (p: string) => setSearch({ period: p }, { replace: true })
  const setKind = (k: PeriodKind) => {
    // The newest period of that kind the studios sent; else this year's first (an empty board says so).
    const year = parsePeriod(period ?? '')?.year ?? new Date().getFullYear()
    setPeriod(makePeriodCode(year, k, 1))
  }

  const run = async (kind: 'sync' | 'import' | 'export', fn: () => Promise<string | null>) => {
    setBusy(kind)
    try {
      const text = await fn()
      if (text) message.success(text)
    } catch (e) {
      if (kind === 'export') {
        if (!isAbortError(e)) message.error(describeError(e, 'export'))
      } else {
        modal.error({ title: kind === 'sync' ? '同步未完成' : '未导入', content: describeDistrictError(e) })
      }
    } finally {
      setBusy(null)
    }
  }

  const sync = async (given?: string) => {
    if (!config) return
    const pw = given ?? (await recallPassword())
    if (!pw) {
      setAsking(true)
      return
    }
    await run('sync', async () => {
      const r = await syncDistrict(config, pw)
      if (given) await rememberPassword(given)
      if (r.problems.length > 0) modal.warning({ title: `${syncSummary(r)}；以下工作室未能同步`, content: <ul>{r.problems.map((p) => <li key={p}>{p}</li>)}</ul> })
      return r.problems.length > 0 ? null : syncSummary(r)
    })
  }

  return (
    <Space wrap>
      <PeriodKindPicker aria-label="周期类型" value={board.kind} onChange={setKind} />
      <Select
        aria-label="汇总周期"
        style={{ minWidth: 160 }}
        value={period ?? undefined}
        placeholder="尚无汇总数据"
        options={[...board.periods].reverse().map((p) => ({ value: p, label: periodLabel(p) }))}
        onChange={setPeriod}
      />
      {config?.serverUrl ? (
        <Button icon={<CloudSyncOutlined />} loading={busy === 'sync'} onClick={() => void sync()}>
          立即同步
        </Button>
      ) : null}
      <Button icon={<ImportOutlined />} loading={busy === 'import'} onClick={() => void run('import', importRollupFromDisk)}>
        导入汇总文件
      </Button>
      <Button type="primary" icon={<FileWordOutlined />} disabled={!period} loading={busy === 'export'} onClick={() => period && void run('export', () => exportDistrictReport(period))}>
        {period ? `导出区级汇总（${periodLabel(period)}）` : '导出区级汇总'}
      </Button>
      <Modal
        title="区级账号密码"
        open={asking}
        okText="同步"
        cancelText="取消"
        onCancel={() => setAsking(false)}
        onOk={() => {
          setAsking(false)
          void sync(password)
          setPassword('')
        }}
      >
        <p>这台电脑不保存密码，请输入区级账号 {config?.username} 的密码（只在本次打开软件期间使用）。</p>
        <Input.Password aria-label="密码" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      </Modal>
    </Space>
  )
}
