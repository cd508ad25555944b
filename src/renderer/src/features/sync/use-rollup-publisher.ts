/**
 * 区级汇总 after each sync (issue 17): once the studio's records are in step with the server,
 * the roll-up of every finalised period goes to the studio's rollup database — written only
 * when its figures changed (reports/rollup.ts). One run at a time; a sync finishing meanwhile
 * runs it once more afterwards.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { db } from '../../db/connection'
import { nowIso, todayString } from '../../db/clock'
import { describeError } from '../../app/errors'
import { changeMark } from '../../db/changes'
import { publishStudioRollups, ROLLUP_SOURCE_TABLES } from '../../reports/rollup'
import { RollupPublishError } from '@shared/rollup/publish'
import type { SyncConfig, SyncStatus } from './sync-types'

export type RollupPublishState =
  | { state: 'idle' }
  | { state: 'publishing' }
  | { state: 'done'; at: string; periods: string[]; written: string[] }
  | { state: 'error'; at: string; message: string }

export function useRollupPublisher(config: SyncConfig | null, password: string | null, status: SyncStatus): { rollup: RollupPublishState; publishRollups: () => Promise<void> } {
  const [rollup, setRollup] = useState<RollupPublishState>({ state: 'idle' })
  const running = useRef<Promise<void> | null>(null)
  const again = useRef(false)
  const published = useRef<string | null>(null)

  const publishRollups = useCallback(async (): Promise<void> => {
    if (!config || !password) return
    if (running.current) {
      again.current = true
      return running.current
    }
    const server = { serverUrl: config.serverUrl, studioCode: config.studioCode, username: config.username, password }
    running.current = (async () => {
      do {
        again.current = false
        // Nothing written here since the last publishing that went through, the same day: every
        // roll-up is as the server has it (a big studio's periods take a good part of a second).
        const today = todayString()
        const key = `${config.serverUrl}|${config.studioCode}|${config.username}|${today}|${changeMark(db, ROLLUP_SOURCE_TABLES)}`
        if (key === published.current) continue
        setRollup({ state: 'publishing' })
        try {
          const r = await publishStudioRollups(db, server, { today, generatedAt: nowIso(), fetchImpl: (url, init) => fetch(url, init) })
          published.current = key
          setRollup({ state: 'done', at: nowIso(), periods: r.periods, written: r.written })
        } catch (e) {
          const message = e instanceof RollupPublishError ? e.message : e instanceof TypeError ? '区级汇总未能上报：无法连接同步服务器，下次同步后再试' : describeError(e, 'save')
          setRollup({ state: 'error', at: nowIso(), message })
        }
      } while (again.current)
    })().finally(() => {
      running.current = null
    })
    return running.current
  }, [config, password])

  const syncedAt = status.state === 'synced' ? status.at : null
  useEffect(() => {
    if (syncedAt) void publishRollups()
  }, [syncedAt, publishRollups])

  return { rollup, publishRollups }
}
