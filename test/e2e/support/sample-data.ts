import type { Page } from 'playwright-core'
import { afterEach, beforeEach } from 'vitest'
import { openApp, type AppSession } from './browser'
import { AppPage } from '../pages/app-page'

/** 设置 → 载入示例数据, as a user would; waits for the confirmation. */
export async function loadSampleData(page: Page) {
  const shell = new AppPage(page)
  await shell.goto('设置')
  await page.getByRole('button', { name: '载入示例数据' }).click()
  await shell.toast(/已载入示例数据/).waitFor({ timeout: 30000 })
}

/**
 * For a describe block: before each test the app opened on 设置 with the sample data loaded, closed
 * after it. Returns the session of the running test.
 */
export function withSampleApp(): () => AppSession {
  let app: AppSession | undefined
  beforeEach(async () => {
    app = await openApp('#/settings')
    await loadSampleData(app.page)
  })
  afterEach(async () => {
    await app?.close()
  })
  return () => app!
}
