import type { Locator, Page } from 'playwright-core'

/** What every screen shares: the sidebar, dialogs, antd selects and date pickers. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goto(section: string) {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: section }).click()
    await this.heading(section).waitFor()
  }

  heading(name: string | RegExp): Locator {
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
    // The option whose whole text is `option` (社会工作师, not 助理社会工作师), else the first containing it.
    const options = this.page.locator('.ant-select-item-option:visible')
    const exact = options.filter({ hasText: new RegExp(`^\\s*${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    await options.filter({ hasText: option }).first().waitFor()
    await ((await exact.count()) > 0 ? exact.first() : options.filter({ hasText: option }).first()).click()
    // A multiple select keeps its list open; close it so the next select gets its own. Only a
    // multiple one: a single select closes itself, and an Escape that lands after it has closed
    // closes the dialog around it instead.
    const multiple = await box.evaluate((el) => el.closest('.ant-select-multiple') !== null)
    if (multiple && (await box.getAttribute('aria-expanded')) === 'true') await box.press('Escape')
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

  /**
   * Holds the form of a new record (a section marked data-record-id="new"). The returned check
   * waits until the route has moved to the saved record's id, then says whether the page kept
   * the same form without reloading it (neither replaced nor marked aria-busy): a reload could
   * put an older copy on screen.
   */
  async holdNewForm(): Promise<() => Promise<boolean>> {
    const node = await this.page.locator('section[data-record-id="new"]').elementHandle()
    await node!.evaluate((n) => {
      const flag = n as HTMLElement & { reloaded?: boolean }
      new MutationObserver(() => {
        if (n.getAttribute('aria-busy') === 'true') flag.reloaded = true
      }).observe(n, { attributes: true, attributeFilter: ['aria-busy'] })
    })
    return async () => {
      await this.page.locator('section[data-record-id]:not([data-record-id="new"])').waitFor()
      // A reload starts in the effect right after that commit; give it time to show.
      await this.page.waitForTimeout(300)
      return node!.evaluate((n) => n.isConnected && !(n as HTMLElement & { reloaded?: boolean }).reloaded)
    }
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.ant-message').getByText(text)
  }
}
