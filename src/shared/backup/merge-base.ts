/**
 * The versions both laptops last agreed on, record by record: the base of the three-way merge
 * (merge-plan.ts), read from the bookkeeping each side keeps of their last exchange.
 */
import type { SyncState } from '../model/stored'

export interface Base {
  /** This laptop's version right after the exchange. */
  local: string
  /** The other laptop's version right after the exchange. */
  remote: string
  /** The exchange was the other laptop taking ours: where the two then differed, it chose its version knowing ours. */
  remoteDecided: boolean
  /** The records' revs right after the exchange, this laptop's then the other's, where recorded. */
  revs: readonly [number, number] | null
}

/** The versions both sides last agreed on, from whichever of the two exchanges is more recent. */
export function baseFinder(localSync: SyncState | null, remoteSync: SyncState | null) {
  // Both times are on the remote laptop's clock: when it wrote the file we took last, and
  // when it last took ours.
  const order: { s: SyncState; mine: boolean; t: number }[] = []
  if (localSync) order.push({ s: localSync, mine: true, t: Date.parse(localSync.fileCreatedAt) })
  if (remoteSync) order.push({ s: remoteSync, mine: false, t: Date.parse(remoteSync.at) })
  order.sort((a, b) => b.t - a.t)
  return (key: string): Base | null => {
    for (const { s, mine } of order) {
      const seen = s.seen[key]
      if (seen === undefined) continue
      const kept = s.kept[key] ?? seen
      // A state written before versions has none (and one built in code may skip the default).
      const pair = s.revs?.[key]
      // Ours: `seen` is the remote's version, `kept` ours. Theirs: the other way round.
      return mine
        ? { local: kept, remote: seen, remoteDecided: false, revs: pair ? ([pair[0], pair[1]] as const) : null }
        : { local: seen, remote: kept, remoteDecided: true, revs: pair ? ([pair[1], pair[0]] as const) : null }
    }
    return null
  }
}
