/** Why a backup file was refused. Every code has one Chinese sentence shown to the user. */
export type BackupErrorCode =
  | 'too-large'
  | 'not-zip'
  | 'no-manifest'
  | 'bad-manifest'
  | 'newer-schema'
  | 'missing-part'
  | 'checksum'
  | 'bad-json'
  | 'count-mismatch'
  | 'invalid-record'
  | 'duplicate'
  | 'broken-link'
  | 'implausible'
  | 'same-device'
  | 'older-file'
  | 'encrypted'
  | 'wrong-password'
  | 'weak-password'

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
