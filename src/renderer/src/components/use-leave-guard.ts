import { useEffect, type RefObject } from 'react'
import { App } from 'antd'
import { useBlocker } from 'react-router-dom'

/**
 * A form with unsaved changes asks before the user leaves it: another screen of the app asks
 * with a dialog (the draft is flushed first, so it can be offered back), and in a browser tab
 * closing or reloading asks too (Electron would close without asking, so it is left out there).
 */
export function useLeaveGuard(options: {
  dirty: boolean
  /** True while a save runs: the navigation that follows a save is not a leave. */
  saving: RefObject<boolean>
  autosave: { flush: () => Promise<void> }
  /** '这条记录' / '这份评估': where the draft will be offered back. */
  what: string
}) {
  const { dirty, saving, autosave, what } = options
  const { modal } = App.useApp()
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !saving.current && currentLocation.pathname !== nextLocation.pathname)
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    modal.confirm({
      title: '有尚未保存的修改，确定离开吗？',
      content: `内容已自动存为草稿，下次打开${what}时可以恢复。`,
      okText: '离开',
      cancelText: '留下继续编辑',
      onOk: () => {
        void autosave.flush().then(() => blocker.proceed())
      },
      onCancel: () => blocker.reset(),
    })
  }, [blocker, modal, autosave, what])

  useEffect(() => {
    if (!dirty || window.studio) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      void autosave.flush()
      e.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty, autosave])
}
