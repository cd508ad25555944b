// Finds a Chromium for the e2e tests and the benchmark; on a bare Debian/Ubuntu machine run
// as root it installs Debian's chromium and CJK fonts, otherwise it stops with one clear line.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0
  } catch {
    return false
  }
}

export function ensureChromium() {
  let found = findChromium()
  const needFonts = !hasCjkFont()
  if (found && !needFonts) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (isRoot && hasApt) {
    const pkgs = [...(found ? [] : ['chromium']), ...(needFonts ? ['fonts-noto-cjk'] : [])]
    console.log(`[setup] 正在安装测试所需的 Debian 软件包：${pkgs.join(' ')}`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env })
    found = findChromium()
  }
  if (!found) {
    console.error('缺少 Chromium：请先安装（Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk），或用 CHROMIUM_PATH 指定浏览器路径。')
    process.exit(1)
  }
  if (!hasCjkFont()) console.warn('[setup] 警告：未找到中文字体（建议安装 fonts-noto-cjk），截图中的中文可能显示为方框。')
  return found
}
