import type { Locator, Page } from 'playwright-core'
import { DataPage } from './data-page'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const IMPORT_BUTTON = '导入旧督导记录（.xlsx）'

/** 设置 → Excel → 导入旧督导记录: the dialog's steps as a user goes through them. */
export class ExcelImportPage extends DataPage {
  constructor(page: Page) {
    super(page)
  }

  /** Picks the file; returns the dialog (still reading or already at the mapping step). */
  async start(name: string, buffer: Buffer): Promise<Locator> {
    await this.chooseFile(IMPORT_BUTTON, { name, mimeType: XLSX, buffer })
    const dialog = this.importDialog(name)
    await dialog.waitFor()
    return dialog
  }

  importDialog(fileName: string) {
    return this.dialog(`导入旧督导记录：${fileName}`)
  }

  mapping(dialog: Locator) {
    return dialog.getByLabel('对应列')
  }

  /** The 去向 select of a column (by its letter): picks the option. */
  async chooseColumn(dialog: Locator, letter: string, option: string) {
    await this.choose(dialog, `${letter} 列的去向`, option, option.replace(/^追加到“|”$/g, ''))
  }

  nextButton(dialog: Locator) {
    return dialog.getByRole('button', { name: '下一步：预览' })
  }

  importButton(dialog: Locator) {
    return dialog.getByRole('button', { name: /^导入 \d+ 条$/ })
  }

  /** 修改第 N 行: the row editor. */
  async editRow(dialog: Locator, rowNumber: number) {
    await dialog.getByRole('button', { name: `修改第 ${rowNumber} 行` }).click()
    const editor = this.dialog(new RegExp(`^修改第 ${rowNumber} 行`))
    await editor.waitFor()
    return editor
  }

  async decideProject(dialog: Locator, name: string, option: string) {
    await this.choose(dialog, `项目“${name}”对应`, option)
  }
}
