import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openApp, type AppSession } from './support/browser'
import { DataPage } from './pages/data-page'

const TABLES = ['persons', 'projects', 'progress', 'sessions', 'followUps', 'assessments']

async function countAll(page: AppSession['page']) {
  const out: Record<string, number> = {}
  for (const t of TABLES) out[t] = await countRows(page, t)
  return out
}

describe('备份与恢复', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/settings')
  })
  afterEach(async () => {
    await app.close()
  })

  it('立即备份 → clear the browser data → 恢复 through the UI: the data is back', async () => {
    const data = new DataPage(app.page)
    await data.open()
    await data.loadSample()
    const before = await countAll(app.page)
    expect(before.sessions).toBeGreaterThan(0)

    const file = await data.backupNow()
    expect(file.name).toMatch(/^督导工作台备份-.*\.sgbak$/)
    expect([file.bytes[0], file.bytes[1]]).toEqual([0x50, 0x4b])
    await data.page.getByText(/上次备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor()

    await data.clearBrowserData()
    await data.open()
    expect(await countRows(app.page, 'sessions')).toBe(0)

    await data.chooseFile('从备份恢复', file.path)
    const dialog = data.restoreDialog()
    await dialog.waitFor()
    await dialog.getByText('备份时间').waitFor()
    await dialog.getByRole('cell', { name: '督导记录' }).waitFor()
    await dialog.getByRole('cell', { name: String(before.sessions), exact: true }).first().waitFor()
    await dialog.getByRole('button', { name: '确认恢复' }).click()
    await data.toast(/已恢复/).waitFor()
    await dialog.waitFor({ state: 'hidden' })

    expect(await countAll(app.page)).toEqual(before)
    // The data is really there for the screens too.
    await data.goto('人员')
    expect(await app.page.getByRole('row').count()).toBeGreaterThan(1)
    expect(app.errors).toEqual([])
  })

  it('a password-protected backup: wrong password refused with nothing changed, right password restores', async () => {
    const data = new DataPage(app.page)
    await data.open()
    await data.loadSample()
    const before = await countAll(app.page)
    await app.page.getByLabel('备份密码（可选）').fill('林泉社区2025')
    await app.page.getByLabel('再次输入备份密码').fill('林泉社区2025')
    const file = await data.backupNow()
    expect([file.bytes[0], file.bytes[1]]).not.toEqual([0x50, 0x4b])

    await data.clearBrowserData()
    await data.open()
    await data.chooseFile('从备份恢复', file.path)
    const ask = app.page.getByRole('dialog', { name: '输入备份密码' })
    await ask.getByLabel('备份密码').fill('错误的密码')
    await ask.getByRole('button', { name: /打\s*开/ }).click()
    await ask.getByText(/密码不正确/).waitFor()
    expect(await countRows(app.page, 'sessions')).toBe(0)

    await ask.getByLabel('备份密码').fill('林泉社区2025')
    await ask.getByRole('button', { name: /打\s*开/ }).click()
    const dialog = data.restoreDialog()
    await dialog.getByRole('button', { name: '确认恢复' }).click()
    await data.toast(/已恢复/).waitFor()
    expect(await countAll(app.page)).toEqual(before)
  })

  it('restoring over existing data first downloads a copy of it', async () => {
    const data = new DataPage(app.page)
    await data.open()
    await data.loadSample()
    const file = await data.backupNow()
    const before = await countAll(app.page)

    await data.chooseFile('从备份恢复', file.path)
    await data.restoreDialog().waitFor()
    const [safety] = await Promise.all([
      app.page.waitForEvent('download'),
      data.restoreDialog().getByRole('button', { name: '确认恢复' }).click(),
    ])
    expect(safety.suggestedFilename()).toMatch(/^恢复前自动备份-.*\.sgbak$/)
    await data.toast(/已恢复/).waitFor()
    await app.page.getByText('恢复前的数据已另存').waitFor()
    const [again] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: '再次保存恢复前的备份' }).click()])
    expect(again.suggestedFilename()).toBe(safety.suggestedFilename())
    expect(await countAll(app.page)).toEqual(before)
    expect(app.errors).toEqual([])
  })

  it('a file that is not a backup: Chinese message, nothing changed', async () => {
    const data = new DataPage(app.page)
    await data.open()
    await data.loadSample()
    const before = await countAll(app.page)
    await data.chooseFile('从备份恢复', { name: '督导记录.sgbak', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是备份文件') })
    await app.page.getByText('所选文件不是本软件的备份文件（.sgbak），无法打开。').waitFor()
    expect(await data.restoreDialog().count()).toBe(0)
    expect(await countAll(app.page)).toEqual(before)
  })
})
