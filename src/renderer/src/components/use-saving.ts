/**
 * The busy flag and message ladder around one write from a button: busy while it runs, its
 * success text when it returns one, the Chinese description of what went wrong otherwise
 * (app/errors.ts). Forms with a record to load and keep use useRecordForm/useRecordPage instead.
 */
import { useState } from 'react'
import { App } from 'antd'
import { describeError, type FailedAction } from '../app/errors'

export function useSaving(action: FailedAction = 'save') {
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  /** Runs `work`; resolves true when it succeeded. `work` returns the success text, or nothing to say. */
  const run = async (work: () => Promise<string | null | void>): Promise<boolean> => {
    setSaving(true)
    try {
      const done = await work()
      if (done) message.success(done)
      return true
    } catch (e) {
      message.error(describeError(e, action))
      return false
    } finally {
      setSaving(false)
    }
  }
  return { saving, run }
}
