import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { AppPage } from '../pages/app-page'
import { openApp, type AppSession } from './browser'

/** 设置 → 载入示例数据, as a user would; waits for the confirmation. */
export async function loadSampleData(page: Page) {
  const shell = new AppPage(page)
  await shell.goto('设置')
  await page.getByRole('button', { name: '载入示例数据' }).click()
  await shell.toast(/已载入示例数据/).waitFor({ timeout: 30000 })
}

/** A studio named `name` with the sample data, as the report tests start: opened on 设置. */
export async function openNamedSampleStudio(name: string): Promise<AppSession> {
  const app = await openApp('#/settings')
  await app.page.getByRole('heading', { level: 1, name: '设置' }).waitFor()
  await app.page.getByLabel('工作室名称', { exact: true }).fill(name)
  await app.page.getByRole('button', { name: '保存工作室信息' }).click()
  await app.page.locator('.ant-message').getByText('工作室信息已保存').waitFor()
  await loadSampleData(app.page)
  return app
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

/**
 * For a describe block: the studio `name` with the sample data (openNamedSampleStudio), opened once
 * before its tests and closed after them. Returns the session.
 */
export function withNamedSampleStudio(name: string): () => AppSession {
  let app: AppSession | undefined
  beforeAll(async () => {
    app = await openNamedSampleStudio(name)
  })
  afterAll(async () => {
    await app?.close()
  })
  return () => app!
}
