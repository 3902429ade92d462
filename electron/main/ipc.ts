import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import type { Backend } from '../backend/create-backend';
import { isAppUrl } from './app-url';

/** A request is ours only if it comes from a window we made, showing one of our pages. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  ownWindows: () => WebContents[],
  devServerUrl?: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !isAppUrl(frame.url, devServerUrl)) return false;
  return ownWindows().some((contents) => contents.id === event.sender.id);
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Pick<Backend, 'handlers'>,
  ownWindows: () => WebContents[],
  devServerUrl?: string,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, ownWindows, devServerUrl)) {
        return {
          ok: false,
          error: new AppError(
            'internal',
            'This request did not come from a Coachbook window.',
          ).toShape(),
        };
      }
      return backend.handlers[channel](input);
    });
  }
}
