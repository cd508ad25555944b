import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/model'
import { clearSyncConfig, getSyncConfig, saveSyncConfig } from '@renderer/db/sync-config'
import { createBackup, openBackupFile } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

const opened: StudioDatabase[] = []
afterEach(async () => {
  for (const d of opened.splice(0)) await dropDb(d)
})
/** A laptop's database, dropped after the test. */
const laptop = () => {
  const d = freshDb()
  opened.push(d)
  return d
}

describe('this laptop’s sync settings', () => {
  it('keeps the server as an origin, the code and the user; forgets them on 停止同步', async () => {
    const a = laptop()
    expect(await getSyncConfig(a)).toBeNull()
    const saved = await saveSyncConfig(a, { serverUrl: ' couch.linquan.example:6984/ ', studioCode: ' linquan ', username: ' 高瑞敏 ' })
    expect(saved).toEqual({ serverUrl: 'https://couch.linquan.example:6984', studioCode: 'linquan', username: '高瑞敏' })
    expect(await getSyncConfig(a)).toEqual(saved)
    await clearSyncConfig(a)
    expect(await getSyncConfig(a)).toBeNull()
  })

  it('refuses bad input with a Chinese message at its field, saving nothing', async () => {
    const a = laptop()
    const error = await saveSyncConfig(a, { serverUrl: 'https://admin:pw@couch.example', studioCode: 'LinQuan', username: '' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).fields).toEqual({
      serverUrl: '服务器地址中不要写用户名和密码，请填在下面的栏目中',
      studioCode: '工作室代码只能用小写字母、数字和连字符（-），由负责人提供',
      username: '请填写用户名',
    })
    expect(await getSyncConfig(a)).toBeNull()
  })

  it('never travels in a backup, and a restore keeps this laptop’s own', async () => {
    const [a, b] = [laptop(), laptop()]
    await saveSyncConfig(a, { serverUrl: 'https://couch.example:6984', studioCode: 'linquan', username: 'gao' })
    await saveSyncConfig(b, { serverUrl: 'https://couch.example:6984', studioCode: 'linquan', username: 'li' })
    const parsed = await openBackupFile((await createBackup(a, { appVersion: '0.1.0' })).bytes)
    expect(parsed.tables.settings.map((r) => r.key)).not.toContain('syncConfig')
    await restoreBackup(b, parsed)
    expect(await getSyncConfig(b)).toMatchObject({ username: 'li' })
  })
})
