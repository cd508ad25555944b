import type { Page } from 'playwright-core'
import { AppPage } from './app-page'

export interface PersonFields {
  name: string
  role?: string
  qualification?: string
  org?: string
}

/** A 督导者 and two 社工: the people most session tests start with. */
export const SUPERVISOR_AND_TWO_WORKERS: readonly PersonFields[] = [
  { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' },
  { name: '张晓明', role: '社工', qualification: '社会工作师' },
  { name: '李文静', role: '社工', qualification: '助理社会工作师' },
]

export class PersonsPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('人员')
  }

  async create(p: PersonFields) {
    await this.page.getByRole('button', { name: '新增人员' }).click()
    const dialog = this.dialog('新增人员')
    await dialog.getByLabel('姓名').fill(p.name)
    if (p.role) await this.choose(dialog, '角色', p.role)
    if (p.qualification) await this.choose(dialog, '职业资格', p.qualification)
    if (p.org) await dialog.getByLabel('所在机构或社区').fill(p.org)
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    return dialog
  }

  /** Adds people one after another through the 新增人员 dialog (the 人员 page is open). */
  async createAll(list: readonly PersonFields[]) {
    await this.heading('人员').waitFor()
    for (const p of list) await (await this.create(p)).waitFor({ state: 'hidden' })
  }

  /** 编辑 a person from the list: fills the named text fields and saves. */
  async edit(name: string, fields: Record<string, string>) {
    await this.open()
    await this.page.getByRole('button', { name: `编辑 ${name}` }).click()
    const dialog = this.dialog(`编辑人员：${name}`)
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value)
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  async search(text: string) {
    await this.page.getByLabel('搜索人员').fill(text)
  }

  async delete(name: string) {
    await this.page.getByRole('button', { name: `删除 ${name}` }).click()
    await this.page.getByRole('button', { name: /^删\s*除$/ }).last().click()
  }
}
