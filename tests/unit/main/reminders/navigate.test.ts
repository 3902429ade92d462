import type {
  BrowserWindow as ElectronWindow,
  Notification as ElectronNotification,
} from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigateWhenReady } from '../../../../electron/main/reminders/navigate';
import {
  handleWindowsActivation,
  reminderResponses,
} from '../../../../electron/main/reminders/responses';
import { BrowserWindow, Notification, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

const asWindow = (w: BrowserWindow) => w as unknown as ElectronWindow;

describe('navigateWhenReady', () => {
  beforeEach(() => resetFakeElectron());

  it('sends app:navigate at once to a page that is up (a hidden window)', () => {
    const window = new BrowserWindow({});
    navigateWhenReady(asWindow(window), '/team/p-1/brief');
    expect(window.webContents.send).toHaveBeenCalledWith('app:navigate', {
      path: '/team/p-1/brief',
    });
  });

  it('waits for the load of a window that was just created', () => {
    const window = new BrowserWindow({});
    window.webContents.isLoading.mockReturnValue(true);
    navigateWhenReady(asWindow(window), '/growth');
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledWith('app:navigate', { path: '/growth' });
  });
});

describe('reminderResponses', () => {
  it('snoozes for 10 minutes and dismisses through the backend channels', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: {} }));
    const open = vi.fn();
    const responses = reminderResponses(() => ({ invoke }), open);
    responses.snooze(['meeting_soon:p-1:x']);
    responses.dismiss(['meeting_soon:p-1:x']);
    responses.open('/team/p-1');
    expect(invoke.mock.calls).toEqual([
      ['reminders:snooze', { id: 'meeting_soon:p-1:x', for: '10m' }],
      ['reminders:dismiss', { ids: ['meeting_soon:p-1:x'] }],
    ]);
    expect(open).toHaveBeenCalledWith('/team/p-1');
  });

  it('logs a refused answer instead of losing it silently', async () => {
    const invoke = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'not_found' as const, message: 'No such reminder.' },
    }));
    const log = vi.fn();
    reminderResponses(() => ({ invoke }), vi.fn(), log).dismiss(['gone']);
    await vi.waitFor(() => expect(log).toHaveBeenCalledOnce());
  });
});

describe('handleWindowsActivation', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());
  const source = Notification as unknown as typeof ElectronNotification;

  it('registers nothing outside Windows', () => {
    handleWindowsActivation(source, 'darwin', () => 0, vi.fn());
    expect(Notification.handleActivation).not.toHaveBeenCalled();
  });

  it('opens the window for a click no live notification handled (after a restart)', () => {
    const open = vi.fn();
    handleWindowsActivation(source, 'win32', () => 0, open);
    Notification.activation!({ type: 'click', arguments: '' });
    vi.advanceTimersByTime(300);
    expect(open).toHaveBeenCalledOnce();
  });

  it('stands down when the live notification handled the same click', () => {
    const open = vi.fn();
    handleWindowsActivation(source, 'win32', () => Date.now(), open);
    Notification.activation!({ type: 'click', arguments: '' });
    vi.advanceTimersByTime(300);
    expect(open).not.toHaveBeenCalled();
  });
});
