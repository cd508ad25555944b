// The PouchDB packages ship no types; pouch.ts types what the sync uses.
declare module 'pouchdb-browser' {
  interface PouchPluggable {
    plugin(plugin: unknown): PouchPluggable
    defaults(options: object): unknown
  }
  const PouchDB: PouchPluggable
  export default PouchDB
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown
  export default plugin
}
