import type { Download, Locator, Page } from 'playwright-core'
import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'
import { AppPage } from './app-page'
import { docxText } from '../../shared/reports/docx-text'

export interface OpenedDocx {
  fileName: string
  /** The text of word/document.xml as a reader sees it (see docxText). */
  text: string
  document: string
  media: string[]
}

/** Reads a .docx: its text and its pictures. */
export async function openDocx(bytes: Uint8Array | Buffer, fileName: string): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes)
  const document = await zip.file('word/document.xml')!.async('string')
  // What a reader sees: the renderer keeps 编号, dates and 「42 次」 whole with non-breaking hyphens and spaces.
  const text = docxText(document)
  return { fileName, text, document, media: Object.keys(zip.files).filter((p) => p.startsWith('word/media/')) }
}

/** Reads a downloaded .docx: its name, its text and its pictures. */
export async function readDocx(download: Download): Promise<OpenedDocx> {
  return openDocx(await readFile(await download.path()), download.suggestedFilename())
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

  /** Opens the 工作室督导工作总结 (the period it starts on) and reads its 督导次数, 督导时数 and 被督导者, without their units. */
  async openStudioSummary(): Promise<{ count: string; hours: string; supervisees: string }> {
    await this.open()
    await this.chooseKind('工作室督导工作总结')
    await this.previewTitle().waitFor()
    return {
      count: (await this.figure('督导次数')).replace(' 次', ''),
      hours: (await this.figure('督导时数')).replace(' 小时', ''),
      supervisees: (await this.figure('被督导者')).replace(' 人', ''),
    }
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

  /** 导出本期全部报告: waits for the zip (the whole set takes a while) and opens it. */
  async exportPeriodSet(): Promise<{ fileName: string; zip: JSZip }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 240_000 }),
      this.batchCard().getByRole('button', { name: '导出本期全部报告' }).click(),
    ])
    return { fileName: download.suggestedFilename(), zip: await JSZip.loadAsync(await readFile(await download.path())) }
  }

  /** The reasons the batch card gives for reports the set leaves out. */
  async periodSetGaps(): Promise<string[]> {
    const list = this.batchCard().getByRole('list', { name: '未生成的报告' })
    return (await list.count()) > 0 ? list.locator('li').allTextContents() : []
  }

  batchCard(): Locator {
    return this.page.getByLabel('批量导出', { exact: true })
  }

  rollupCard(): Locator {
    return this.page.getByLabel('区级汇总', { exact: true })
  }

  /** A figure of the 区级汇总 card (督导, 被督导者, 跟进事项, 项目). */
  async rollupFigure(label: string): Promise<string> {
    const item = this.rollupCard().locator('.ant-descriptions-item').filter({ has: this.page.locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) }) })
    return ((await item.locator('.ant-descriptions-item-content').textContent()) ?? '').trim()
  }

  /** 导出区级汇总文件: the downloaded file's name and its JSON. */
  async exportRollup(): Promise<{ fileName: string; json: Record<string, unknown> }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.rollupCard().getByRole('button', { name: /导出区级汇总文件/ }).click(),
    ])
    return { fileName: download.suggestedFilename(), json: JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown> }
  }
}
