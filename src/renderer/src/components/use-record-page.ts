import { useEffect, useRef, useState } from 'react'
import { App, type FormInstance } from 'antd'
import { useNavigate } from 'react-router-dom'
import type { Draft } from '@shared/model'
import { formatTimestamp } from '@shared/text/format'
import { describeError } from '../app/errors'
import { db } from '../db/connection'
import { getDraft } from '../db/drafts'
import { clearErrorsOnChange, isValidationError, showFieldErrors } from './form-errors'
import { useDraftAutosave } from './use-draft-autosave'
import { useLeaveGuard } from './use-leave-guard'
import { useRecordLoadGuard } from './use-record-load-guard'
import { VersionConflictError } from '../db/write'
import { useLive } from '../db/use-live'
import type { StoredVersion } from '../db/records'
import type { FieldFormat } from './ConflictDialog'
import { useConflictResolver } from './use-conflict-resolver'
import { askRestoreFromTrash, isTrashed } from './trashed-elsewhere'

/** A record a page edits until it is 已定稿 (督导记录, 项目评估). */
export interface FinalizableRecord {
  id: string
  status: string
  /** Its version (domain/record-version.ts): what the page's save tells the write it loaded. */
  rev?: number
}

/**
 * How a page settles a save that met a newer stored version of its record (another window, a
 * merge, the studio server): its content field by field, and the stored record now.
 */
export interface RecordConflict<R, V> {
  /** The form's content as plain fields to compare (the input shape: no dayjs, no derived fields). */
  fieldsOf: (values: V) => Record<string, unknown>
  /** Form values for merged fields. */
  valuesOf: (fields: Record<string, unknown>) => V
  /** The stored record now and its form values; null when it is gone (deleted for good). */
  reload: (id: string) => Promise<{ record: R; values: V; apply?: () => void } | null>
  /** The stored record's version now: a small read the page keeps live to notice changes made elsewhere. */
  stored: (id: string) => Promise<StoredVersion | undefined>
  /** Brings the record (and what was deleted with it) back from the 回收站 before a save into it. */
  restore: (id: string) => Promise<void>
  labels: Readonly<Record<string, string>>
  format?: FieldFormat
}

/** What a page's load found: the record (null for a new one) and the form's values for it. */
export type RecordLoad<R, V> =
  | {
      record: R | null
      values: V
      /** Sets the page's own state that goes with the record (the assessment's framework), as the form is filled. */
      apply?: () => void
    }
  | { missing: true }
  /** The record asked for exists under another id (an assessment of the same project and period). */
  | { moveTo: string }

/** What a write stored, and how the page says so. */
export interface RecordWrite<R> {
  record: R
  /** The success message, e.g. `已保存 DD-2025-0001`. */
  message: string
  /** Puts what was stored on screen, with the record. */
  show?: () => void
}

export interface RecordPageOptions<R extends FinalizableRecord, V, I> {
  form: FormInstance<V>
  /** The record's id from the route; null for a new one. */
  recordId: string | null
  /** The list (返回列表), and where a new record's page moves once saved: `<basePath>/<id>`. */
  basePath: string
  /** The page loads again when one of these changes: the record's id, the query of a new one. */
  loadOn: readonly unknown[]
  load: () => Promise<RecordLoad<R, V>>
  /** Called when the record does not exist or is in the 回收站. */
  onMissing?: () => void
  /** The form's values now, as the draft and the save read them. */
  values: () => V
  draft: {
    key: string
    kind: Draft['kind']
    /** The values as the drafts table keeps them (plain JSON). */
    of: (values: V) => unknown
    /** Puts a stored draft back into the form. */
    restore: (data: unknown) => void | Promise<void>
    /** False while the page cannot keep a draft yet. */
    enabled?: boolean
  }
  /** '这条记录' / '这份评估': where the leave guard says the draft will be offered back. */
  what: string
  /** 保存: the checked input (null when the page showed what is wrong), and its write. */
  check: () => I | null
  write: (input: I, record: R | null) => Promise<RecordWrite<R>>
  /** 撤销定稿 with the user's reason, and the message after it. */
  unfinalize: (id: string, reason: string) => Promise<R>
  unfinalized: string
  /** A write refused for a wrong field also says so in a message (besides marking the field). */
  announceInvalid?: boolean
  /** Handles a failed write the page knows better (a duplicate); true when handled. */
  onWriteError?: (error: unknown) => boolean
  conflict?: RecordConflict<R, V>
}

