/**
 * The interface between the sync engine (db/sync/engine.ts) and the screens that show it
 * (设置 → 同步, the header). docs/architecture.md, Studio sync.
 */

/** What the user enters on 设置 → 同步 (the password is kept apart: never stored in clear). */
export interface SyncConfig {
  /** e.g. `https://couch.linquan.example:6984` (no database name, no credentials). */
  serverUrl: string
  /** The studio's code: lowercase letters, digits, `-` (databases `studio-<code>`, `studio-<code>-sensitive`). */
  studioCode: string
  username: string
}

export type SyncStatus =
  | { state: 'off' } // 未配置 / 已停止
  | { state: 'connecting' }
  | { state: 'first-sync'; done: number; total: number } // progress bar with 取消
  | { state: 'syncing'; pending: number } // 同步中（剩余 n 条）
  | { state: 'synced'; at: string } // 已同步 (ISO time of the last completed exchange)
  | { state: 'offline'; pending: number } // 离线（n 条待上传）
  | { state: 'error'; message: string } // Chinese, e.g. 用户名或密码错误

/** A line of the sync log: refused documents, retries, resolved conflicts, in Chinese. */
export interface SyncLogLine {
  at: string
  text: string
}

export interface SyncHandle {
  status(): SyncStatus
  /** Called on every change of status (not with the current one); returns the unsubscribe. */
  subscribe(listener: (s: SyncStatus) => void): () => void
  /** Sends what the outbox holds and takes what the server has now; resolves when both are done. */
  syncNow(): Promise<void>
  /** Stops a first sync in progress; what was already exchanged stays, the next start resumes. */
  cancelFirstSync(): void
  /** Stops replication and the feeds; the outbox keeps collecting writes for the next start. */
  stop(): Promise<void>
  /** The newest lines last (at most the last 200). */
  log(): readonly SyncLogLine[]
}

export type ConnectionFailure = 'unreachable' | 'auth' | 'forbidden' | 'certificate' | 'other'

export type ConnectionResult = { ok: true } | { ok: false; reason: ConnectionFailure; message: string }
