/**
 * Password-protected backups: the .sgbak bytes sealed with AES-256-GCM under a key derived
 * by PBKDF2-SHA256 (600,000 iterations, random salt and IV per file). The header (salt, IV,
 * iterations) is authenticated too, so any change to the file — header or ciphertext —
 * makes decryption fail instead of yielding altered data. Uses WebCrypto only (browser and
 * Node 20 alike).
 */
import { BackupError } from './errors'

const MAGIC = new TextEncoder().encode('SGBAK-ENC1\n')
const BACKUP_KDF_ITERATIONS = 600_000
/** Bounds for a file's own iteration count: refuse files that would hang the app. */
const MIN_ITERATIONS = 100_000
const MAX_ITERATIONS = 10_000_000
const MIN_BACKUP_PASSWORD_LENGTH = 6

interface Header {
  v: 1
  kdf: 'PBKDF2-SHA256'
  iterations: number
  salt: string
  iv: string
}

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

export function isEncryptedBackup(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false
  return MAGIC.every((b, i) => bytes[i] === b)
}

async function deriveKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export async function encryptBackup(plain: Uint8Array, password: string, iterations = BACKUP_KDF_ITERATIONS): Promise<Uint8Array> {
  if (password.length < MIN_BACKUP_PASSWORD_LENGTH)
    throw new BackupError('weak-password', `备份密码至少需要 ${MIN_BACKUP_PASSWORD_LENGTH} 个字符`)
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const header: Header = { v: 1, kdf: 'PBKDF2-SHA256', iterations, salt: b64(salt), iv: b64(iv) }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const key = await deriveKey(password, salt, iterations)
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: headerBytes as BufferSource }, key, plain as BufferSource),
  )
  const out = new Uint8Array(MAGIC.length + 4 + headerBytes.length + sealed.length)
  out.set(MAGIC, 0)
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length)
  out.set(headerBytes, MAGIC.length + 4)
  out.set(sealed, MAGIC.length + 4 + headerBytes.length)
  return out
}

const damaged = () => new BackupError('wrong-password', '密码不正确，或文件已被改动，无法打开这个加密备份。数据库未作任何改动。')

export async function decryptBackup(bytes: Uint8Array, password: string): Promise<Uint8Array> {
  if (!isEncryptedBackup(bytes)) return bytes
  if (password === '') throw new BackupError('encrypted', '这是加密备份，请输入备份密码')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < MAGIC.length + 4) throw damaged()
  const headerLength = view.getUint32(MAGIC.length)
  const start = MAGIC.length + 4
  if (headerLength > 4096 || start + headerLength >= bytes.length) throw damaged()
  const headerBytes = bytes.slice(start, start + headerLength)
  let header: Header
  try {
    header = JSON.parse(new TextDecoder().decode(headerBytes)) as Header
  } catch {
    throw damaged()
  }
  if (
    header.v !== 1 ||
    header.kdf !== 'PBKDF2-SHA256' ||
    !Number.isInteger(header.iterations) ||
    header.iterations < MIN_ITERATIONS ||
    header.iterations > MAX_ITERATIONS ||
    typeof header.salt !== 'string' ||
    typeof header.iv !== 'string'
  )
    throw damaged()
  try {
    const key = await deriveKey(password, unb64(header.salt), header.iterations)
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unb64(header.iv) as BufferSource, additionalData: headerBytes as BufferSource },
      key,
      bytes.slice(start + headerLength) as BufferSource,
    )
    return new Uint8Array(plain)
  } catch {
    throw damaged()
  }
}
