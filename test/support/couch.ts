import { inject } from 'vitest'
import { splitCredentials } from '../../scripts/couch-for-tests.mjs'

/** The run's CouchDB with admin credentials in the URL (test/support/couch-global-setup.ts). */
export function couchUrl(): string {
  return inject('couchUrl')
}

/** The run's CouchDB without credentials, e.g. `http://127.0.0.1:5984`. */
export function couchOrigin(): string {
  return splitCredentials(couchUrl()).origin
}

/** `Authorization` header of a user (Basic). */
export function basicAuth(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
}

/** A request as the server admin: { status, body }. */
export async function asAdmin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const { origin, authorization } = splitCredentials(couchUrl())
  return request(origin, method, path, authorization, body)
}

/** A request as `name`/`password` (or anonymous when name is null): { status, body }. */
export async function asUser(name: string | null, password: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return request(couchOrigin(), method, path, name === null ? undefined : basicAuth(name, password), body)
}

async function request(origin: string, method: string, path: string, authorization: string | undefined, body?: unknown) {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (authorization) headers.authorization = authorization
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${origin}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // CouchDB answers JSON; keep the text when it does not.
  }
  return { status: res.status, body: parsed }
}