/**
 * What the 督导记录 and 项目评估 pages share: the record loaded when the route changes (not
 * the one the page has just created), an unsaved draft offered back, every edit kept as a draft,
 * the leave guard, Ctrl+S, 保存 / 定稿 / 撤销定稿 and what a failed write shows: a wrong field at
 * the field, anything else as one Chinese sentence (a locked record's own sentence among them).
 */
export function useRecordPage<R extends FinalizableRecord, V, I>(options: RecordPageOptions<R, V, I>) {
  const { form, recordId, basePath } = options
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const [record, setRecord] = useState<R | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [missing, setMissing] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [undoOpen, setUndoOpen] = useState(false)
  /** True while a write runs, or once the page leaves for another record: neither is a leave to ask about. */
  const savingRef = useRef(false)
  const loadGuard = useRecordLoadGuard()
  const locked = record?.status === '已定稿'
  /** The record as the write must find it (its version), current even inside a running save. */
  const recordRef = useRef<R | null>(null)
  /** The form's content as last loaded or saved: the ancestor of a conflict. */
  const baseRef = useRef<Record<string, unknown> | null>(null)
  const resolver = useConflictResolver()
  const showRecord = (r: R | null) => {
    recordRef.current = r
    setRecord(r)
  }
  const conflict = options.conflict
  const stored = useLive(conflict && record ? () => conflict.stored(record.id) : null, [record?.id])
  /** Another window (or a merge) saved this record after the page loaded it. */
  const changedElsewhere = loaded && !!record && stored !== undefined && stored.rev !== (record.rev ?? 1) && !saving
  /** …and that write moved it to the 回收站. */
  const trashedElsewhere = changedElsewhere && stored.trashed

  const autosave = useDraftAutosave({
    key: options.draft.key,
    kind: options.draft.kind,
    recordId,
    enabled: loaded && !locked && (options.draft.enabled ?? true),
    read: () => options.draft.of(options.values()),
  })

  // Load the record (or start a new one), then offer an unsaved draft back.
  useEffect(() => {
    const token = loadGuard.begin(recordId)
    if (token === null) return
    let cancelled = false
    savingRef.current = false
    setLoaded(false)
    setDirty(false)
    setMissing(false)
    void (async () => {
      const found = await options.load()
      if ('moveTo' in found) {
        if (!cancelled) navigate(found.moveTo, { replace: true })
        return
      }
      if ('missing' in found) {
        if (cancelled) return
        showRecord(null)
        setMissing(true)
        setLoaded(true)
        options.onMissing?.()
        return
      }
      const draft = found.record?.status === '已定稿' ? undefined : await getDraft(db, options.draft.key)
      if (cancelled) return
      if (loadGuard.overtaken(token)) {
        setLoaded(true)
        return
      }
      found.apply?.()
      showRecord(found.record)
      form.resetFields()
      form.setFieldsValue(found.values as Parameters<typeof form.setFieldsValue>[0])
      baseRef.current = conflict ? conflict.fieldsOf(found.values) : null
      if (draft && JSON.stringify(draft.data) !== JSON.stringify(options.draft.of(found.values))) {
        modal.confirm({
          title: '发现未保存的草稿，是否恢复？',
          content: `草稿保存于 ${formatTimestamp(draft.updatedAt)}。`,
          okText: '恢复草稿',
          cancelText: '丢弃草稿',
          onOk: () => {
            const restoring = options.draft.restore(draft.data)
            if (restoring) return restoring.then(() => setDirty(true))
            setDirty(true)
          },
          onCancel: () => void autosave.discard(),
        })
      }
      setLoaded(true)
    })()
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the load runs for what the page names in loadOn; its functions are that render's
  }, options.loadOn)

  useLeaveGuard({ dirty, saving: savingRef, autosave, what: options.what })

  /**
   * Shows what changed on each side since the form loaded the record and puts the merged content
   * in the form, with the stored version as the one the next save expects. True when merged.
   */
  const mergeWithStored = async (confirmText: string): Promise<boolean> => {
    const current = recordRef.current
    if (!conflict || !current) return false
    const latest = await conflict.reload(current.id)
    if (!latest) {
      message.error('这条记录已被彻底删除，无法保存到原记录。您填写的内容仍保留在草稿中。')
      return false
    }
    if (isTrashed(latest.record)) return restoreThenMerge(confirmText)
    const merged = await resolver.ask({
      base: baseRef.current,
      mine: conflict.fieldsOf(options.values()),
      theirs: conflict.fieldsOf(latest.values),
      labels: conflict.labels,
      format: conflict.format,
      confirmText,
      drafted: true,
    })
    if (merged === null) return false
    latest.apply?.()
    showRecord(latest.record)
    baseRef.current = conflict.fieldsOf(latest.values)
    form.setFieldsValue(conflict.valuesOf(merged) as Parameters<typeof form.setFieldsValue>[0])
    setDirty(true)
    autosave.schedule()
    return true
  }

  /** The record went to the 回收站 elsewhere: back only when the person says so, then merged as any newer version. */
  const restoreThenMerge = async (confirmText: string): Promise<boolean> => {
    const current = recordRef.current
    if (!conflict || !current || !(await askRestoreFromTrash(modal, options.what))) return false
    try {
      await conflict.restore(current.id)
    } catch (e) {
      message.error(describeError(e, 'save'))
      return false
    }
    const latest = await conflict.reload(current.id)
    if (!latest || isTrashed(latest.record)) return false
    // Nobody changed its content meanwhile (only moved it away and back): the form's content is the merge.
    if (JSON.stringify(conflict.fieldsOf(latest.values)) === JSON.stringify(baseRef.current)) {
      latest.apply?.()
      showRecord(latest.record)
      return true
    }
    return mergeWithStored(confirmText)
  }

  const writeFailed = (e: unknown) => {
    if (options.onWriteError?.(e)) return
    if (isValidationError(e)) {
      showFieldErrors(form, e.fields)
      if (options.announceInvalid) message.error(e.message)
    } else message.error(describeError(e, 'save'))
  }

  /** Runs a write of the form (保存, or 定稿 with its content); a new record's page then moves to its id. */
  const commit = async (write: () => Promise<RecordWrite<R>>) => {
    let conflicted = false
    savingRef.current = true
    setSaving(true)
    try {
      // The draft first: a crash between Ctrl+S and the commit leaves the typing in it. The save
      // deletes the draft in the transaction that stores the record.
      await autosave.flush()
      loadGuard.writing()
      const done = await write()
      showRecord(done.record)
      done.show?.()
      if (conflict) baseRef.current = conflict.fieldsOf(options.values())
      setDirty(false)
      message.success(done.message)
      if (!recordId) {
        loadGuard.created(done.record.id)
        navigate(`${basePath}/${done.record.id}`, { replace: true })
      }
    } catch (e) {
      if (e instanceof VersionConflictError && conflict) conflicted = true
      else writeFailed(e)
    } finally {
      savingRef.current = false
      setSaving(false)
    }
    // Settled after the save's own state is cleared: the dialog waits for a person.
    if (conflicted && (await mergeWithStored('保存合并结果'))) await save()
    else if (conflicted) message.warning('尚未保存：冲突未处理。您填写的内容仍在表单和草稿中。')
  }

  const save = async (): Promise<void> => {
    if (locked || savingRef.current) return
    const input = options.check()
    if (input === null) return
    await commit(() => options.write(input, recordRef.current))
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  /** Writes the stored record's status alone (定稿 of a saved record, 撤销定稿). */
  const changeStatus = async (write: () => Promise<R>, success: string, after?: () => void) => {
    try {
      loadGuard.writing()
      showRecord(await write())
      after?.()
      message.success(success)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  const undoFinalize = async (reason: string) => {
    if (!record) return
    await changeStatus(() => options.unfinalize(record.id, reason), options.unfinalized, () => setUndoOpen(false))
  }

  /** For the form's onValuesChange: clears the edited fields' errors; true when the edit counts (the form is loaded). */
  const edited = (changed: object): boolean => {
    clearErrorsOnChange(form)(changed as Record<string, unknown>)
    if (!loaded) return false
    setDirty(true)
    autosave.schedule()
    return true
  }

  /** Leaves for another page without the leave guard (the user chose to open another record). */
  const leaveFor = (path: string) => {
    savingRef.current = true
    navigate(path)
  }

  return {
    record,
    /** The stored record moved on since this page loaded it (another window, a merge, the server). */
    changedElsewhere,
    trashedElsewhere,
    /** 查看差异: the other side's changes, merged into the form when the user agrees. */
    showChanges: () => void mergeWithStored('合并到表单'),
    /** The 冲突 dialog: render it in the page. */
    conflictDialog: resolver.element,
    locked,
    loaded,
    missing,
    dirty,
    saving,
    save,
    commit,
    changeStatus,
    writeFailed,
    edited,
    leaveFor,
    list: () => navigate(basePath),
    undo: { open: undoOpen, show: () => setUndoOpen(true), close: () => setUndoOpen(false), confirm: undoFinalize },
  }
}
