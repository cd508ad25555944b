// Every screen of the app with the sample data, as PNG files, and a pixel comparison of two
// such sets: the yardstick for changes that must not move a pixel (a refactor) and for
// looking at what a change did show.
//
//   npm run build && node scripts/screens.mjs <folder>            take every screen
//   node scripts/screens.mjs --compare <before> <after>           count differing pixels
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Screens by name: a hash to open, or a list page and the link to follow from it. */
const SCREENS = [
  ['home', '#/home'],
  ['sessions', '#/sessions'],
  ['session-new', '#/sessions/new'],
  ['session-final', { from: '#/sessions', link: /^DD-\d{4}-\d{4}$/, nth: 3 }],
  ['follow-ups', '#/follow-ups'],
  ['plans', '#/plans'],
  ['agreement', { from: '#/plans', link: /督导协议$/, nth: 0 }],
  ['agreement-new', '#/plans/agreements/new'],
  ['assessments', '#/assessments'],
  ['assessment-new', '#/assessments/new'],
  ['assessment-final', { from: '#/assessments', button: /查\s*看/, nth: 0 }],
  ['dashboard', '#/dashboard'],
  ['reports', '#/reports'],
  ['projects', '#/projects'],
  ['project-detail', { from: '#/projects', link: /./, nth: 0, within: '.ant-table-tbody' }],
  ['persons', '#/persons'],
  ['person-detail', { from: '#/persons', link: /./, nth: 0, within: '.ant-table-tbody' }],
  ['frameworks', '#/frameworks'],
  ['trash', '#/trash'],
  ['settings', '#/settings'],
  ['help', '#/help'],
]

async function take(outDir) {
  const executablePath = ensureChromium()
  const server = await startStaticServer({ mounts: { '/': 'out/renderer' } })
  const profile = mkdtempSync(join(tmpdir(), 'screens-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    args: ARGS,
  })
  mkdirSync(outDir, { recursive: true })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${server.url}/#/settings`)
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.locator('.ant-message').getByText(/已载入示例数据/).waitFor({ timeout: 60_000 })
    await page.locator('.ant-message').getByText(/已载入示例数据/).waitFor({ state: 'detached', timeout: 30_000 })
    for (const [name, target] of SCREENS) {
      if (typeof target === 'string') await page.goto(`${server.url}/${target}`)
      else {
        await page.goto(`${server.url}/${target.from}`)
        const scope = target.within ? page.locator(target.within) : page
        const role = target.button ? 'button' : 'link'
        await scope.getByRole(role, { name: target.button ?? target.link }).nth(target.nth).click()
      }
      await page.mouse.move(0, 0)
      await page.waitForTimeout(1500)
      // The caret blinks: hide it so two takes of the same screen compare equal.
      await page.addStyleTag({ content: '*{caret-color:transparent !important}' })
      await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true })
      console.log(join(outDir, `${name}.png`))
    }
  } finally {
    await context.close()
    await server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

async function compare(a, b) {
  const names = readdirSync(a).filter((f) => f.endsWith('.png')).sort()
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ARGS })
  const page = await browser.newPage()
  let differing = 0
  for (const name of names) {
    let right
    try {
      right = readFileSync(join(b, name)).toString('base64')
    } catch {
      console.log(`${name}: missing in ${b}`)
      differing++
      continue
    }
    const left = readFileSync(join(a, name)).toString('base64')
    const result = await page.evaluate(
      async ([l, r]) => {
        const load = async (data) => {
          const img = new Image()
          img.src = `data:image/png;base64,${data}`
          await img.decode()
          const c = new OffscreenCanvas(img.width, img.height)
          const ctx = c.getContext('2d')
          ctx.drawImage(img, 0, 0)
          return { w: img.width, h: img.height, px: ctx.getImageData(0, 0, img.width, img.height).data }
        }
        const [x, y] = await Promise.all([load(l), load(r)])
        if (x.w !== y.w || x.h !== y.h) return { size: `${x.w}×${x.h} → ${y.w}×${y.h}`, pixels: -1 }
        let pixels = 0
        for (let i = 0; i < x.px.length; i += 4)
          if (x.px[i] !== y.px[i] || x.px[i + 1] !== y.px[i + 1] || x.px[i + 2] !== y.px[i + 2]) pixels++
        return { size: `${x.w}×${x.h}`, pixels }
      },
      [left, right],
    )
    if (result.pixels !== 0) differing++
    console.log(`${name}: ${result.pixels === 0 ? 'identical' : result.pixels < 0 ? `size ${result.size}` : `${result.pixels} pixels differ`} (${result.size})`)
  }
  await browser.close()
  console.log(`${differing} of ${names.length} screens differ`)
}

const args = process.argv.slice(2)
if (args[0] === '--compare' && args[1] && args[2]) await compare(args[1], args[2])
else if (args[0]) await take(args[0])
else {
  console.error('usage: node scripts/screens.mjs <folder> | --compare <before> <after>')
  process.exit(2)
}
