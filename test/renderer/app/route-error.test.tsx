// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMemoryRouter, RouterProvider, useLoaderData } from 'react-router-dom'
import { RouteError } from '@renderer/app/RouteError'

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
})
afterEach(cleanup)

function Loaded() {
  return <p>{useLoaderData() as string}</p>
}

describe('RouteError', () => {
  it('says in Chinese that the screen could not be read, and 重试 runs the loader again', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('UnknownError: disk I/O')).mockResolvedValueOnce('读到了 200 个项目')
    const router = createMemoryRouter([{ path: '/dashboard', element: <Loaded />, loader, errorElement: <RouteError /> }], { initialEntries: ['/dashboard'] })
    render(<RouterProvider router={router} />)
    expect(await screen.findByText('读取数据时出错', {}, { timeout: 10_000 })).toBeTruthy()
    expect(screen.getByText(/已保存的数据不受影响.*UnknownError: disk I\/O/)).toBeTruthy()
    expect(loader).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }))
    expect(await screen.findByText('读到了 200 个项目', {}, { timeout: 10_000 })).toBeTruthy()
    expect(loader).toHaveBeenCalledTimes(2)
  })
})
