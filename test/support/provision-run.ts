import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { couchUrl } from './couch'

const dir = mkdtempSync(join(tmpdir(), 'provision-'))

/** `npm run sync:provision -- <this run's CouchDB> …args`: its exit code and output. */
export function provision(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/sync-provision.mjs', couchUrl(), ...args], (error, out, err) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out, err })
    })
  })
}

/** A users file for the script, in a folder of this run. */
export function usersFile(name: string, users: unknown[]): string {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(users))
  return file
}

/** Provisions a studio with one member; throws with the script's words when it fails. */
export async function provisionStudio(code: string, name: string, member: { name: string; password: string; sensitive?: boolean }): Promise<void> {
  const r = await provision('--studio', code, '--name', name, '--users', usersFile(code, [member]))
  if (r.code !== 0) throw new Error(`provision ${code}: ${r.err || r.out}`)
}

/** Provisions a district user granted the rollup databases of `codes`. */
export async function provisionDistrict(name: string, password: string, codes: readonly string[]): Promise<void> {
  const r = await provision('--district', name, '--password', password, '--grant', codes.join(','))
  if (r.code !== 0) throw new Error(`provision district ${name}: ${r.err || r.out}`)
}
