import type { OpenFileRequest, OpenedFile, SaveFileRequest, SaveFileResult, StudioApi } from '@shared/studio-api'

/** What the browser build offers in place of the Electron preload: downloads and file inputs. */
export function createBrowserApi(doc: Document = document): StudioApi {
  return {
    platform: 'browser',
    async getAppVersion() {
      return import.meta.env.VITE_APP_VERSION ?? '0.0.0'
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.data as BlobPart], { type: 'application/octet-stream' })
      const url = URL.createObjectURL(blob)
      const a = doc.createElement('a')
      a.href = url
      a.download = request.suggestedName
      a.style.display = 'none'
      doc.body.appendChild(a)
      a.click()
      a.remove()
      // Revoke later: revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { saved: true }
    },
    openFile(request: OpenFileRequest): Promise<OpenedFile | null> {
      return new Promise((resolve, reject) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.style.display = 'none'
        const exts = (request.filters ?? []).flatMap((f) => f.extensions).filter((e) => e !== '*')
        if (exts.length > 0) input.accept = exts.map((e) => `.${e}`).join(',')
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          input.remove()
          if (!file) return resolve(null)
          file
            .arrayBuffer()
            .then((buf) => resolve({ name: file.name, data: new Uint8Array(buf) }))
            .catch(reject)
        })
        input.addEventListener('cancel', () => {
          input.remove()
          resolve(null)
        })
        doc.body.appendChild(input)
        input.click()
      })
    },
    // A web page is never started by double-clicking a .sgbak file: nothing ever waits.
    async takePendingBackupFile(): Promise<OpenedFile | null> {
      return null
    },
    onOpenBackupFile(): () => void {
      return () => undefined
    },
  }
}
