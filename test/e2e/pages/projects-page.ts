import type { Page } from 'playwright-core'
import { AppPage } from './app-page'

export interface ProjectFields {
  name: string
  community: string
  field?: string
  startDate: string
  endDate: string
  targets?: { activities: string; serviceCount: string; volunteers: string }
}

export class ProjectsPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open() {
    await this.goto('服务项目')
  }

  async fillNew(p: ProjectFields) {
    await this.page.getByRole('button', { name: '新增项目' }).click()
    const dialog = this.dialog('新增服务项目')
    await dialog.getByLabel('项目名称').fill(p.name)
    await dialog.getByLabel('社区', { exact: true }).fill(p.community)
    if (p.field) await this.choose(dialog, '服务领域', p.field)
    await this.fillDate(dialog, '开始日期', p.startDate)
    await this.fillDate(dialog, '结束日期', p.endDate)
    if (p.targets) {
      await this.fillNumber(dialog, '目标活动场次', p.targets.activities)
      await this.fillNumber(dialog, '目标服务人次', p.targets.serviceCount)
      await this.fillNumber(dialog, '目标志愿者人数', p.targets.volunteers)
    }
    return dialog
  }

  async save(dialog = this.dialog('新增服务项目')) {
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
  }

  link(name: string) {
    return this.page.getByRole('link', { name, exact: true })
  }
}
