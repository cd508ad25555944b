import { LAPTOP_MARKS } from '@shared/model'
import type { PouchDatabase, PouchDoc } from './pouch'

export const LAPTOPS_DOC_ID = 'meta:laptops'

/**
 * This laptop's 编号 letter in the studio (docs/domain.md, 编号): the one it already holds in the
 * studio database's `meta:laptops`, else the lowest letter no laptop holds, claimed on the server
 * itself (not a local copy: two laptops offline must not take the same letter). A laptop keeps
 * its letter for good. Throws when the server cannot be reached; the caller claims again later.
 */
export async function claimLaptopMark(remote: PouchDatabase, studio: string, deviceId: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const doc = await remote.get(LAPTOPS_DOC_ID).catch((e: { status?: number }) => {
      if (e.status === 404) return { _id: LAPTOPS_DOC_ID, studio, marks: {} } as PouchDoc
      throw e
    })
    const marks = (doc.marks ?? {}) as Record<string, string>
    const held = Object.keys(marks).find((m) => marks[m] === deviceId)
    if (held) return held
    const free = [...LAPTOP_MARKS].find((m) => !marks[m])
    if (!free) throw new Error('本工作室可分配的电脑字母已用完，请联系管理员')
    try {
      await remote.put({ ...doc, studio, marks: { ...marks, [free]: deviceId } })
      return free
    } catch (e) {
      if ((e as { status?: number }).status !== 409) throw e // 409: another laptop claimed meanwhile
    }
  }
  throw new Error('暂时无法分配电脑字母，稍后将重试')
}
