import { useCallback, useState } from 'react'
import { Alert, Button, Modal, Progress, Space, Steps, Typography } from 'antd'
import { cellText, importBlockers, ImportCancelledError, undecidedColumns, type PreviewRow, type ReadProgress } from '@shared/excel'
import { db } from '../../db/connection'
import { allPersons } from '../../db/persons'
import { allProjects } from '../../db/projects'
import { getImportSynonyms } from '../../db/excel-import-settings'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import { ExcelMappingStep } from './ExcelMappingStep'
import { ExcelPreviewStep } from './ExcelPreviewStep'
import { ExcelRowEditor } from './ExcelRowEditor'
import { ExcelImportSummary } from './ExcelImportSummary'
import { useExcelImport } from './use-excel-import'
import { BulkProgressView } from './BulkProgress'
import { BulkWriteCancelled } from '../../db/bulk-write'

interface Props {
  fileName: string
  bytes: Uint8Array
  onClose: () => void
}

const STEP = { reading: 0, mapping: 0, preview: 1, done: 2 } as const

function progressPercent(p: ReadProgress | null): number {
  if (!p) return 0
  if (p.stage === 'load') return p.done === 0 ? 5 : 60
  return 60 + Math.round((40 * p.done) / Math.max(1, p.total))
}

/** 导入旧督导记录: 读取 → 对应列 → 预览与检查（可逐行修改） → 完成. */
export function ExcelImportModal({ fileName, bytes, onClose }: Props) {
  const [error, setError] = useState<string | null>(null)
  const onError = useCallback(
    (e: unknown) => setError(e instanceof ImportCancelledError ? null : e instanceof BulkWriteCancelled ? '已取消导入，数据没有改动。' : describeError(e, 'save')),
    [],
  )
  const im = useExcelImport(fileName, bytes, onError)
  const persons = useLive(() => allPersons(db), []) ?? []
  const projects = useLive(() => allProjects(db), []) ?? []
  const synonyms = useLive(() => getImportSynonyms(db), []) ?? []
  const [editing, setEditing] = useState<PreviewRow | null>(null)
  const { phase, choice, sheet, sp, actions } = im

  const cancel = () => {
    // While the import writes, 取消 stops the write (nothing is kept) and the preview stays.
    if (im.writeProgress) return actions.cancelWriting()
    actions.cancelReading()
    onClose()
  }
  const waiting = choice ? undecidedColumns(choice.setup.plan, choice.columns) : []
  const dateMissing = choice ? !choice.setup.plan.some((c) => c.kind === 'field' && c.field === 'date') : true
  const blockers = sp ? importBlockers(sp.preview, im.decisions, im.yearConfirmed) : []

  const footer =
    phase === 'reading' ? (
      <Button onClick={cancel}>取消</Button>
    ) : phase === 'mapping' ? (
      <Space>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" onClick={actions.toPreview} loading={im.busy} disabled={!sheet || dateMissing || waiting.length > 0}>
          下一步：预览
        </Button>
      </Space>
    ) : phase === 'preview' ? (
      <Space>
        {blockers.length > 0 && <Typography.Text type="warning">{blockers[0]}</Typography.Text>}
        <Button onClick={actions.backToMapping} disabled={im.busy}>
          上一步
        </Button>
        <Button onClick={im.writeProgress ? actions.cancelWriting : onClose}>取消</Button>
        <Button type="primary" onClick={actions.commit} loading={im.busy} disabled={blockers.length > 0}>
          导入 {sp?.preview.counts.ok ?? 0} 条
        </Button>
      </Space>
    ) : (
      <Button type="primary" onClick={onClose}>
        完成
      </Button>
    )

  const headers = sheet && choice ? (sheet.rows[choice.setup.headerRow] ?? []).map((c) => cellText(c)) : []
  return (
    <Modal
      open
      title={`导入旧督导记录：${fileName}`}
      width={1180}
      onCancel={cancel}
      footer={footer}
      maskClosable={false}
      destroyOnHidden
      // The footer's buttons stay in view however long the column list or the preview is.
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Steps current={STEP[phase]} size="small" style={{ marginBottom: 16 }} items={[{ title: '对应列' }, { title: '预览与检查' }, { title: '完成' }]} />
      {error && <Alert type="error" showIcon closable style={{ marginBottom: 12 }} title={error} onClose={() => setError(null)} />}
      {phase === 'reading' && !error && (
        <div aria-label="正在读取" style={{ padding: '32px 0' }}>
          <Typography.Paragraph>
            正在读取工作簿{im.progress?.stage === 'rows' ? `：已读 ${im.progress.done} / ${im.progress.total} 行` : '…'}（可以随时取消，不会写入任何数据）
          </Typography.Paragraph>
          <Progress aria-label="读取进度" percent={progressPercent(im.progress)} status="active" />
        </div>
      )}
      {phase === 'mapping' && sheet && choice && im.sheets && (
        <>
          {dateMissing && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="尚未对应“督导日期”列：没有日期无法导入。" />}
          <ExcelMappingStep
            sheets={im.sheets}
            ledgers={im.ledgers}
            done={im.sheets.map((_, i) => im.doneSheets.includes(i))}
            sheet={sheet}
            choice={choice}
            persons={persons}
            synonyms={synonyms}
            onSheet={actions.chooseSheet}
            onHeaderRow={actions.setHeaderRow}
            onColumn={actions.chooseColumn}
            onDefaults={actions.setDefaults}
            onValueChoice={actions.setValueChoice}
            onYear={actions.setYear}
          />
        </>
      )}
      {phase === 'preview' && im.writeProgress && <BulkProgressView progress={im.writeProgress} label="正在导入" />}
      {phase === 'preview' && sp && choice && (
        <ExcelPreviewStep
          sp={sp}
          setup={choice.setup}
          decisions={im.decisions}
          yearConfirmed={im.yearConfirmed}
          projects={projects}
          onDecide={actions.decide}
          onDecideAll={actions.decideAll}
          onConfirmYear={actions.confirmYear}
          onChangeYear={actions.backToMapping}
          onEdit={setEditing}
        />
      )}
      {phase === 'done' && im.outcome && sheet && choice && (
        <ExcelImportSummary
          result={im.outcome.result}
          report={im.outcome.report}
          sheet={sheet}
          headerRow={choice.setup.headerRow}
          nextSheet={im.nextLedger !== undefined && im.sheets ? im.sheets[im.nextLedger]!.name : null}
          onNextSheet={() => im.nextLedger !== undefined && actions.chooseSheet(im.nextLedger)}
        />
      )}
      {editing && sp && sheet && (
        <ExcelRowEditor
          row={editing}
          headers={headers}
          cells={sheet.rows[editing.rowNumber - 1] ?? []}
          fix={im.fixes.get(editing.rowNumber) ?? {}}
          check={(fix) => sp.reader.read(editing.rowNumber - 1, fix)}
          personNames={persons.filter((p) => p.deletedAt === null).map((p) => p.name)}
          projectNames={[...new Set([...projects.filter((p) => p.deletedAt === null).map((p) => p.name), ...sp.preview.projects.map((p) => p.name)])]}
          onSave={(fix) => {
            actions.applyFix(editing.rowNumber, fix)
            setEditing(null)
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Modal>
  )
}
