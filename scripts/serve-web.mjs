// `npm run web`: the same renderer bundle Electron loads, served as a web page.
import { existsSync } from 'node:fs'
import { startStaticServer } from './static-server.mjs'

if (!existsSync('out/renderer/index.html')) {
  console.error('未找到 out/renderer：请先运行 npm run build')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 5174)
// STUDIO_SYNC_URL: the studio's CouchDB (https://host:6984), the one server the page may connect to.
const syncOrigin = process.env.STUDIO_SYNC_URL ? process.env.STUDIO_SYNC_URL.replace(/\/+$/, '') : null
let started
try {
  started = await startStaticServer({ mounts: { '/': 'out/renderer' }, port, syncOrigin })
} catch (err) {
  console.error(`STUDIO_SYNC_URL 应是同步服务器的地址（如 https://192.168.1.10:6984），不带路径和密码：${err.message}`)
  process.exit(1)
}
const { url } = started
console.log(`社工督导工作台（浏览器版）已启动：${url}/  按 Ctrl+C 退出`)
console.log('数据保存在浏览器中，与该地址绑定；请始终使用同一地址和端口打开。')
console.log(syncOrigin ? `工作室同步服务器：${syncOrigin}（页面只能连接这一个服务器）` : '未设置 STUDIO_SYNC_URL：浏览器版不能同步。')
