import type { Locator, Page } from 'playwright-core'

/** What every screen shares: the sidebar, dialogs, antd selects and date pickers. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goto(section: string) {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: section }).click()
    await this.heading(section).waitFor()
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name })
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name })
  }

  /** Opens an antd Select by its label and picks the option with this text. */
  async choose(scope: Locator | Page, label: string, option: string, typed: string = option) {
    const box = scope.getByLabel(label, { exact: true })
    await box.click()
    await box.pressSequentially(typed, { delay: 10 }).catch(() => undefined)
    await this.page.locator('.ant-select-item-option:visible').filter({ hasText: option }).first().click()
    // A multiple select keeps its list open; close it so the next select gets its own
    // (only then: Escape on a closed select would close the dialog around it).
    if ((await box.getAttribute('aria-expanded')) === 'true') await box.press('Escape')
  }

  async fillDate(scope: Locator | Page, label: string, date: string) {
    const input = scope.getByLabel(label, { exact: true })
    await input.click()
    await input.fill(date)
    await input.press('Enter')
  }

  async fillNumber(scope: Locator | Page, label: string, value: string) {
    const input = scope.getByLabel(label, { exact: true })
    await input.fill(value)
  }

  /** The Chinese error shown under a form field. */
  fieldError(scope: Locator | Page, text: string): Locator {
    return scope.locator('.ant-form-item-explain-error').filter({ hasText: text })
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.ant-message').getByText(text)
  }
}
