import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page'

/** The 督导记录 form, driven with the keyboard the way a supervisor types. */
export class SessionFormPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async openNew() {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/sessions/new`)
    await this.heading('新建督导记录').waitFor()
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true })
  }

  /** Types into the focused element then tabs on. */
  async typeAndTab(text: string) {
    await this.page.keyboard.type(text, { delay: 5 })
    await this.page.keyboard.press('Tab')
  }

  /** In a focused antd select: type the search text, Enter picks the first match. */
  async pickFocused(search: string) {
    await this.page.keyboard.type(search, { delay: 20 })
    await this.page.locator('.ant-select-item-option:visible').first().waitFor()
    await this.page.keyboard.press('Enter')
  }

  async focus(label: string) {
    await this.field(label).focus()
  }

  /** Non-text keys pressed through `press` (Tab, Enter, Space, Ctrl+Enter…): what a keyboard user pays. */
  keys = 0

  /** Presses one non-text key (or chord) and counts it. */
  async press(key: string) {
    this.keys += 1
    await this.page.keyboard.press(key)
  }

  /** Types text (not counted: the words are the record, not the way through the form). */
  async type(text: string) {
    await this.page.keyboard.type(text, { delay: 5 })
  }

  /** In a focused picker: types the search, waits for the list, Enter (counted) takes the first found. */
  async pick(search: string) {
    await this.type(search)
    // The search box shows what React holds: once it reads `search`, the list is filtered by it too
    // (the same render), so Enter cannot take an option of a shorter search under load.
    await this.page.waitForFunction((typed) => (document.activeElement as HTMLInputElement | null)?.value === typed, search)
    await this.page.locator('.ant-select-item-option-active:visible').first().waitFor()
    await this.press('Enter')
  }

  /**
   * Waits until the dialog's button has the cursor, as a person sees its focus ring before pressing
   * Enter: antd moves the focus to a confirm's OK button in a timer after the dialog is shown, and a
   * key sent in between goes to the field behind it (it lost the 定稿 under load).
   */
  async waitForFocusOn(dialog: Locator, button: string) {
    // antd spaces out a two-character label (「定 稿」): the name is matched without spaces.
    const target = dialog.getByRole('button', { name: new RegExp(`^${[...button].join('\\s*')}$`) })
    await target.waitFor()
    await this.page.waitForFunction((el) => el === document.activeElement, await target.elementHandle())
  }

  /** The focused element's accessible label, to check where the cursor is. */
  async focusedLabel(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el) return ''
      const id = el.id
      const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent : null
      return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim()
    })
  }

  async save() {
    await this.page.keyboard.press('Control+s')
  }

  error(text: string) {
    return this.page.locator('.ant-form-item-explain-error').filter({ hasText: text })
  }
}
