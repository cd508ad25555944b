/**
 * The web-standard globals src/shared uses, and nothing else: shared code runs in the
 * renderer (a browser page), in Node (tests, scripts) and behind the main process, so it
 * may use only what all three provide natively. tsconfig.shared.json has neither the DOM
 * library nor Node's types; this file declares the exact subset in use (WebCrypto for
 * backups, TextEncoder/TextDecoder, base64, the compression streams, URL), so reaching for
 * `document`, `window`, `Buffer` or `process` in src/shared fails the type check.
 *
 * The shapes follow the WHATWG/W3C definitions in TypeScript's lib.dom.d.ts. The renderer's
 * and the tests' programs type-check the same shared files against the full DOM and Node
 * typings, which keeps this subset honest.
 */

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder }

interface TextDecoder {
  decode(input?: AllowSharedBufferSource): string
}
type AllowSharedBufferSource = ArrayBufferLike | ArrayBufferView<ArrayBufferLike>
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder }

declare function btoa(data: string): string
declare function atob(data: string): string

interface CryptoKey {
  readonly algorithm: { name: string }
  readonly extractable: boolean
  readonly type: 'private' | 'public' | 'secret'
  readonly usages: KeyUsage[]
}
type KeyUsage = 'decrypt' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'sign' | 'unwrapKey' | 'verify' | 'wrapKey'
interface Pbkdf2Params {
  name: 'PBKDF2'
  hash: string
  salt: BufferSource
  iterations: number
}
interface AesKeyGenParams {
  name: string
  length: number
}
interface AesGcmParams {
  name: 'AES-GCM'
  iv: BufferSource
  additionalData?: BufferSource
  tagLength?: number
}
interface SubtleCrypto {
  importKey(format: 'raw', keyData: BufferSource, algorithm: string, extractable: boolean, keyUsages: KeyUsage[]): Promise<CryptoKey>
  deriveKey(algorithm: Pbkdf2Params, baseKey: CryptoKey, derivedKeyType: AesKeyGenParams, extractable: boolean, keyUsages: KeyUsage[]): Promise<CryptoKey>
  encrypt(algorithm: AesGcmParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>
  decrypt(algorithm: AesGcmParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>
  digest(algorithm: 'SHA-256', data: BufferSource): Promise<ArrayBuffer>
}
interface Crypto {
  readonly subtle: SubtleCrypto
  getRandomValues<T extends ArrayBufferView | null>(array: T): T
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`
}
declare var crypto: Crypto

type ReadableStreamReadResult<T> = { done: false; value: T } | { done: true; value?: undefined }
interface ReadableStreamDefaultReader<R> {
  read(): Promise<ReadableStreamReadResult<R>>
  releaseLock(): void
}
interface ReadableStream<R> {
  getReader(): ReadableStreamDefaultReader<R>
}
interface WritableStreamDefaultWriter<W> {
  write(chunk: W): Promise<void>
  close(): Promise<void>
}
interface WritableStream<W> {
  getWriter(): WritableStreamDefaultWriter<W>
}
interface ReadableWritablePair<R, W> {
  readable: ReadableStream<R>
  writable: WritableStream<W>
}
type CompressionFormat = 'deflate' | 'deflate-raw' | 'gzip'
type CompressionStream = ReadableWritablePair<Uint8Array<ArrayBuffer>, BufferSource>
declare var CompressionStream: { prototype: CompressionStream; new (format: CompressionFormat): CompressionStream }
type DecompressionStream = ReadableWritablePair<Uint8Array<ArrayBuffer>, BufferSource>
declare var DecompressionStream: { prototype: DecompressionStream; new (format: CompressionFormat): DecompressionStream }

/** The WHATWG URL parser (src/shared/sync/server-url.ts checks a server address with it). */
interface URL {
  readonly origin: string
  readonly protocol: string
  readonly username: string
  readonly password: string
  readonly hostname: string
  readonly pathname: string
  readonly search: string
  readonly hash: string
  readonly href: string
}
declare var URL: { prototype: URL; new (url: string, base?: string): URL }
