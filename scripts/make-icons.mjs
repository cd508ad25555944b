// Renders the app icon from its one source, resources/icon.svg, with headless Chromium:
//   resources/icons/<n>x<n>.png for n in SIZES (Linux takes the folder as it is),
//   resources/icon.png (1024 px: electron-builder derives the Windows .ico and macOS .icns).
// Each size is rasterised from the vector (not scaled down from 1024 px) so small sizes stay
// sharp. The PNGs are committed; run `npm run icons` after editing the SVG.
// Needs a Chromium (CHROMIUM_PATH or /usr/bin/chromium) and a CJK font (fonts-noto-cjk).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium } from './find-chromium.mjs'

export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = join(root, 'resources', 'icon.svg')
const iconsDir = join(root, 'resources', 'icons')

const executablePath = findChromium()
if (!executablePath) {
  console.error('[icons] 找不到 Chromium：请安装 chromium 或设置 CHROMIUM_PATH')
  process.exit(1)
}

const svg = readFileSync(source, 'utf8')
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  mkdirSync(iconsDir, { recursive: true })
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size })
    const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\s+height="\d+"/, `<svg$1 width="${size}" height="${size}"`)
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
    )
    await page.evaluate(() => document.fonts.ready)
    // The glyph must come from a CJK font: a missing font would draw an empty box.
    const hasGlyph = await page.evaluate(() => {
      const text = document.querySelector('text')
      const box = text?.getBBox()
      return !!box && box.width > 0
    })
    if (!hasGlyph) throw new Error('图标中的“督”字没有绘制出来：请安装 fonts-noto-cjk')
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    writeFileSync(join(iconsDir, `${size}x${size}.png`), png)
    if (size === 1024) writeFileSync(join(root, 'resources', 'icon.png'), png)
    console.log(`[icons] resources/icons/${size}x${size}.png`)
  }
  console.log('[icons] resources/icon.png (1024 px)')
} finally {
  await browser.close()
}
