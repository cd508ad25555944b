/** crc-32 ships types for its CRC32 module only; its CRC32C module has the same API. */
declare module 'crc-32/crc32c' {
  /** The CRC32C of the bytes as a signed 32-bit integer. */
  export function buf(data: number[] | Uint8Array, seed?: number): number
}
