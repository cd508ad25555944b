// `npm run report:samples -- <folder> [--png]`: writes one of each Word report, made from the sample
// data, into <folder> (created if missing). It does what a user does, so the files are exactly what
// users get: builds the app, serves out/renderer, opens it in headless Chromium, fills in the studio
// information, loads the sample data (设置 → 载入示例数据) and exports each report from the
// 报告导出 screen, saving the downloads. With --png it also converts each .docx to PDF with
// LibreOffice and each page to PNG with pdftoppm (for looking at them, and for docs/).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'

const args = process.argv.slice(2)
const folderArg = args.find((a) => !a.startsWith('--'))
if (!folderArg) {
  console.error('用法：npm run report:samples -- <输出文件夹> [--png]')
  process.exit(2)
}
const folder = resolve(folderArg)
const wantPng = args.includes('--png')
mkdirSync(folder, { recursive: true })

const STUDIO = {
  name: '薛家岛街道高级社会工作师工作室',
  lead: '高瑞敏',
  phone: '0532-86890000',
  unit: '青岛西海岸新区薛家岛街道社会工作服务站',
  address: '青岛西海岸新区薛家岛街道办事处三楼',
}
/** The samples: the report, then what to pick on the 报告导出 screen. */
const SAMPLES = [
  { kind: '督导记录表', pick: { label: '督导记录', typed: 'DD-', option: 'DD-', index: 'withFollowUps' } },
  { kind: '项目督导评估报告', pick: { label: '项目', typed: '古街', option: '古街社区助老送餐' } },
  // A name too long for one title line: the title breaks between its words in balanced lines.
  { kind: '项目督导评估报告', pick: { label: '项目', typed: '新港', option: '“青少年心理辅导”' } },
  { kind: '工作室督导工作总结' },
  { kind: '被督导者督导档案', pick: { label: '被督导者', typed: '谢国铭', option: '谢国铭' } },
]

/** Runs in the page: the code of the newest finalised, non-sensitive record with two follow-ups. */
function pickSessionCode() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('supervision-studio')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const tx = req.result.transaction(['sessions', 'followUps'], 'readonly')
      const sessions = tx.objectStore('sessions').getAll()
      const followUps = tx.objectStore('followUps').getAll()
      tx.oncomplete = () => {
        const counts = new Map()
        for (const f of followUps.result) if (!f.deletedAt) counts.set(f.sessionId, (counts.get(f.sessionId) ?? 0) + 1)
        const length = (s) => s.questions.length + s.process.length + s.advice.length
        const list = sessions.result
          .filter((s) => !s.deletedAt && s.status === '已定稿' && !s.sensitive && counts.get(s.id) === 2 && length(s) < 420)
          .sort((a, b) => (a.date < b.date ? 1 : -1))
        req.result.close()
        resolve(list[0]?.code ?? sessions.result[0].code)
      }
    }
  })
}

const executablePath = ensureChromium()
const bin = 'node_modules/.bin/'
execFileSync(`${bin}electron-vite`, ['build'], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })

const server = await startStaticServer({ mounts: { '/': 'out/renderer' } })
const profile = mkdtempSync(join(tmpdir(), 'report-samples-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  acceptDownloads: true,
  locale: 'zh-CN',
  viewport: { width: 1366, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const written = []
let failed = false
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => console.error('[page]', e))
  await page.goto(`${server.url}/#/settings`)
  await page.getByRole('heading', { level: 1, name: '设置' }).waitFor()

  // 工作室信息, as a studio would have filled it in.
  await page.getByLabel('工作室名称', { exact: true }).fill(STUDIO.name)
  await page.getByLabel('领衔人', { exact: true }).fill(STUDIO.lead)
  await page.getByLabel('联系电话', { exact: true }).fill(STUDIO.phone)
  await page.getByLabel('所属单位', { exact: true }).fill(STUDIO.unit)
  await page.getByLabel('地址', { exact: true }).fill(STUDIO.address)
  await page.getByRole('button', { name: '保存工作室信息' }).click()
  await page.locator('.ant-message').getByText('工作室信息已保存').waitFor()

  await page.getByRole('button', { name: '载入示例数据' }).click()
  await page.locator('.ant-message').getByText(/已载入示例数据/).waitFor({ timeout: 60_000 })

  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '报告导出' }).click()
  await page.getByRole('heading', { level: 1, name: '报告导出' }).waitFor()

  for (const sample of SAMPLES) {
    await page.locator('label.ant-radio-button-wrapper', { hasText: sample.kind }).click()
    // The kind lives in the address: until the page has drawn it, the preview (and 导出 Word)
    // are still those of the previous kind, and the old report would be saved under its name.
    await page.locator('label.ant-radio-button-wrapper-checked', { hasText: sample.kind }).waitFor()
    if (sample.pick) {
      const box = page.getByLabel(sample.pick.label, { exact: true })
      await box.click()
      await box.pressSequentially(sample.pick.typed, { delay: 10 })
      const options = page.locator('.ant-select-item-option:visible').filter({ hasText: sample.pick.option })
      await options.first().waitFor()
      if (sample.pick.index === 'withFollowUps') {
        // A finalised, non-sensitive record with follow-ups shows the whole form.
        await options.first().click()
        const code = await page.evaluate(pickSessionCode)
        await box.click()
        await box.pressSequentially(code, { delay: 10 })
        await page.locator('.ant-select-item-option:visible').filter({ hasText: code }).first().click()
      } else {
        await options.first().click()
      }
    }
    await page.getByTestId('preview-title').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: '导出 Word' }).click(),
    ])
    const target = join(folder, download.suggestedFilename())
    await download.saveAs(target)
    written.push(target)
    console.log(`已写入 ${target}`)
  }

  // 督导协议书: from the first sample agreement's page, as a supervisor prints one to sign.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '督导计划' }).click()
  await page.getByRole('heading', { level: 1, name: '督导计划执行' }).waitFor()
  await page.getByRole('table', { name: '督导协议' }).getByRole('link').first().click()
  await page.locator('section[data-record-id][aria-busy="false"]').waitFor()
  const [agreement] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: /导出协议书/ }).click(),
  ])
  const agreementFile = join(folder, agreement.suggestedFilename())
  await agreement.saveAs(agreementFile)
  written.push(agreementFile)
  console.log(`已写入 ${agreementFile}`)
} catch (e) {
  console.error(e)
  failed = true
} finally {
  await context.close()
  await server.close()
  rmSync(profile, { recursive: true, force: true })
}

if (!failed && wantPng) {
  const fontconfig = existsSync('/work/shared/fontconfig/fonts.conf') ? { FONTCONFIG_FILE: '/work/shared/fontconfig/fonts.conf' } : {}
  const loProfile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  for (const file of written) {
    const r = spawnSync(
      'libreoffice',
      [`-env:UserInstallation=file://${loProfile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, file],
      { stdio: 'inherit', env: { ...process.env, ...fontconfig } },
    )
    if (r.status !== 0) {
      console.error('LibreOffice 转换失败（需要 libreoffice-writer）')
      failed = true
      break
    }
    const pdf = file.replace(/\.docx$/, '.pdf')
    for (const old of readdirSync(folder)) if (old.startsWith(`${basename(pdf, '.pdf')}-`) && old.endsWith('.png')) rmSync(join(folder, old))
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, pdf.replace(/\.pdf$/, '')])
    const pages = readdirSync(folder).filter((f) => f.startsWith(basename(pdf, '.pdf')) && f.endsWith('.png'))
    console.log(`${basename(pdf)}：${pages.length} 页`)
  }
  rmSync(loProfile, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
