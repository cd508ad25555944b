import type { Download, Locator, Page } from 'playwright-core'
import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'
import { AppPage } from './app-page'

export interface OpenedDocx {
  fileName: string
  /** Every w:t of word/document.xml joined (XML entities decoded). */
  text: string
  document: string
  media: string[]
}

/** Reads a downloaded .docx: its name, its text and its pictures. */
export async function readDocx(download: Download): Promise<OpenedDocx> {
  const path = await download.path()
  const zip = await JSZip.loadAsync(await readFile(path))
  const document = await zip.file('word/document.xml')!.async('string')
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
  return { fileName: download.suggestedFilename(), text, document, media: Object.keys(zip.files).filter((p) => p.startsWith('word/media/')) }
}

/** 报告导出: the report choice, its pickers, the preview and the export buttons. */
export class ReportsPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('报告导出')
  }

  async chooseKind(label: '督导记录表' | '项目督导评估报告' | '工作室督导工作总结' | '被督导者督导档案') {
    await this.page.locator('label.ant-radio-button-wrapper', { hasText: label }).click()
  }

  async pick(label: string, option: string, typed: string = option) {
    await this.choose(this.page, label, option, typed)
    await this.previewTitle().waitFor()
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: '报告预览' })
  }

  previewTitle(): Locator {
    return this.page.getByTestId('preview-title')
  }

  /** The value of a key figure in the preview (总分, 督导次数…). */
  async figure(label: string): Promise<string> {
    return ((await this.page.locator(`[data-figure="${label}"] dd`).textContent()) ?? '').trim()
  }

  async sections(): Promise<string[]> {
    return this.page.getByRole('list', { name: '报告内容' }).locator('li').allTextContents()
  }

  async charts(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: '图表' })
    return (await list.count()) > 0 ? list.locator('li').allTextContents() : []
  }

  async exportWord(): Promise<OpenedDocx> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByRole('button', { name: '导出 Word' }).click(),
    ])
    return readDocx(download)
  }

  batchCard(): Locator {
    return this.page.getByLabel('批量导出', { exact: true })
  }
}
