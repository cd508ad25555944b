/**
 * 应用锁 end to end: set a password in 设置, reload → only the lock screen (no studio data in
 * the page), a wrong password gets a clear Chinese message, the right one opens the app where
 * it was; 立即锁定 and the idle timeout lock again; only a salted PBKDF2 hash is stored.
 */
import type { Locator, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './support/browser'

const PASSWORD = '林泉督导2025'
const STUDIO = '林泉高级社工师工作室'

class LockPages {
  constructor(readonly page: Page) {}

  card(): Locator {
    return this.page.locator('.ant-card', { has: this.page.locator('.ant-card-head-title', { hasText: /^应用锁$/ }) })
  }

  lockHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: '应用已锁定' })
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: '主导航' })
  }

  async enable(password: string, confirm = password) {
    const card = this.card()
    await card.getByLabel('新密码', { exact: true }).fill(password)
    await card.getByLabel('确认密码', { exact: true }).fill(confirm)
    await card.getByRole('button', { name: '启用应用锁' }).click()
  }

  async unlock(password: string) {
    const field = this.page.getByLabel('应用锁密码')
    await field.fill(password)
    await this.page.getByRole('button', { name: /^解\s*锁$/ }).click()
  }

  async appLockRow(): Promise<Record<string, unknown> | null> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, unknown> | null>((resolve, reject) => {
          const req = indexedDB.open('supervision-studio')
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const db = req.result
            const get = db.transaction('settings', 'readonly').objectStore('settings').get('appLock')
            get.onsuccess = () => {
              resolve((get.result as Record<string, unknown> | undefined) ?? null)
              db.close()
            }
            get.onerror = () => reject(get.error)
          }
        }),
    )
  }
}

describe('应用锁', () => {
  let app: AppSession
  let lock: LockPages
  beforeEach(async () => {
    app = await openApp('#/settings')
    lock = new LockPages(app.page)
    await app.page.getByRole('heading', { level: 1, name: '设置' }).waitFor()
  })
  afterEach(async () => {
    await app.close()
  })

  it('asks for the password after a reload, refuses a wrong one in Chinese, and opens with the right one', async () => {
    const page = app.page
    // Some studio data that must not show while locked.
    await page.getByLabel('工作室名称', { exact: true }).fill(STUDIO)
    await page.getByRole('button', { name: '保存工作室信息' }).click()
    await page.locator('.ant-message').getByText('工作室信息已保存').waitFor()

    // Validation first: too short, then mismatched.
    await lock.enable('12345')
    await lock.card().getByText('密码至少需要 6 个字符').waitFor()
    await lock.enable(PASSWORD, `${PASSWORD}x`)
    await lock.card().getByText('两次输入的密码不一致').waitFor()
    expect(await lock.appLockRow()).toBeNull()

    await lock.enable(PASSWORD)
    await page.locator('.ant-message').getByText('应用锁已启用').waitFor()
    await lock.card().getByText(/应用锁已启用：打开软件时，以及离开 10 分钟后需要输入密码/).waitFor()

    // Only salt + hash + iterations are stored.
    const row = await lock.appLockRow()
    const value = row?.value as Record<string, unknown>
    expect(Object.keys(value).sort()).toEqual(['algorithm', 'hash', 'idleMinutes', 'iterations', 'salt'])
    expect(value.algorithm).toBe('PBKDF2-SHA256')
    expect(value.iterations as number).toBeGreaterThanOrEqual(600_000)
    expect(JSON.stringify(row)).not.toContain(PASSWORD)

    // Setting the password does not lock the running session; a reload does.
    await lock.nav().waitFor()
    await page.reload()
    await lock.lockHeading().waitFor()
    expect(await lock.nav().count()).toBe(0)
    const text = await page.locator('body').innerText()
    expect(text).not.toContain(STUDIO)
    expect(text).not.toContain('工作室信息')
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['应用已锁定'])

    // A wrong password: a clear message, still locked.
    await lock.unlock('wrong-password')
    await page.getByText('密码不正确，请重新输入。').waitFor()
    expect(await lock.nav().count()).toBe(0)
    expect(await page.getByLabel('应用锁密码').inputValue()).toBe('')

    // The right password: back where we were.
    await lock.unlock(PASSWORD)
    await lock.nav().waitFor()
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor()
    await page.getByText(STUDIO).first().waitFor()
    expect(await page.getByText(STUDIO).count()).toBeGreaterThan(0)
    expect(app.errors).toEqual([])
  })

  it('locks on 立即锁定 and after the idle time, and turns off only with the password', async () => {
    const page = app.page
    await lock.enable(PASSWORD)
    await lock.card().getByText(/应用锁已启用/).first().waitFor()

    await lock.card().getByRole('button', { name: '立即锁定' }).click()
    await lock.lockHeading().waitFor()
    await lock.unlock(PASSWORD)
    await lock.nav().waitFor()

    // Idle: a fake clock, so ten minutes pass in an instant.
    await page.clock.install()
    await page.reload()
    await lock.lockHeading().waitFor()
    await lock.unlock(PASSWORD)
    await lock.nav().waitFor()
    await page.clock.fastForward('09:00')
    await page.clock.runFor(20_000)
    expect(await lock.lockHeading().count()).toBe(0)
    await page.clock.fastForward('01:30')
    await page.clock.runFor(20_000)
    await lock.lockHeading().waitFor()
    await lock.unlock(PASSWORD)
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor()

    // Turning the lock off needs the password.
    await lock.card().getByRole('button', { name: '关闭应用锁' }).click()
    const dialog = page.getByRole('dialog', { name: '关闭应用锁' })
    await dialog.getByLabel('当前密码').fill('wrong-password')
    await dialog.getByRole('button', { name: '关闭应用锁' }).click()
    await dialog.getByText('密码不正确，请重新输入。').waitFor()
    expect(await lock.appLockRow()).not.toBeNull()
    await dialog.getByLabel('当前密码').fill(PASSWORD)
    await dialog.getByRole('button', { name: '关闭应用锁' }).click()
    await page.locator('.ant-message').getByText('应用锁已关闭').waitFor()
    expect(await lock.appLockRow()).toBeNull()

    await page.reload()
    await lock.nav().waitFor()
    expect(await lock.lockHeading().count()).toBe(0)
  })
})
