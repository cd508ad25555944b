import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StudioDatabase } from '@renderer/db/schema'
import {
  APP_LOCK_KEY,
  changeAppLockPassword,
  checkAppLockPassword,
  disableAppLock,
  enableAppLock,
  getAppLock,
  passwordProblem,
  setAppLockIdleMinutes,
} from '@renderer/db/app-lock'
import { fromBase64, hashPassword, MIN_PBKDF2_ITERATIONS, verifyPassword } from '@renderer/features/lock/password-hash'

let db: StudioDatabase
let n = 0
beforeEach(async () => {
  db = new StudioDatabase(`app-lock-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('password hashing', () => {
  it('uses PBKDF2-SHA256 with at least 600,000 iterations, a 16-byte salt and a 32-byte hash', async () => {
    const h = await hashPassword('督导123456')
    expect(h.algorithm).toBe('PBKDF2-SHA256')
    expect(h.iterations).toBeGreaterThanOrEqual(600_000)
    expect(fromBase64(h.salt)).toHaveLength(16)
    expect(fromBase64(h.hash)).toHaveLength(32)
    expect(await verifyPassword('督导123456', h)).toBe(true)
    expect(await verifyPassword('督导12345', h)).toBe(false)
  })

  it('derives exactly what Node’s own PBKDF2-HMAC-SHA256 derives', async () => {
    // Independent check with Node's crypto of the same derivation.
    const { pbkdf2Sync } = await import('node:crypto')
    const salt = new Uint8Array(16).fill(7)
    const h = await hashPassword('password', { salt, iterations: MIN_PBKDF2_ITERATIONS })
    const expected = pbkdf2Sync('password', Buffer.from(salt), MIN_PBKDF2_ITERATIONS, 32, 'sha256').toString('base64')
    expect(h.hash).toBe(expected)
  })

  it('salts every password differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')])
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('refuses fewer iterations, for hashing and for verifying', async () => {
    await expect(hashPassword('x', { iterations: 1000 })).rejects.toThrow('600000')
    const weak = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'A'.repeat(43) + '=' }
    expect(await verifyPassword('x', weak)).toBe(false)
  })

  it('treats the same password typed in NFC or NFD as the same', async () => {
    const h = await hashPassword('café-密码')
    expect(await verifyPassword('cafe\u0301-密码', h)).toBe(true)
  })
})

describe('app lock settings', () => {
  it('has no lock by default', async () => {
    expect(await getAppLock(db)).toBeNull()
  })

  it('stores only salt, hash, iterations and idle time — never the password', async () => {
    await enableAppLock(db, 'mima-2025', 15)
    const row = await db.settings.get(APP_LOCK_KEY)
    expect(Object.keys(row?.value as object).sort()).toEqual(['algorithm', 'hash', 'idleMinutes', 'iterations', 'salt'])
    expect(JSON.stringify(row)).not.toContain('mima-2025')
    const config = await getAppLock(db)
    expect(config?.idleMinutes).toBe(15)
    expect(config && (await checkAppLockPassword(config, 'mima-2025'))).toBe(true)
    expect(config && (await checkAppLockPassword(config, 'mima-2024'))).toBe(false)
  })

  it('refuses short passwords in Chinese', async () => {
    expect(passwordProblem('12345')).toBe('密码至少需要 6 个字符')
    expect(passwordProblem(' 123456')).toBe('密码首尾不能是空格')
    expect(passwordProblem('123456')).toBeNull()
    await expect(enableAppLock(db, '123')).rejects.toThrow('密码至少需要 6 个字符')
    expect(await getAppLock(db)).toBeNull()
  })

  it('changes the password only with the current one', async () => {
    await enableAppLock(db, 'first-pass', 5)
    expect(await changeAppLockPassword(db, 'wrong-pass', 'second-pass')).toBe(false)
    expect(await checkAppLockPassword((await getAppLock(db))!, 'first-pass')).toBe(true)
    expect(await changeAppLockPassword(db, 'first-pass', 'second-pass')).toBe(true)
    const config = (await getAppLock(db))!
    expect(await checkAppLockPassword(config, 'second-pass')).toBe(true)
    expect(config.idleMinutes).toBe(5)
  })

  it('turns off only with the password', async () => {
    await enableAppLock(db, 'first-pass')
    expect(await disableAppLock(db, 'nope-nope')).toBe(false)
    expect(await getAppLock(db)).not.toBeNull()
    expect(await disableAppLock(db, 'first-pass')).toBe(true)
    expect(await getAppLock(db)).toBeNull()
  })

  it('changes the idle time', async () => {
    await enableAppLock(db, 'first-pass', 10)
    await setAppLockIdleMinutes(db, 0)
    expect((await getAppLock(db))?.idleMinutes).toBe(0)
    await expect(setAppLockIdleMinutes(db, -1)).rejects.toThrow('自动锁定时间无效')
  })

  it('treats a damaged row as no lock (it hides the screen; it is not encryption)', async () => {
    await db.settings.put({ key: APP_LOCK_KEY, value: { algorithm: 'PBKDF2-SHA256', iterations: 10 }, updatedAt: '2025-01-01T00:00:00.000Z' })
    expect(await getAppLock(db)).toBeNull()
  })
})
