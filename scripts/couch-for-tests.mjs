// The CouchDB a test run talks to: COUCH_URL when it is set (a real CouchDB 3, admin credentials
// in the URL), otherwise scripts/couch-test-server.mjs started as a child process, waited for
// until `GET /` answers, and stopped by its process id. Used by the vitest globalSetup
// (test/support/couch-global-setup.ts) and by anything else that needs a server for a while.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SERVER = fileURLToPath(new URL('./couch-test-server.mjs', import.meta.url))

/** The URL without its credentials, and the Authorization header they give. */
export function splitCredentials(url) {
  const u = new URL(url)
  const authorization = u.username ? `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}` : undefined
  u.username = ''
  u.password = ''
  return { origin: u.href.replace(/\/$/, ''), authorization }
}

/** Resolves once `GET /` answers 200 (a CouchDB's welcome), rejects after `timeoutMs`. */
export async function waitForCouch(url, timeoutMs = 30000) {
  const { origin } = splitCredentials(url)
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${origin}/`)
      if (res.ok) return
      last = `GET / answered ${res.status}`
    } catch (err) {
      last = String(err)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`CouchDB at ${origin} did not answer: ${last}`)
}

/** { url, pid, stop() }: COUCH_URL as is (stop does nothing), or a test server of our own. */
export async function startCouchForTests({ env = process.env, timeoutMs = 30000 } = {}) {
  if (env.COUCH_URL) {
    await waitForCouch(env.COUCH_URL, timeoutMs)
    return { url: env.COUCH_URL.replace(/\/$/, ''), pid: null, stop: async () => {} }
  }
  // stdin stays a pipe: the server ends when it closes, even if this process dies unannounced.
  const child = spawn(process.execPath, [SERVER, '--exit-with-stdin'], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  const url = await new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('the CouchDB test server did not start in time')), timeoutMs)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /^COUCH_URL=(\S+)$/m.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`the CouchDB test server ended before it answered (${signal ?? code})`))
    })
  })
  await waitForCouch(url, timeoutMs)
  const pid = child.pid
  return {
    url,
    pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      process.kill(pid, 'SIGTERM')
      await exited
    },
  }
}
