/**
 * Pure URL guards. Every decision about "is this ours?" goes through these, and every one
 * parses with `new URL` — never string prefixes, which `app://studio.evil` or
 * `https://evil.example/?next=app://studio` would fool.
 */
import { APP_HOST, APP_SCHEME } from '@shared/app-info'

function parse(value: string): URL | null {
  if (typeof value !== 'string') return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** True only for app://studio/… with no credentials and no port. */
export function isAppUrl(value: string): boolean {
  const url = parse(value)
  if (!url) return false
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  )
}

/**
 * True when `value` is on the dev server's origin. `devOrigin` must be given explicitly
 * (the caller only passes it in development) and must itself be an http(s) URL.
 */
export function isDevServerUrl(value: string, devOrigin: string | undefined | null): boolean {
  if (!devOrigin) return false
  const dev = parse(devOrigin)
  const url = parse(value)
  if (!dev || !url) return false
  if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '') return false
  return url.protocol === dev.protocol && url.host === dev.host
}

/** Our own pages: the packaged renderer, or the dev server when one was given. */
export function isTrustedUrl(value: string, devOrigin?: string | null): boolean {
  return isAppUrl(value) || isDevServerUrl(value, devOrigin)
}

/** Links we may hand to the operating system's browser: plain http/https, no credentials. */
export function isSafeExternalUrl(value: string): boolean {
  const url = parse(value)
  if (!url) return false
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '') return false
  return url.hostname !== ''
}
