// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { UndoFinalizeModal } from '@renderer/components/UndoFinalizeModal'
import { antdInJsdom } from '../antd-jsdom'

beforeAll(antdInJsdom)
afterEach(cleanup)

describe('UndoFinalizeModal', () => {
  it('refuses an empty reason at the field and passes a given one on', async () => {
    const onConfirm = vi.fn(async () => undefined)
    render(<UndoFinalizeModal open explanation="撤销后记录可再次编辑。" onConfirm={onConfirm} onClose={() => undefined} />)
    const ok = () => screen.getAllByRole('button').find((b) => b.textContent?.replace(/\s/g, '') === '撤销定稿')!
    fireEvent.change(screen.getByLabelText('撤销原因'), { target: { value: '   ' } })
    fireEvent.click(ok())
    await screen.findByText('请填写撤销定稿的原因')
    expect(onConfirm).not.toHaveBeenCalled()
    fireEvent.change(screen.getByLabelText('撤销原因'), { target: { value: '补充督导意见' } })
    fireEvent.click(ok())
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('补充督导意见'))
  })
})
