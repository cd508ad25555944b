// The PouchDB packages the Node tests use ship no types: src/renderer/src/db/sync/pouch.ts types them.
declare module 'pouchdb-core' {
  const PouchDB: { plugin(plugin: unknown): typeof PouchDB; defaults(options: object): unknown }
  export default PouchDB
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-replication' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown
  export default plugin
}
declare module 'express-pouchdb' {
  const expressPouchDB: (pouch: unknown, options: object) => import('express').RequestHandler & {
    couchConfig: { set(section: string, key: string, value: string, callback: (error?: unknown) => void): void }
  }
  export default expressPouchDB
}
