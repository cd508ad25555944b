import { describe, expect, it } from 'vitest'
import { BackupError, decryptBackup, encryptBackup, isEncryptedBackup } from '@shared/backup'

const plain = new TextEncoder().encode('PK…这是一个备份文件的内容'.repeat(50))

async function refusal(p: Promise<unknown>): Promise<BackupError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(BackupError)
  return e as BackupError
}

describe('password-protected backups', () => {
  it('round-trips with the right password, with a fresh salt and IV per file', async () => {
    const a = await encryptBackup(plain, '林泉社区2025')
    const b = await encryptBackup(plain, '林泉社区2025')
    expect(isEncryptedBackup(a)).toBe(true)
    expect(isEncryptedBackup(plain)).toBe(false)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
    expect(await decryptBackup(a, '林泉社区2025')).toEqual(plain)
    const header = new TextDecoder().decode(a.slice(0, 200))
    expect(header).toContain('"iterations":600000')
  })

  it('refuses a wrong password with a clear message', async () => {
    const sealed = await encryptBackup(plain, 'correct-horse')
    const e = await refusal(decryptBackup(sealed, 'wrong-horse'))
    expect(e.code).toBe('wrong-password')
    expect(e.message).toContain('密码不正确')
  })

  it('refuses tampered ciphertext and a tampered header', async () => {
    const sealed = await encryptBackup(plain, 'correct-horse')
    const body = sealed.slice()
    body[body.length - 20]! ^= 0x01
    expect((await refusal(decryptBackup(body, 'correct-horse'))).code).toBe('wrong-password')
    const head = sealed.slice()
    const at = new TextDecoder().decode(head).indexOf('"iv":"') + 6
    head[at] = head[at] === 0x41 ? 0x42 : 0x41
    expect((await refusal(decryptBackup(head, 'correct-horse'))).code).toBe('wrong-password')
  })

  it('asks for a password when none is given and refuses short ones when sealing', async () => {
    const sealed = await encryptBackup(plain, 'correct-horse')
    expect((await refusal(decryptBackup(sealed, ''))).code).toBe('encrypted')
    expect((await refusal(encryptBackup(plain, '12345'))).message).toBe('备份密码至少需要 6 个字符')
  })

  it('passes plain backups through unchanged', async () => {
    expect(await decryptBackup(plain, '')).toBe(plain)
  })
})
