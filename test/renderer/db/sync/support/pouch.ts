import PouchDB from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import http from 'pouchdb-adapter-http'
import mapreduce from 'pouchdb-mapreduce'
import replication from 'pouchdb-replication'
import type { PouchStatic } from '@renderer/db/sync/pouch'

// Plugins change PouchDB itself and refuse to be added twice: added once, here, for the laptops
// and the test server alike.
const Plugged = PouchDB.plugin(memory).plugin(http).plugin(mapreduce).plugin(replication)

/** PouchDB as the Node tests run it: a plain name is a memory database, an http:// address a server's. */
export const MemoryPouch = Plugged as unknown as PouchStatic
/** For the test server: every database in memory. */
export const ServerPouch = Plugged.defaults({ adapter: 'memory' })
