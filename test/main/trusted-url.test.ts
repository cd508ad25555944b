import { describe, expect, it } from 'vitest'
import { isAppUrl, isDevServerUrl, isSafeExternalUrl, isTrustedUrl } from '../../src/main/trusted-url'

const DEV = 'http://localhost:5173'

describe('isAppUrl', () => {
  it.each([
    'https://evil.example/?next=app://x',
    'https://evil.example/?next=app://studio/index.html',
    'http://localhost.evil.example:3001',
    'http://localhost:5173/',
    'app://user@studio',
    'app://user@studio/index.html',
    'app://user:pass@studio/index.html',
    'app://studio.evil/',
    'app://studio.evil/index.html',
    'app://evilstudio/',
    'app://studio:8080/index.html',
    'app://other/',
    'app:/studio/index.html',
    'app:studio/index.html',
    'apps://studio/index.html',
    'file:///tmp/a.html',
    'file://studio/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://studio/1234',
    'about:blank',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it.each(['app://studio/index.html', 'app://studio/', 'app://studio/assets/index-abc.js', 'app://studio/index.html#/projects?x=1'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true)
    },
  )

  it('rejects non-strings without throwing', () => {
    expect(isAppUrl(undefined as unknown as string)).toBe(false)
    expect(isAppUrl(42 as unknown as string)).toBe(false)
  })
})

describe('isDevServerUrl', () => {
  it('accepts only the exact dev origin', () => {
    expect(isDevServerUrl('http://localhost:5173/', DEV)).toBe(true)
    expect(isDevServerUrl('http://localhost:5173/src/main.tsx?t=1', DEV)).toBe(true)
    expect(isDevServerUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isDevServerUrl('https://localhost:5173/', DEV)).toBe(false)
    expect(isDevServerUrl('http://localhost.evil.example:5173/', DEV)).toBe(false)
    expect(isDevServerUrl('http://user@localhost:5173/', DEV)).toBe(false)
    expect(isDevServerUrl('http://127.0.0.1:5173/', DEV)).toBe(false)
  })

  it('is false without a dev origin or with a non-http one', () => {
    expect(isDevServerUrl('http://localhost:5173/', undefined)).toBe(false)
    expect(isDevServerUrl('http://localhost:5173/', null)).toBe(false)
    expect(isDevServerUrl('http://localhost:5173/', '')).toBe(false)
    expect(isDevServerUrl('file:///tmp/a.html', 'file:///tmp/')).toBe(false)
    expect(isDevServerUrl('app://studio/', 'app://studio')).toBe(false)
  })
})

describe('isTrustedUrl', () => {
  it('trusts the dev server only when its origin is passed in', () => {
    expect(isTrustedUrl('app://studio/index.html')).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', DEV)).toBe(true)
    expect(isTrustedUrl('https://evil.example/', DEV)).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.org/help', true],
    ['http://example.org/', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['app://studio/index.html', false],
    ['https://user:pw@example.org/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected)
  })
})
