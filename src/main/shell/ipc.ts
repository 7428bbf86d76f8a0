import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { RapportError, type Envelope } from '../../shared/errors';
import { IPC_CHANNEL } from '../../shared/bridge';
import { dispatch } from '../api/dispatch';
import type { Core } from '../core/core';
import { originOf } from './origin';

/** Who may call the main process: the top frame of one of our windows, on our origin. */
export interface SenderPolicy {
  origin: string;
  isOurWindow(contents: WebContents): boolean;
}

/** Why a call must be refused, or null when it comes from our own page. */
export function senderRefusal(event: IpcMainInvokeEvent, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'The call came from a page that has since closed or navigated away';
  if (!policy.isOurWindow(event.sender)) return 'The call came from a window Rapport did not open';
  if (frame.parent !== null || frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) {
    return 'The call came from an embedded frame, not from the Rapport window';
  }
  if (originOf(frame.url) !== policy.origin) {
    return `The call came from ${originOf(frame.url) ?? 'an unknown page'}, not from Rapport`;
  }
  return null;
}

/**
 * `ipcMain.handle` that answers a call from anywhere but our own page with a
 * `forbidden` envelope, without running the handler. Every channel registers through it.
 */
export function handleTrusted<A extends unknown[]>(
  ipcMain: IpcMain,
  channel: string,
  policy: SenderPolicy,
  handler: (event: IpcMainInvokeEvent, ...args: A) => unknown,
): void {
  ipcMain.handle(channel, (event, ...args) => {
    const refusal = senderRefusal(event, policy);
    if (refusal) return forbidden(refusal);
    return handler(event, ...(args as A));
  });
}

/** The API contract over IPC (DESIGN §1): the same `dispatch` as the web host. */
export function registerApiIpc(ipcMain: IpcMain, core: Core, policy: SenderPolicy): void {
  handleTrusted(ipcMain, IPC_CHANNEL, policy, (_event, method: unknown, input: unknown) =>
    dispatch(core, String(method), input),
  );
}

function forbidden(message: string): Envelope<never> {
  return { ok: false, error: new RapportError('forbidden', message).toBody() };
}
