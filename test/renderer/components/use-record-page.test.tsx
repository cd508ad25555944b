// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp, Form, Input } from 'antd'
import { createMemoryRouter, RouterProvider, useParams } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ValidationError } from '@shared/model'
import { VersionConflictError } from '@renderer/db/write'
import { RecordToolbar } from '@renderer/components/RecordToolbar'
import { useRecordPage, type RecordWrite } from '@renderer/components/use-record-page'
import { antdInJsdom } from '../antd-jsdom'

/** A record as small as a page of this kind needs. */
interface Note {
  id: string
  status: '草稿' | '已定稿'
  text: string
  rev?: number
  deletedAt?: string | null
}
interface Values {
  text: string
}

let notes: Map<string, Note>
let loads: (string | null)[]
let write: (input: Values, record: Note | null) => Promise<RecordWrite<Note>>
let unfinalize: (id: string, reason: string) => Promise<Note>

function NotePage() {
  const { id } = useParams()
  const recordId = id && id !== 'new' ? id : null
  const [form] = Form.useForm<Values>()
  const page = useRecordPage<Note, Values, Values>({
    form,
    recordId,
    basePath: '/notes',
    loadOn: [recordId],
    load: async () => {
      loads.push(recordId)
      if (!recordId) return { record: null, values: { text: '' } }
      const note = notes.get(recordId)
      return note ? { record: note, values: { text: note.text } } : { missing: true }
    },
    onMissing: () => missing(),
    values: () => form.getFieldsValue(true) as Values,
    draft: { key: `note:${recordId ?? 'new'}`, kind: 'session', of: (v) => ({ text: v.text ?? '' }), restore: (data) => form.setFieldsValue(data as Values) },
    what: '这条记录',
    check: () => {
      const v = form.getFieldsValue(true) as Values
      if (v.text) return { text: v.text }
      form.setFields([{ name: 'text', errors: ['请填写内容'] }])
      return null
    },
    write: (input, record) => write(input, record),
    unfinalize: (noteId, reason) => unfinalize(noteId, reason),
    unfinalized: '已撤销定稿',
    conflict: {
      fieldsOf: (v) => ({ text: v.text ?? '' }),
      valuesOf: (f) => ({ text: String(f.text ?? '') }),
      reload: async (noteId) => {
        const note = notes.get(noteId)
        return note ? { record: note, values: { text: note.text } } : null
      },
      stored: async (noteId) => {
        const note = notes.get(noteId)
        return note ? { rev: note.rev ?? 1, trashed: typeof note.deletedAt === 'string' } : undefined
      },
      restore: async (noteId) => {
        const note = notes.get(noteId)!
        notes.set(noteId, { ...note, deletedAt: null, rev: (note.rev ?? 1) + 1 })
      },
      labels: { text: '内容' },
    },
  })
  return (
    <section data-record-id={recordId ?? 'new'}>
      <RecordToolbar
        page={page}
        titleId="note-title"
        title={page.record ? `记录 ${page.record.id}` : '新建记录'}
        lockedNotice={{ message: '本记录已定稿，内容只读。', description: '如需修改，请撤销定稿。' }}
        undoExplanation="撤销后记录可再次编辑。"
      />
      <Form form={form} disabled={page.locked || !page.loaded} onValuesChange={page.edited}>
        <Form.Item name="text" label="内容">
          <Input aria-label="内容" />
        </Form.Item>
      </Form>
    </section>
  )
}
const missing = vi.fn()

function open(path: string) {
  const router = createMemoryRouter([{ path: '/notes/:id', element: <NotePage /> }, { path: '/notes', element: <p>列表</p> }], { initialEntries: [path] })
  render(
    <AntApp>
      <RouterProvider router={router} />
    </AntApp>,
  )
  return router
}

async function draftOfN1(text: string) {
  const { db } = await import('@renderer/db/connection')
  const { saveDraft } = await import('@renderer/db/drafts')
  await saveDraft(db, 'note:n1', 'session', 'n1', { text })
}

const button = (name: string) => screen.getAllByRole('button').find((b) => b.textContent?.replace(/\s/g, '') === name)!
const messages = () => [...document.querySelectorAll('.ant-message-notice')].map((n) => n.textContent)
const ctrlS = () => fireEvent.keyDown(window, { key: 's', ctrlKey: true })

