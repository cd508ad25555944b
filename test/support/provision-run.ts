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

/**
 * The script's `main` in this process: what it sends is the same, without a Node start and a
 * module load per studio (the tests that provision ten studios).
 */
async function provisionHere(...args: string[]): Promise<void> {
  const { main } = await import('../../scripts/sync-provision.mjs')
  await main([couchUrl(), ...args], {}, () => {})
}

/** Provisions a studio with one member; throws with the script's words when it fails. */
export function provisionStudio(code: string, name: string, member: { name: string; password: string; sensitive?: boolean }): Promise<void> {
  return provisionHere('--studio', code, '--name', name, '--users', usersFile(code, [member]))
}

/** Provisions a district user granted the rollup databases of `codes`. */
export function provisionDistrict(name: string, password: string, codes: readonly string[]): Promise<void> {
  return provisionHere('--district', name, '--password', password, '--grant', codes.join(','))
}
