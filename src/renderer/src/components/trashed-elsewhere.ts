import type { App } from 'antd'

/** A stored record another window (or a merge, or the studio server) moved to the 回收站. */
export const isTrashed = (record: unknown): boolean =>
  typeof record === 'object' && record !== null && typeof (record as { deletedAt?: unknown }).deletedAt === 'string'

/**
 * A save met its record in the 回收站: writing into it would keep the person's changes where no
 * list shows them, and bringing it back without asking would undo someone's deletion. So ask:
 * 恢复并保存 restores it (with what was deleted together with it) and the save goes on;
 * 暂不保存 writes nothing. `what` names it as the page does (这条记录, 这份协议), the typing stays in the form and its draft.
 */
export function askRestoreFromTrash(modal: ReturnType<typeof App.useApp>['modal'], what: string): Promise<boolean> {
  return new Promise((answer) => {
    modal.confirm({
      title: `${what}已在其他窗口移入回收站`,
      content: `另一个窗口（或合并导入、同步）把它移入了回收站。要保存您的修改，需先把它从回收站恢复；也可以暂不保存，修改仍保留在这里。`,
      okText: '恢复并保存',
      cancelText: '暂不保存',
      onOk: () => answer(true),
      onCancel: () => answer(false),
    })
  })
}
