import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { relayDataChanges, relayReminderChanges } from '../../../electron/main/data-changes';
import { createPerson, startBackend, valueOf } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { BrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const ownWindows = () =>
  BrowserWindow.getAllWindows().map((w) => w.webContents) as unknown as WebContents[];

describe('relayDataChanges', () => {
  const dir = useTempDir();
  beforeEach(() => resetFakeElectron());

  it('sends each change to every window once, as data:changed', async () => {
    const backend = await startBackend(dir());
    const main = new BrowserWindow({});
    const capture = new BrowserWindow({});
    relayDataChanges(backend, ownWindows);

    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    valueOf(await backend.invoke('values:save', { values: ['Ownership'] }));

    for (const window of [main, capture]) {
      expect(window.webContents.send.mock.calls).toEqual([
        ['data:changed', { kind: 'person', id: person.id }],
        ['data:changed', { kind: 'team' }],
      ]);
    }
  });

  it('reaches a window opened after the relay started, and skips a destroyed one', async () => {
    const backend = await startBackend(dir());
    const closed = new BrowserWindow({});
    closed.webContents.isDestroyed.mockReturnValue(true);
    relayDataChanges(backend, ownWindows);
    const later = new BrowserWindow({});

    await createPerson(backend, { name: 'Sam Lee' });
    expect(later.webContents.send).toHaveBeenCalledTimes(1);
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });

  it('sends nothing for a read or a refused write, and nothing after it is stopped', async () => {
    const backend = await startBackend(dir());
    const window = new BrowserWindow({});
    const stop = relayDataChanges(backend, ownWindows);

    valueOf(await backend.invoke('people:list', {}));
    await backend.invoke('people:create', { name: '' });
    expect(window.webContents.send).not.toHaveBeenCalled();

    stop();
    await createPerson(backend, { name: 'Sam Lee' });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});

describe('relayReminderChanges', () => {
  beforeEach(() => resetFakeElectron());

  it('sends reminders:changed to every live window, until stopped', () => {
    const listeners = new Set<() => void>();
    const backend = {
      reminders: {
        onChanged: (listener: () => void) => {
          listeners.add(listener);
          return () => void listeners.delete(listener);
        },
      },
    };
    const main = new BrowserWindow({});
    const closed = new BrowserWindow({});
    closed.webContents.isDestroyed.mockReturnValue(true);
    const stop = relayReminderChanges(backend, ownWindows);
    listeners.forEach((listener) => listener());
    expect(main.webContents.send.mock.calls).toEqual([['reminders:changed', {}]]);
    expect(closed.webContents.send).not.toHaveBeenCalled();
    stop();
    listeners.forEach((listener) => listener());
    expect(main.webContents.send).toHaveBeenCalledTimes(1);
  });
});
