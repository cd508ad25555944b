import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createPerson } from '@renderer/db/persons'
import { StudioDatabase } from '@renderer/db/schema'
import { getSyncRow } from '@renderer/db/sync/state'
import { write } from '@renderer/db/write'
import { recordDocId, SENSITIVE_TEXT_FIELDS, textDocId } from '@shared/sync/documents'
import { laptop, memoryServer, MemoryPouch, saveSensitiveSession, STUDIO, type Laptop } from './support/laptops'

const open: Laptop[] = []
const make = (...args: Parameters<typeof laptop>) => {
  const l = laptop(...args)
  open.push(l)
  return l
}
afterEach(async () => {
  for (const l of open.splice(0)) await l.drop()
})

const PERSON = { role: '社工', qualification: '社会工作师' } as const

describe('sync faults', () => {
  it('the app closed with changes in the outbox: they upload after the next start', async () => {
    const server = memoryServer()
    const a = make(server)
    await a.sync.syncNow()
    await a.sync.stop() // offline from here: the sync is not running
    const p = await createPerson(a.db, { name: '李文静', ...PERSON })
    expect(await a.db.outbox.count()).toBe(1)
    await a.close()
    expect(await server.records.get(recordDocId('persons', p.id)).catch(() => null)).toBeNull()

    a.db = new StudioDatabase(a.db.name)
    a.start()
    await a.sync.syncNow()
    expect(await server.records.get(recordDocId('persons', p.id))).toMatchObject({ name: '李文静' })
    expect(await a.db.outbox.count()).toBe(0)
  })

  it('a malformed or schema-invalid document on the server is refused with a Chinese line, nothing applied', async () => {
    const server = memoryServer()
    const good = await createPerson(make(server).db, { name: '周晓岚', ...PERSON })
    await open[0]!.sync.syncNow()
    const id = '0b7c6f1e-3d2a-4c1b-9e8f-123456789abc'
    const goodRev = (await server.records.get(recordDocId('persons', good.id)))._rev
    const base = { id, role: '社工', org: '', qualification: '无', field: null, phone: '', note: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null }
    await server.records.bulkDocs([
      { _id: recordDocId('persons', id), studio: STUDIO, table: 'persons', ...base, name: '' }, // 姓名必填
      { _id: recordDocId('persons', 'other'), studio: 'other-studio', table: 'persons', ...base, id: 'other', name: '外人' },
      { _id: 'nonsense:1', hello: 'world' },
      { _id: recordDocId('persons', good.id), _rev: goodRev, studio: STUDIO, table: 'persons', name: '周晓岚', phone: 12345 }, // half a record over a good one
    ])
    const b = make(server)
    await b.sync.syncNow()
    expect(await b.db.persons.get(id)).toBeUndefined()
    expect(await b.db.persons.get('other')).toBeUndefined()
    expect(await b.db.persons.get(good.id)).toBeUndefined()
    const lines = b.sync.log().map((l) => l.text)
    expect(lines).toContainEqual(`已拒绝服务器上的人员“${id}”（“名称”不合格：姓名必填），未写入本机。`)
    expect(lines).toContainEqual('已拒绝服务器上的人员“外人”（不属于本工作室），未写入本机。')
    expect(lines).toContainEqual('已拒绝服务器上的文档“nonsense:1”：不是本应用的记录，未写入本机。')
    expect(lines).toContainEqual('已拒绝服务器上的人员“周晓岚”（文档编号与内容不一致），未写入本机。')
    expect(b.sync.status()).toMatchObject({ state: 'synced' })
  })

  it('a malformed text document in the sensitive database is refused with a Chinese line, nothing of it applied', async () => {
    const server = memoryServer()
    const a = make(server)
    const texts = { questions: '案主家暴情况', process: '讨论安全计划', advice: '联系妇联', supervisorReflection: '', superviseeReflection: '', riskNote: '人身安全风险' }
    const session = await saveSensitiveSession(a.db, texts)
    await a.sync.syncNow()
    const good = await server.texts.get(textDocId(session.id))
    await server.texts.bulkDocs([
      { ...good, questions: 42 }, // not text
      { _id: textDocId('0b7c6f1e-3d2a-4c1b-9e8f-123456789abc'), studio: 'other-studio', sessionId: '0b7c6f1e-3d2a-4c1b-9e8f-123456789abc', questions: '外人' },
    ])
    const refused = [
      `已拒绝敏感内容库中的文档“${textDocId(session.id)}”（格式不正确或不属于本工作室），未写入本机。`,
      '已拒绝敏感内容库中的文档“sessions-text:0b7c6f1e-3d2a-4c1b-9e8f-123456789abc”（格式不正确或不属于本工作室），未写入本机。',
    ]
    // The laptop that holds the texts keeps them; a new one takes the record without them.
    await a.sync.syncNow()
    expect(await a.db.sessions.get(session.id)).toMatchObject(texts)
    const b = make(server)
    // B's copy of the sensitive database holds the bad texts before the record comes (pull.ts).
    await b.sync.stop()
    await MemoryPouch.replicate(server.texts, new MemoryPouch(`${b.name}-sensitive`))
    b.start()
    await b.sync.syncNow()
    const atB = (await b.db.sessions.get(session.id))!
    expect(atB).toMatchObject({ sensitiveText: 'separate', riskLevel: '严重' })
    for (const f of SENSITIVE_TEXT_FIELDS) expect(atB[f]).toBe('')
    for (const l of [a, b]) expect(l.sync.log().map((x) => x.text)).toEqual(expect.arrayContaining(refused))
  })

  it('applying the same changes twice changes nothing', async () => {
    const server = memoryServer()
    const a = make(server)
    const b = make(server)
    for (let i = 0; i < 5; i += 1) await createPerson(a.db, { name: `社工${i}`, ...PERSON })
    await a.sync.syncNow()
    await b.sync.syncNow()
    const before = await b.db.persons.toArray()
    expect(before).toHaveLength(5)
    await b.sync.stop()
    // Forget where the feed stood: every change is read again.
    await write(b.db, ['syncState'], async () => b.db.syncState.put({ ...(await getSyncRow(b.db))!, pullSeq: 0 }))
    b.start()
    await b.sync.syncNow()
    expect(await b.db.persons.toArray()).toEqual(before)
    expect(await b.db.outbox.count()).toBe(0)
  })

  it('a 敏感 record’s text never reaches the ordinary database; only laptops allowed to read it get it', async () => {
    const server = memoryServer()
    const a = make(server)
    const texts = { questions: '案主家暴情况', process: '讨论安全计划', advice: '联系妇联', supervisorReflection: '需要跟进', superviseeReflection: '压力大', riskNote: '人身安全风险' }
    const session = await saveSensitiveSession(a.db, texts)
    await a.sync.syncNow()

    // On the server: the ordinary database holds no text, in no revision.
    const revs = await server.records.get(recordDocId('sessions', session.id), { open_revs: 'all', revs: true })
    const everything = JSON.stringify(revs) + JSON.stringify((await server.records.allDocs({ include_docs: true })).rows)
    for (const t of Object.values(texts)) expect(everything).not.toContain(t)
    expect(await server.records.get(recordDocId('sessions', session.id))).toMatchObject({ sensitiveText: 'separate', questions: '', riskNote: '' })
    expect(await server.texts.get(textDocId(session.id))).toMatchObject({ studio: STUDIO, sessionId: session.id, ...texts })

    const allowed = make(server)
    const notAllowed = make({ records: server.records, texts: null })
    await allowed.sync.syncNow()
    await notAllowed.sync.syncNow()
    expect(await allowed.db.sessions.get(session.id)).toMatchObject(texts)
    expect(await allowed.db.sessions.get(session.id)).not.toHaveProperty('sensitiveText')
    const without = (await notAllowed.db.sessions.get(session.id))!
    expect(without).toMatchObject({ sensitiveText: 'separate', riskLevel: '严重' })
    for (const f of SENSITIVE_TEXT_FIELDS) expect(without[f]).toBe('')
    // Its own save of that record must not empty the texts on the server.
    await notAllowed.sync.syncNow()
    expect(await server.texts.get(textDocId(session.id))).toMatchObject(texts)
  })
})
