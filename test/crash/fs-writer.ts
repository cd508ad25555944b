/**
 * The main process's write path, run in a child process that the crash campaign kills
 * (scripts/test-crash.mjs): automatic backups written through main's own code, one after
 * another, each announced as `ACK <name> <n>` on stdout once writeAutoBackupFile returned.
 * Every file's bytes say which write it was and how long it is, so a torn file shows.
 */
import { writeAutoBackupFile } from '../../src/main/auto-backups'

/** Write n: 64 KiB to 320 KiB, starting with "CRASH <n> <length>\n" and then a pattern of n. */
export function payload(n: number): Uint8Array {
  const length = 65_536 + ((n * 7919) % 262_144)
  const data = new Uint8Array(length)
  const head = new TextEncoder().encode(`CRASH ${n} ${length}\n`)
  data.set(head)
  for (let i = head.length; i < length; i++) data[i] = (i * 31 + n) % 251
  return data
}

/** null when `data` is one whole write; otherwise what is wrong with it. */
export function tornWrite(data: Uint8Array): string | null {
  const line = new TextDecoder().decode(data.subarray(0, 40)).split('\n')[0] ?? ''
  const m = /^CRASH (\d+) (\d+)$/.exec(line)
  if (!m) return '开头不是一次完整的写入'
  const expected = payload(Number(m[1]))
  if (data.length !== expected.length) return `长度 ${data.length}，应为 ${expected.length}`
  for (let i = 0; i < data.length; i++) if (data[i] !== expected[i]) return `第 ${i} 字节不对`
  return null
}

async function main() {
  const [dir, from = '0'] = process.argv.slice(2)
  if (!dir) throw new Error('usage: writer.mjs <dir> <first n>')
  for (let n = Number(from); ; n++) {
    const reason = n % 4 === 0 ? 'before-restore' : 'daily'
    const entry = await writeAutoBackupFile(dir, { data: payload(n), reason, createdAt: new Date().toISOString() })
    process.stdout.write(`ACK ${entry.name} ${n} ${reason}\n`)
  }
}

if (process.argv[1]?.endsWith('writer.mjs')) void main()
