import { nextVersion } from '@shared/domain/record-version'
import { isTextDoc, SENSITIVE_TEXT_FIELDS, TEXT_DOC_PREFIX, textContent, type Doc } from '@shared/sync/documents'
import { write } from '../write'
import type { SyncContext } from './context'
import { getSyncRow } from './state'

/**
 * Applies the texts of 敏感 督导记录 from the local copy of the sensitive database (only a user
 * named on it has one) to their records, in one write per batch tagged as the sync's, with the
 * feed's checkpoint. A record with an edit of this laptop still to send keeps its own texts.
 */
export async function pullTexts(ctx: SyncContext, chunk = 200): Promise<void> {
  if (!ctx.text) return
  for (;;) {
    const since = (await getSyncRow(ctx.db))!.textSeq
    const feed = await ctx.text.changes({ since, limit: chunk, include_docs: true })
    if (feed.results.length === 0) return
    const docs: Doc[] = []
    for (const c of feed.results) {
      const doc = c.doc as Doc | undefined
      if (!doc || doc._deleted || c.id.startsWith('_design/')) continue
      if (isTextDoc(doc, ctx.studio)) docs.push(doc)
      else ctx.log(`已拒绝敏感内容库中的文档“${c.id}”（格式不正确或不属于本工作室），未写入本机。`)
    }
    await write(
      ctx.db,
      ['sessions', 'syncState', 'outbox'],
      async () => {
        for (const doc of docs) {
          const id = doc._id.slice(TEXT_DOC_PREFIX.length)
          const session = (await ctx.db.sessions.get(id)) as Record<string, unknown> | undefined
          if (!session || session.sensitive !== 1) continue // the record brings its texts when it comes
          if ((await ctx.db.outbox.where('key').equals(`sessions:${id}`).count()) > 0) continue
          const { sensitiveText: _s, ...rest } = session
          const next = { ...rest, ...textContent(doc) }
          if (SENSITIVE_TEXT_FIELDS.every((f) => next[f] === session[f]) && session.sensitiveText === undefined) continue
          await ctx.db.sessions.put(nextVersion(session, next) as never)
        }
        await ctx.db.syncState.put({ ...(await getSyncRow(ctx.db))!, textSeq: feed.last_seq })
      },
      { origin: 'sync' },
    )
    if (feed.results.length < chunk) return
  }
}
