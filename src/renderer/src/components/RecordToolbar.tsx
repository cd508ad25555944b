import type { ReactNode } from 'react'
import { Alert, Button, Space, Tag } from 'antd'
import type { FinalizableRecord } from './use-record-page'
import { UndoFinalizeModal } from './UndoFinalizeModal'
import { FINALIZE_SHORTCUT, useFinalizeShortcut } from './use-finalize-shortcut'

/** What the toolbar reads of `useRecordPage`. */
export interface RecordToolbarPage {
  record: FinalizableRecord | null
  locked: boolean
  dirty: boolean
  saving: boolean
  save: () => Promise<void>
  list: () => void
  undo: { open: boolean; show: () => void; close: () => void; confirm: (reason: string) => Promise<void> }
  /** The stored record moved on since the page loaded it; 查看差异 shows and merges the changes. */
  changedElsewhere?: boolean
  /** …into the 回收站: a save asks before bringing it back. */
  trashedElsewhere?: boolean
  showChanges?: () => void
  conflictDialog?: ReactNode
}

/**
 * The head of a record page: title, 状态 and 未保存 tags, 返回列表, the page's own buttons,
 * then 撤销定稿 once 已定稿, else 定稿 and 保存（Ctrl+S）; below it the read-only notice of a
 * 已定稿 record; and the 撤销定稿 dialog its button opens.
 */
export function RecordToolbar({
  page,
  titleId,
  title,
  tags,
  actions,
  onFinalize,
  finalizeDisabled,
  lockedNotice,
  undoExplanation,
}: {
  page: RecordToolbarPage
  titleId: string
  title: string
  /** Tags after the 状态 tag (the assessment's period). */
  tags?: ReactNode
  /** Buttons between 返回列表 and 定稿/撤销定稿. */
  actions?: ReactNode
  /** 定稿; no button without it (a record not yet saved). */
  onFinalize?: () => void
  finalizeDisabled?: boolean
  lockedNotice: { message: string; description: string }
  undoExplanation: string
}) {
  useFinalizeShortcut(onFinalize, !page.locked && !finalizeDisabled)
  return (
    <>
      <div className="toolbar">
        <h1 className="page-title" id={titleId} style={{ margin: 0 }}>
          {title}
        </h1>
        {page.record ? <Tag color={page.locked ? 'green' : 'default'}>{page.record.status}</Tag> : null}
        {tags}
        {page.dirty && !page.locked ? <Tag color="orange">有未保存的修改（已存草稿）</Tag> : null}
        <span className="spacer" />
        <Space wrap>
          <Button onClick={page.list}>返回列表</Button>
          {actions}
          {page.locked ? (
            <Button onClick={page.undo.show}>撤销定稿</Button>
          ) : (
            <>
              {onFinalize ? (
                <Button onClick={onFinalize} disabled={finalizeDisabled} title={`定稿（${FINALIZE_SHORTCUT.label}）`} aria-keyshortcuts={FINALIZE_SHORTCUT.aria}>
                  定稿
                </Button>
              ) : null}
              <Button type="primary" onClick={() => void page.save()} loading={page.saving} title="Ctrl+S">
                保存（Ctrl+S）
              </Button>
            </>
          )}
        </Space>
      </div>
      {page.trashedElsewhere ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="此记录已在其他窗口移入回收站"
          description="您的修改仍在表单和草稿中。保存时会先询问是否把它从回收站恢复。"
        />
      ) : page.changedElsewhere ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="此记录已在其他窗口修改"
          description="另一个窗口（或合并导入、同步）保存了这条记录。您的修改仍在表单中；保存前可先查看差异并合并。"
          action={
            page.showChanges ? (
              <Button size="small" onClick={page.showChanges}>
                查看差异
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {page.locked ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={lockedNotice.message} description={lockedNotice.description} /> : null}
      {page.conflictDialog}
      <UndoFinalizeModal open={page.undo.open} explanation={undoExplanation} onConfirm={page.undo.confirm} onClose={page.undo.close} />
    </>
  )
}