beforeAll(antdInJsdom)
beforeEach(async () => {
  const { db } = await import('@renderer/db/connection')
  await db.drafts.clear()
  notes = new Map([
    ['n1', { id: 'n1', status: '草稿', text: '原文' }],
    ['n2', { id: 'n2', status: '已定稿', text: '定稿内容' }],
  ])
  loads = []
  missing.mockClear()
  write = async (input, record) => {
    const note: Note = { id: record?.id ?? 'n9', status: '草稿', text: input.text }
    notes.set(note.id, note)
    return { record: note, message: `已保存 ${note.id}` }
  }
  unfinalize = async (id) => ({ ...notes.get(id)!, status: '草稿' })
})
afterEach(cleanup)

describe('useRecordPage', () => {
  it('saves a new record with Ctrl+S, moves to its id and does not load it again', async () => {
    const router = open('/notes/new')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('disabled', false))
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '第一次督导' } })
    await screen.findByText('有未保存的修改（已存草稿）')
    ctrlS()
    await screen.findByText('已保存 n9')
    await waitFor(() => expect(router.state.location.pathname).toBe('/notes/n9'))
    await screen.findByText('记录 n9')
    expect(screen.queryByText('有未保存的修改（已存草稿）')).toBeNull()
    expect(loads).toEqual([null])
    expect(notes.get('n9')?.text).toBe('第一次督导')
  })

  it('Ctrl+S writes the draft before the save: a crash before the commit still has the typing', async () => {
    const { db } = await import('@renderer/db/connection')
    const { getDraft } = await import('@renderer/db/drafts')
    let started!: () => void
    const writing = new Promise<void>((r) => (started = r))
    // A save that never commits, as when the app is killed between the key and the commit.
    write = () => {
      started()
      return new Promise(() => undefined)
    }
    open('/notes/n1')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文'))
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '刚打完的一句话' } })
    ctrlS()
    await writing
    expect((await getDraft(db, 'note:n1'))?.data).toEqual({ text: '刚打完的一句话' })
  })

  it('writes nothing while the page says a field is wrong', async () => {
    const spy = vi.fn(write)
    write = spy
    open('/notes/new')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('disabled', false))
    fireEvent.click(button('保存（Ctrl+S）'))
    await screen.findByText('请填写内容')
    expect(spy).not.toHaveBeenCalled()
  })

  it('puts a refused field at the field, and says any other failure in Chinese', async () => {
    open('/notes/n1')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文'))
    write = async () => {
      throw new ValidationError({ text: '内容不能超过 10 个字' })
    }
    ctrlS()
    await screen.findByText('内容不能超过 10 个字')
    expect(messages()).toEqual([])

    write = async () => {
      throw new Error('该记录已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。')
    }
    ctrlS()
    await screen.findByText('该记录已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。')
    expect(messages()).toEqual(['该记录已定稿，不能修改；如需修改请先“撤销定稿”并说明原因。'])

    write = async () => {
      throw Object.assign(new Error('aborted'), { name: 'AbortError', inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }) })
    }
    ctrlS()
    await screen.findByText('磁盘空间不足，刚才的内容没有保存。请清理磁盘空间（删除不需要的文件、清空回收站）后再试；已填写的内容仍在表单中，请不要关闭窗口。')
  })

  it('offers an unsaved draft back, and restores it when asked', async () => {
    await draftOfN1('未保存的修改')
    open('/notes/n1')
    // antd writes a confirm's title twice (the dialog's label and its text)
    await screen.findAllByText('发现未保存的草稿，是否恢复？')
    expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文')
    fireEvent.click(button('恢复草稿'))
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '未保存的修改'))
    await screen.findByText('有未保存的修改（已存草稿）')
  })

  it('does not offer a draft that says what the record says', async () => {
    await draftOfN1('原文')
    open('/notes/n1')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文'))
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(screen.queryAllByText('发现未保存的草稿，是否恢复？')).toEqual([])
  })

  it('shows a final record read-only, and 撤销定稿 with a reason opens it again', async () => {
    const spy = vi.fn(unfinalize)
    unfinalize = spy
    open('/notes/n2')
    await screen.findByText('本记录已定稿，内容只读。')
    expect(screen.getByLabelText('内容')).toHaveProperty('disabled', true)
    expect(screen.queryByText('保存（Ctrl+S）')).toBeNull()
    fireEvent.click(button('撤销定稿'))
    fireEvent.change(await screen.findByLabelText('撤销原因'), { target: { value: '补充督导意见' } })
    fireEvent.click(screen.getAllByRole('button').filter((b) => b.textContent?.replace(/\s/g, '') === '撤销定稿').at(-1)!)
    await screen.findByText('已撤销定稿')
    expect(spy).toHaveBeenCalledWith('n2', '补充督导意见')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('disabled', false))
    expect(screen.queryByText('本记录已定稿，内容只读。')).toBeNull()
  })

  it('tells the page when the record is not there', async () => {
    open('/notes/gone')
    await waitFor(() => expect(missing).toHaveBeenCalledTimes(1))
  })

  it('a save whose transaction is aborted keeps everything in the form and says so', async () => {
    open('/notes/n1')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文'))
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '写了一半的意见' } })
    write = async () => {
      throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError' })
    }
    ctrlS()
    await screen.findByText('写入数据库时被中止，刚才的内容没有保存（常见原因是磁盘空间不足）。请检查磁盘剩余空间后再试；已填写的内容仍在表单中，请不要关闭窗口。')
    expect(screen.getByLabelText('内容')).toHaveProperty('value', '写了一半的意见')
    expect(screen.getByText('有未保存的修改（已存草稿）')).toBeTruthy()
  })

  it('a save refused for a newer stored version asks, then saves the merged text over that version', async () => {
    notes.set('n1', { id: 'n1', status: '草稿', text: '原文', rev: 1 })
    open('/notes/n1')
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文'))
    // Another window saves first.
    notes.set('n1', { id: 'n1', status: '草稿', text: '另一个窗口的内容', rev: 2 })
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '我的内容' } })
    const calls: (number | undefined)[] = []
    write = async (input, record) => {
      calls.push(record?.rev)
      if (record?.rev !== notes.get('n1')!.rev) throw new VersionConflictError('sessions', { id: 'n1', rev: 2 }, record?.rev ?? 0)
      const note: Note = { id: 'n1', status: '草稿', text: input.text, rev: 3 }
      notes.set('n1', note)
      return { record: note, message: '已保存 n1' }
    }
    ctrlS()
    await screen.findByText('保存冲突：这条记录已在其他窗口或电脑上修改')
    expect(screen.getByText('有 1 处两边都改过，请逐项选择保留哪一边；只有一边改过的内容已自动合并。')).toBeTruthy()
    // A record page keeps a draft: the dialog says the typing is kept there too.
    expect(screen.getByText(/您填写的内容仍在表单和草稿中，未选择前不会保存。/)).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '保留我的' }))
    fireEvent.click(button('保存合并结果'))
    await screen.findByText('已保存 n1')
    expect(calls).toEqual([1, 2])
    expect(notes.get('n1')).toEqual({ id: 'n1', status: '草稿', text: '我的内容', rev: 3 })
  })

  describe('a save that meets its record moved to the 回收站 in another window', () => {
    let calls: (number | undefined)[]
    beforeEach(() => {
      notes.set('n1', { id: 'n1', status: '草稿', text: '原文', rev: 1, deletedAt: null })
      calls = []
      write = async (input, record) => {
        calls.push(record?.rev)
        const stored = notes.get('n1')!
        if (record?.rev !== stored.rev) throw new VersionConflictError('sessions', { id: 'n1', rev: stored.rev ?? 1 }, record?.rev ?? 0)
        const note: Note = { ...stored, text: input.text, rev: (stored.rev ?? 1) + 1 }
        notes.set('n1', note)
        return { record: note, message: '已保存 n1' }
      }
    })
    async function typeAfterTrashed() {
      open('/notes/n1')
      await waitFor(() => expect(screen.getByLabelText('内容')).toHaveProperty('value', '原文'))
      notes.set('n1', { id: 'n1', status: '草稿', text: '原文', rev: 2, deletedAt: '2026-12-06T08:00:00.000Z' })
      fireEvent.change(screen.getByLabelText('内容'), { target: { value: '我的内容' } })
      ctrlS()
      await screen.findAllByText('这条记录已在其他窗口移入回收站')
    }

    it('asks first; 恢复并保存 brings it back and saves the typing into it', async () => {
      await typeAfterTrashed()
      expect(notes.get('n1')).toMatchObject({ text: '原文', deletedAt: '2026-12-06T08:00:00.000Z' })
      fireEvent.click(button('恢复并保存'))
      await screen.findByText('已保存 n1')
      expect(calls).toEqual([1, 3])
      expect(notes.get('n1')).toEqual({ id: 'n1', status: '草稿', text: '我的内容', rev: 4, deletedAt: null })
    })

    it('暂不保存 writes nothing and keeps the typing in the form', async () => {
      await typeAfterTrashed()
      fireEvent.click(button('暂不保存'))
      await screen.findByText('尚未保存：冲突未处理。您填写的内容仍在表单和草稿中。')
      expect(calls).toEqual([1])
      expect(notes.get('n1')).toMatchObject({ text: '原文', rev: 2, deletedAt: '2026-12-06T08:00:00.000Z' })
      expect(screen.getByLabelText('内容')).toHaveProperty('value', '我的内容')
    })
  })
})
