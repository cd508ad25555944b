/**
 * The one running sync of this page, shared by 设置 → 同步 and the header: the saved settings,
 * the engine's status and log, and what a person can do (start, stop, 立即同步, enter the password
 * of this session). Starts by itself when settings and a password are at hand.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { db } from '../../db/connection'
import { clearSyncConfig, getSyncConfig, saveSyncConfig } from '../../db/sync-config'
import { admitServer, forgetPassword, recallPassword, rememberPassword } from '../../platform/sync-secrets'
import type { StartSync, SyncConfig, SyncHandle, SyncLogLine, SyncStatus } from './sync-types'
import { useRollupPublisher, type RollupPublishState } from './use-rollup-publisher'

export interface SyncController {
  /** null: this laptop does not sync (or the settings are still being read: `loaded` false). */
  config: SyncConfig | null
  loaded: boolean
  status: SyncStatus
  /** Settings are saved but this session has no password yet (not stored on this computer). */
  needsPassword: boolean
  /** An engine is part of this build. */
  canSync: boolean
  log: readonly SyncLogLine[]
  /** Saves the settings and the password, then syncs; 'reload' when the page must load again first (CSP). */
  save(input: SyncConfig, password: string): Promise<'started' | 'saved' | 'reload'>
  /** 停止同步: stops and forgets the server, the settings and the password on this laptop. */
  stopAndForget(): Promise<void>
  enterPassword(password: string): Promise<void>
  syncNow(): Promise<void>
  cancelFirstSync(): void
  /** 区级汇总: the last publishing of the studio's roll-ups after a sync. */
  rollup: RollupPublishState
  publishRollups(): Promise<void>
}

const OFF: SyncStatus = { state: 'off' }
const SyncContext = createContext<SyncController | null>(null)

export function SyncProvider({ startSync, children }: { startSync: StartSync | null; children: ReactNode }) {
  const [config, setConfig] = useState<SyncConfig | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [status, setStatus] = useState<SyncStatus>(OFF)
  const [log, setLog] = useState<readonly SyncLogLine[]>([])
  const [needsPassword, setNeedsPassword] = useState(false)
  const handle = useRef<SyncHandle | null>(null)
  // The running sync's password, for the roll-ups it publishes (in memory only, like the engine's).
  const [password, setPassword] = useState<string | null>(null)
  const { rollup, publishRollups } = useRollupPublisher(config, password, status)
  const unsubscribe = useRef<(() => void) | null>(null)
  // The server this page's CSP admits: the one saved when it loaded.
  const admittedAtLoad = useRef<string | null>(null)

  const halt = useCallback(async () => {
    unsubscribe.current?.()
    unsubscribe.current = null
    const running = handle.current
    handle.current = null
    setPassword(null)
    setStatus(OFF)
    await running?.stop()
  }, [])

  const begin = useCallback(
    async (next: SyncConfig, password: string) => {
      await halt()
      if (!startSync) return
      const h = startSync(db, next, password)
      handle.current = h
      setPassword(password)
      setStatus(h.status())
      setLog([...h.log()])
      unsubscribe.current = h.subscribe((s) => {
        setStatus(s)
        setLog([...h.log()])
      })
    },
    [halt, startSync],
  )

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const saved = await getSyncConfig(db)
      if (cancelled) return
      admittedAtLoad.current = saved?.serverUrl ?? null
      setConfig(saved)
      setLoaded(true)
      if (!saved || !startSync) return
      const password = await recallPassword()
      if (cancelled) return
      if (password) await begin(saved, password)
      else setNeedsPassword(true)
    })().catch(console.error)
    return () => {
      cancelled = true
      void halt()
    }
  }, [begin, halt, startSync])

  const controller = useMemo<SyncController>(
    () => ({
      config,
      loaded,
      status,
      needsPassword,
      canSync: startSync !== null,
      log,
      async save(input, password) {
        const saved = await saveSyncConfig(db, input)
        await rememberPassword(password)
        setConfig(saved)
        setNeedsPassword(false)
        if (await admitServer(saved.serverUrl, admittedAtLoad.current)) return 'reload'
        if (!startSync) return 'saved'
        await begin(saved, password)
        return 'started'
      },
      async stopAndForget() {
        await halt()
        await clearSyncConfig(db)
        await forgetPassword()
        await admitServer(null, admittedAtLoad.current)
        setConfig(null)
        setNeedsPassword(false)
        setLog([])
      },
      async enterPassword(password) {
        if (!config) return
        await rememberPassword(password)
        setNeedsPassword(false)
        await begin(config, password)
      },
      syncNow: () => handle.current?.syncNow() ?? Promise.resolve(),
      cancelFirstSync: () => handle.current?.cancelFirstSync(),
      rollup,
      publishRollups,
    }),
    [begin, config, halt, loaded, log, needsPassword, publishRollups, rollup, startSync, status],
  )
  return <SyncContext.Provider value={controller}>{children}</SyncContext.Provider>
}

export function useSync(): SyncController {
  const controller = useContext(SyncContext)
  if (!controller) throw new Error('useSync outside SyncProvider')
  return controller
}
