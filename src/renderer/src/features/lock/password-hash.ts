/**
 * Password hashing for the app lock: PBKDF2-HMAC-SHA256 through WebCrypto, a random 16-byte
 * salt per password, at least 600,000 iterations (OWASP's current figure for PBKDF2-SHA256).
 * Only the salt, the derived 32 bytes and the iteration count are ever stored.
 */
export const PASSWORD_HASH_ALGORITHM = 'PBKDF2-SHA256' as const
export const MIN_PBKDF2_ITERATIONS = 600_000
export const DEFAULT_PBKDF2_ITERATIONS = 600_000
export const SALT_BYTES = 16
export const HASH_BYTES = 32

export interface PasswordHash {
  algorithm: typeof PASSWORD_HASH_ALGORITHM
  iterations: number
  /** base64 */
  salt: string
  /** base64 */
  hash: string
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle
  if (!s) throw new Error('此环境不支持 WebCrypto，无法使用应用锁')
  return s
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** NFC so the same password typed through different input methods hashes the same. */
function passwordBytes(password: string): Uint8Array {
  return new TextEncoder().encode(password.normalize('NFC'))
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await subtle().importKey('raw', passwordBytes(password) as BufferSource, 'PBKDF2', false, ['deriveBits'])
  const bits = await subtle().deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BYTES * 8,
  )
  return new Uint8Array(bits)
}

export async function hashPassword(
  password: string,
  options: { iterations?: number; salt?: Uint8Array } = {},
): Promise<PasswordHash> {
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS
  if (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS) {
    throw new Error(`PBKDF2 迭代次数不能少于 ${MIN_PBKDF2_ITERATIONS}`)
  }
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const hash = await derive(password, salt, iterations)
  return { algorithm: PASSWORD_HASH_ALGORITHM, iterations, salt: toBase64(salt), hash: toBase64(hash) }
}

/** Compares every byte whatever the first difference (no early exit). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (stored.algorithm !== PASSWORD_HASH_ALGORITHM || stored.iterations < MIN_PBKDF2_ITERATIONS) return false
  const expected = fromBase64(stored.hash)
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations)
  return sameBytes(actual, expected)
}
