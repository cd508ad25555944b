import { describe, expect, it } from 'vitest'
import { asAdmin, asUser, couchUrl } from '../support/couch'

// What the sync design relies on from the server, checked on the run's CouchDB: our test server
// (scripts/couch-test-server.mjs) or, with COUCH_URL, a real CouchDB 3 — both must answer alike.
const db = `servertest-${Date.now().toString(36)}`

async function addUser(name: string, password: string, roles: string[]) {
  const r = await asAdmin('PUT', `/_users/org.couchdb.user:${name}`, { _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' })
  expect(r.status).toBeLessThan(300)
}

describe('the CouchDB of the test run', () => {
  it('answers GET / with a welcome and has an admin in the URL', async () => {
    expect(couchUrl()).toMatch(/^https?:\/\/[^:]+:[^@]+@/)
    const root = await asUser(null, '', 'GET', '/')
    expect(root.status).toBe(200)
    expect(await asAdmin('GET', '/_session')).toMatchObject({ status: 200, body: { userCtx: { roles: expect.arrayContaining(['_admin']) } } })
  })

  it('lets only an admin create databases, and keeps a database to the members its _security names', async () => {
    await addUser(`${db}-member`, 'pw-member', [`${db}-role`])
    await addUser(`${db}-other`, 'pw-other', ['someone-else'])
    const anonymousCreate = await asUser(null, '', 'PUT', `/${db}`)
    expect(anonymousCreate.status).toBe(401)
    expect((await asUser(`${db}-member`, 'pw-member', 'PUT', `/${db}`)).status).toBeGreaterThanOrEqual(401)
    expect((await asAdmin('PUT', `/${db}`)).status).toBe(201)
    expect((await asAdmin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: [`${db}-role`] } })).status).toBe(200)

    expect((await asUser(`${db}-member`, 'pw-member', 'PUT', `/${db}/a`, { x: 1 })).status).toBe(201)
    expect((await asUser(`${db}-member`, 'pw-member', 'GET', `/${db}/a`)).status).toBe(200)
    expect((await asUser(`${db}-other`, 'pw-other', 'GET', `/${db}/a`)).status).toBe(403)
    expect((await asUser(`${db}-other`, 'pw-other', 'POST', `/${db}/_bulk_get`, { docs: [{ id: 'a' }] })).status).toBe(403)
    expect((await asUser(null, '', 'GET', `/${db}/_all_docs`)).status).toBe(401)
    expect((await asUser(`${db}-member`, 'wrong', 'GET', `/${db}`)).status).toBe(401)
  })

  it('refuses a user who tries to give themselves another role', async () => {
    const name = `${db}-climber`
    await addUser(name, 'pw-climber', ['studio-a'])
    const own = (await asUser(name, 'pw-climber', 'GET', `/_users/org.couchdb.user:${name}`)).body as Record<string, unknown>
    const climb = await asUser(name, 'pw-climber', 'PUT', `/_users/org.couchdb.user:${name}`, { ...own, roles: ['studio-a', 'studio-b'] })
    expect(climb.status).toBe(403)
    const after = (await asAdmin('GET', `/_users/org.couchdb.user:${name}`)).body as { roles: string[] }
    expect(after.roles).toEqual(['studio-a'])
  })
})
