// `npm run web`: the same renderer bundle Electron loads, served as a web page.
import { existsSync } from 'node:fs'
import { startStaticServer } from './static-server.mjs'

if (!existsSync('out/renderer/index.html')) {
  console.error('未找到 out/renderer：请先运行 npm run build')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 5174)
const { url } = await startStaticServer({ mounts: { '/': 'out/renderer' }, port })
console.log(`社工督导工作台（浏览器版）已启动：${url}/  按 Ctrl+C 退出`)
console.log('数据保存在浏览器中，与该地址绑定；请始终使用同一地址和端口打开。')
