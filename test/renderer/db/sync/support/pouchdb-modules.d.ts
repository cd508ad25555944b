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
  const expressPouchDB: (pouch: unknown, options: object) => ((...args: unknown[]) => void) & {
    couchConfig: { set(section: string, key: string, value: string, callback: (error?: unknown) => void): void }
  }
  export default expressPouchDB
}
// express 4, the one express-pouchdb depends on (express 5 breaks it): only what the test server uses.
declare module 'express' {
  const express: () => {
    use(handler: unknown): void
    listen(port: number, host: string, callback: () => void): import('node:http').Server
  }
  export default express
}
