import type { Page } from 'playwright-core'

/** A record as IndexedDB holds it now, read straight from its store (not through the app). */
export async function storedRecord<T>(page: Page, store: string, id: string): Promise<T> {
  return page.evaluate(
    ({ store, id }) =>
      new Promise<T>((resolve, reject) => {
        const req = indexedDB.open('supervision-studio')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const get = req.result.transaction(store).objectStore(store).get(id)
          get.onsuccess = () => {
            resolve(get.result as T)
            req.result.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
    { store, id },
  )
}
