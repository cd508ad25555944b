/** SHA-256 as lower-case hex, through WebCrypto (browsers, Electron's renderer, Node ≥ 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  const view = new Uint8Array(digest)
  let out = ''
  for (const b of view) out += b.toString(16).padStart(2, '0')
  return out
}
