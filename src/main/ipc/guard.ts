/**
 * The only way main-process IPC handlers get registered. Every call is checked before the
 * handler runs:
 *   1. the sender frame still exists, is the main (top) frame of our own window, and shows
 *      one of our pages (app://studio/… or, in development, the dev server);
 *   2. the argument list matches a zod schema (tuples: no missing or extra arguments;
 *      strict objects: no unknown keys).
 * Anything else is rejected by throwing, which rejects the renderer's invoke() promise.
 */
import { ipcMain, type IpcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { z } from 'zod'
import { isTrustedUrl } from '../trusted-url'

export interface IpcGuardContext {
  /** The dev server origin, only in development. */
  devOrigin?: string | null
  /** Our main window's WebContents, or null while there is none. */
  getTrustedContents: () => WebContents | null | undefined
}

export class IpcSenderError extends Error {
  override name = 'IpcSenderError'
}

export class IpcArgumentError extends Error {
  override name = 'IpcArgumentError'
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>

/** Throws IpcSenderError unless the event comes from our window's main frame on our origin. */
function assertTrustedSender(event: SenderEvent, context: IpcGuardContext): void {
  const reject = (reason: string): never => {
    throw new IpcSenderError(`已拒绝来自未授权页面的请求（${reason}）`)
  }
  let frame: IpcMainInvokeEvent['senderFrame']
  let frameUrl: string
  try {
    frame = event.senderFrame
    frameUrl = frame ? frame.url : ''
  } catch {
    return reject('发送方页面已不存在')
  }
  if (!frame) return reject('发送方页面已不存在')
  if (!isTrustedUrl(frameUrl, context.devOrigin)) return reject('页面地址不受信任')
  if (frame.parent !== null) return reject('请求来自子框架')

  const trusted = context.getTrustedContents()
  if (!trusted || trusted.isDestroyed()) return reject('主窗口不存在')
  if (!event.sender || event.sender.id !== trusted.id) return reject('请求不是来自主窗口')
  const mainFrame = trusted.mainFrame
  if (
    !mainFrame ||
    frame.processId !== mainFrame.processId ||
    frame.routingId !== mainFrame.routingId
  ) {
    return reject('请求不是来自主窗口的主框架')
  }
}

/** Parses the argument list or throws IpcArgumentError with a short summary. */
function parseArgs<S extends z.ZodType>(channel: string, schema: S, args: unknown[]): z.output<S> {
  const result = schema.safeParse(args)
  if (!result.success) {
    const summary = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(参数)'}: ${issue.message}`)
      .join('；')
    throw new IpcArgumentError(`${channel} 参数无效：${summary}`)
  }
  return result.data
}

export type GuardedHandler<S extends z.ZodType, R> = (
  args: z.output<S>,
  event: IpcMainInvokeEvent,
) => R | Promise<R>

export type GuardedHandle = <S extends z.ZodType<readonly unknown[]>, R>(
  channel: string,
  schema: S,
  fn: GuardedHandler<S, R>,
) => void

/** Returns `handle(channel, schema, fn)`, bound to our window and ipcMain. */
export function createGuardedHandle(
  context: IpcGuardContext,
  ipc: Pick<IpcMain, 'handle'> = ipcMain,
): GuardedHandle {
  return (channel, schema, fn) => {
    ipc.handle(channel, async (event, ...args: unknown[]) => {
      assertTrustedSender(event, context)
      const parsed = parseArgs(channel, schema, args)
      return fn(parsed, event)
    })
  }
}
