import { BACKUP_TABLES, type BackupTable } from '../model/stored'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_NAME, partName, type BackupManifest } from './format'
import { sha256Hex } from './sha256'
import { zipEntries, type ZipEntry } from './zip'

export interface BackupInput {
  tables: Partial<Record<BackupTable, readonly unknown[]>>
  appVersion: string
  schemaVersion: number
  deviceId: string
  studioName: string
  createdAt: string
}

/**
 * Writes a .sgbak file: a zip holding manifest.json (versions, counts, SHA-256 of each part)
 * and one JSON array per table. Pure: no database, no clock.
 */
export async function writeBackup(input: BackupInput): Promise<Uint8Array> {
  const entries: ZipEntry[] = []
  const encoder = new TextEncoder()
  const counts: Record<string, number> = {}
  const sha256: Record<string, string> = {}
  for (const table of BACKUP_TABLES) {
    const rows = input.tables[table] ?? []
    const bytes = encoder.encode(JSON.stringify(rows))
    const name = partName(table)
    counts[table] = rows.length
    sha256[name] = await sha256Hex(bytes)
    entries.push({ name, data: bytes })
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    deviceId: input.deviceId,
    studioName: input.studioName,
    counts,
    sha256,
  }
  entries.unshift({ name: MANIFEST_NAME, data: encoder.encode(JSON.stringify(manifest, null, 2)) })
  return zipEntries(entries, new Date(input.createdAt))
}
