import type { Page } from 'playwright-core'
import { AppPage } from '../pages/app-page'

/** 设置 → 载入示例数据, as a user would; waits for the confirmation. */
export async function loadSampleData(page: Page) {
  const shell = new AppPage(page)
  await shell.goto('设置')
  await page.getByRole('button', { name: '载入示例数据' }).click()
  await shell.toast(/已载入示例数据/).waitFor({ timeout: 30000 })
}
