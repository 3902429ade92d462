import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/backend/create-backend';
import type { HandlerTable } from '../../../electron/backend/handler-table';
import { isTrustedSender, registerIpc } from '../../../electron/main/ipc';
import { CHANNELS } from '../../../shared/ipc/contract';
import { ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

const OWN_ID = 7;
const ownWindows = () => [{ id: OWN_ID }] as unknown as WebContents[];

function event(senderId: number, frameUrl: string | null): SenderEvent {
  return {
    sender: { id: senderId },
    senderFrame: frameUrl === null ? null : { url: frameUrl },
  } as unknown as SenderEvent;
}

describe('isTrustedSender', () => {
  it('trusts our window showing an app page', () => {
    expect(isTrustedSender(event(OWN_ID, 'app://coachbook/index.html'), ownWindows)).toBe(true);
  });

  it.each([
    ['a foreign page', 'https://evil.example/'],
    ['a file page', 'file:///tmp/index.html'],
    ['another app host', 'app://other/index.html'],
    ['a page that is not a URL', 'about:blank'],
  ])('refuses our window showing %s', (_label, url) => {
    expect(isTrustedSender(event(OWN_ID, url), ownWindows)).toBe(false);
  });

  it('refuses a sender that is not one of our windows', () => {
    expect(isTrustedSender(event(99, 'app://coachbook/index.html'), ownWindows)).toBe(false);
  });

  it('refuses a sender without a frame (it navigated away or was destroyed)', () => {
    expect(isTrustedSender(event(OWN_ID, null), ownWindows)).toBe(false);
  });

  it('trusts the dev server page only when its URL is given', () => {
    const dev = event(OWN_ID, 'http://localhost:5173/people');
    expect(isTrustedSender(dev, ownWindows, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(dev, ownWindows)).toBe(false);
    expect(isTrustedSender(dev, ownWindows, 'http://localhost:5174')).toBe(false);
  });
});

describe('registerIpc', () => {
  let handlers: Record<string, ReturnType<typeof vi.fn>>;

  beforeEach(() => {
    resetFakeElectron();
    handlers = Object.fromEntries(
      CHANNELS.map((c) => [
        c,
        vi.fn(async (input: unknown) => ({ ok: true, value: { c, input } })),
      ]),
    );
    const backend = { handlers: handlers as unknown as HandlerTable } satisfies Pick<
      Backend,
      'handlers'
    >;
    registerIpc(ipcMain as unknown as IpcMain, backend, ownWindows);
  });

  const call = (channel: string, sender: SenderEvent, input: unknown) =>
    ipcMain.handlers.get(channel)!(sender, input);

  it('registers every channel of the contract, once', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('hands a trusted request to the backend handler of that channel', async () => {
    const answer = await call('people:get', event(OWN_ID, 'app://coachbook/'), { id: 'p-1' });
    expect(answer).toEqual({ ok: true, value: { c: 'people:get', input: { id: 'p-1' } } });
    expect(handlers['people:get']).toHaveBeenCalledExactlyOnceWith({ id: 'p-1' });
  });

  it('answers a request from a foreign page with an error envelope, without calling the backend', async () => {
    const answer = await call('people:delete', event(OWN_ID, 'https://evil.example/'), {
      id: 'p-1',
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'This request did not come from a Coachbook window.' },
    });
    expect(handlers['people:delete']).not.toHaveBeenCalled();
  });

  it('answers a request from a webContents that is not ours with an error envelope', async () => {
    const answer = await call('people:list', event(42, 'app://coachbook/index.html'), undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });
});
