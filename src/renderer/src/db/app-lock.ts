/**
 * The app lock's settings row (settings key 'appLock'): the password's salted PBKDF2 hash
 * and the idle time. No row means no lock. The password itself is never stored.
 *
 * This row belongs to this laptop: backups should not carry it (see the note in
 * docs/security.md), and a damaged row counts as "no lock" rather than locking the studio
 * out of its data — the lock hides the screen, it does not encrypt the database, so anyone
 * able to edit the database could read it anyway.
 */
import { z } from 'zod'
import type { SettingRow } from '@shared/model'
import {
  HASH_BYTES,
  hashPassword,
  MIN_PBKDF2_ITERATIONS,
  PASSWORD_HASH_ALGORITHM,
  SALT_BYTES,
  verifyPassword,
} from '../features/lock/password-hash'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'

export const APP_LOCK_KEY = 'appLock' as const

/** Choices for "lock after N minutes idle"; 0 = only when the app starts. */
export const IDLE_MINUTE_CHOICES = [0, 5, 10, 15, 30, 60] as const
export const DEFAULT_IDLE_MINUTES = 10
export const MIN_PASSWORD_LENGTH = 6
export const MAX_PASSWORD_LENGTH = 128

const base64OfLength = (bytes: number) =>
  z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).refine((s) => {
    try {
      return atob(s).length === bytes
    } catch {
      return false
    }
  })

export const appLockSchema = z.object({
  algorithm: z.literal(PASSWORD_HASH_ALGORITHM),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(50_000_000),
  salt: base64OfLength(SALT_BYTES),
  hash: base64OfLength(HASH_BYTES),
  idleMinutes: z.number().int().min(0).max(24 * 60),
})
export type AppLockConfig = z.infer<typeof appLockSchema>

/** The lock settings, or null when there is no (valid) lock. */
export async function getAppLock(db: StudioDatabase): Promise<AppLockConfig | null> {
  const row = await db.settings.get(APP_LOCK_KEY)
  if (!row) return null
  const parsed = appLockSchema.safeParse(row.value)
  return parsed.success ? parsed.data : null
}

/** A Chinese reason the password cannot be used, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`
  if (password.trim() !== password) return '密码首尾不能是空格'
  return null
}

function idleMinutesOrThrow(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) throw new Error('自动锁定时间无效')
  return minutes
}

async function put(db: StudioDatabase, value: AppLockConfig): Promise<void> {
  const row: SettingRow = { key: APP_LOCK_KEY, value: appLockSchema.parse(value), updatedAt: nowIso() }
  await write(db, ['settings'], () => db.settings.put(row))
}

/** Turns the lock on (or replaces it) with a new password. Hashing happens before the write. */
export async function enableAppLock(
  db: StudioDatabase,
  password: string,
  idleMinutes: number = DEFAULT_IDLE_MINUTES,
  options: { iterations?: number } = {},
): Promise<AppLockConfig> {
  const problem = passwordProblem(password)
  if (problem) throw new Error(problem)
  const hashed = await hashPassword(password, { iterations: options.iterations })
  const value: AppLockConfig = { ...hashed, idleMinutes: idleMinutesOrThrow(idleMinutes) }
  await put(db, value)
  return value
}

export async function checkAppLockPassword(config: AppLockConfig, password: string): Promise<boolean> {
  return verifyPassword(password, config)
}

/** Changes the password; false (and nothing changed) when the current one is wrong. */
export async function changeAppLockPassword(db: StudioDatabase, current: string, next: string): Promise<boolean> {
  const config = await getAppLock(db)
  if (!config || !(await verifyPassword(current, config))) return false
  await enableAppLock(db, next, config.idleMinutes, { iterations: Math.max(config.iterations, MIN_PBKDF2_ITERATIONS) })
  return true
}

/** Turns the lock off; false (and nothing changed) when the password is wrong. */
export async function disableAppLock(db: StudioDatabase, password: string): Promise<boolean> {
  const config = await getAppLock(db)
  if (!config) return true
  if (!(await verifyPassword(password, config))) return false
  await write(db, ['settings'], () => db.settings.delete(APP_LOCK_KEY))
  return true
}

export async function setAppLockIdleMinutes(db: StudioDatabase, minutes: number): Promise<void> {
  const config = await getAppLock(db)
  if (!config) return
  await put(db, { ...config, idleMinutes: idleMinutesOrThrow(minutes) })
}
