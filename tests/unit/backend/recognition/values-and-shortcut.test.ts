import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { QuickCaptureHost } from '../../../../electron/backend/context';
import type { RecognitionPreferences } from '../../../../shared/ipc/channels/recognition';
import { DEFAULT_VALUES } from '../../../../shared/model/documents';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

describe('values channels', () => {
  const dir = useTempDir();

  it('starts with the default set for support teams and saves an edited list', async () => {
    const backend = await startBackend(dir());
    expect(valueOf(await backend.invoke('values:list', undefined))).toEqual(DEFAULT_VALUES);
    const saved = valueOf(
      await backend.invoke('values:save', { values: [' Customer first ', 'Curiosity'] }),
    );
    expect(saved).toEqual(['Customer first', 'Curiosity']);
    expect(await readJson(join(dir(), 'team.json'))).toMatchObject({
      values: ['Customer first', 'Curiosity'],
    });
  });

  it.each([
    ['an empty list', [], 'values', 'Keep at least one value.'],
    ['an empty value', ['Ownership', ' '], 'values.1', 'Value is required.'],
    ['a value twice', ['Ownership', 'ownership'], 'values.1', 'ownership is in the list twice.'],
    ['a too-long value', ['x'.repeat(61)], 'values.0', 'Value must be at most 60 characters.'],
  ])('refuses %s and keeps the list', async (_label, values, field, message) => {
    const backend = await startBackend(dir());
    const error = errorOf(await backend.invoke('values:save', { values }));
    expect(error.fields?.[field]).toBe(message);
    expect(valueOf(await backend.invoke('values:list', undefined))).toEqual(DEFAULT_VALUES);
  });
});

describe('capture shortcut channels', () => {
  const dir = useTempDir();

  function fakeHost(accepts: boolean): QuickCaptureHost & { accelerator: string } {
    const host = {
      accelerator: 'CommandOrControl+Shift+K',
      shortcut: () => ({
        accelerator: host.accelerator,
        defaultAccelerator: 'CommandOrControl+Shift+K',
        active: true,
        available: true,
        message: null,
      }),
      setShortcut: vi.fn(async (accelerator: string) => {
        if (!accepts) return { ok: false as const, message: 'Another app uses it.' };
        host.accelerator = accelerator;
        return { ok: true as const };
      }),
      openWindow: vi.fn(),
    };
    return host;
  }

  it('says the shortcut is unavailable without a desktop shell, and refuses to set one', async () => {
    const backend = await startBackend(dir());
    const prefs = valueOf<RecognitionPreferences>(
      await backend.invoke('recognition:preferences', undefined),
    );
    expect(prefs.shortcut).toMatchObject({ available: false, active: false });
    expect(prefs.recognitionGapDays).toBe(14);
    const error = errorOf(
      await backend.invoke('recognition:setShortcut', { accelerator: 'Alt+Shift+R' }),
    );
    expect(error.message).toContain('desktop app');
    expect(valueOf(await backend.invoke('recognition:openCaptureWindow', undefined))).toEqual({
      opened: false,
    });
  });

  it('relays a new shortcut to the shell and answers the new state', async () => {
    const host = fakeHost(true);
    const backend = await startBackend(dir(), { quickCapture: host });
    const prefs = valueOf<RecognitionPreferences>(
      await backend.invoke('recognition:setShortcut', { accelerator: 'Alt+Shift+R' }),
    );
    expect(host.setShortcut).toHaveBeenCalledWith('Alt+Shift+R');
    expect(prefs.shortcut.accelerator).toBe('Alt+Shift+R');
    valueOf(await backend.invoke('recognition:openCaptureWindow', undefined));
    expect(host.openWindow).toHaveBeenCalledTimes(1);
  });

  it('passes the OS refusal on as a message next to the field', async () => {
    const backend = await startBackend(dir(), { quickCapture: fakeHost(false) });
    const error = errorOf(
      await backend.invoke('recognition:setShortcut', { accelerator: 'Alt+Shift+R' }),
    );
    expect(error).toEqual({
      code: 'conflict',
      message: 'Another app uses it.',
      fields: { accelerator: 'Another app uses it.' },
    });
  });

  it.each([
    ['K', 'Add Ctrl, Cmd or Alt'],
    ['Shift+K', 'Add Ctrl, Cmd or Alt'],
    ['Ctrl+Shift', 'Finish the shortcut with a key'],
    ['Ctrl+Ctrl+K', 'Use each modifier only once.'],
    ['Hyper+K', 'Use only Ctrl, Cmd, Alt, Shift or Super.'],
    ['Ctrl+Ä', 'cannot be used in a shortcut'],
    ['', 'Press the keys of the shortcut.'],
  ])('refuses the shortcut %j before asking the shell', async (accelerator, message) => {
    const host = fakeHost(true);
    const backend = await startBackend(dir(), { quickCapture: host });
    const error = errorOf(await backend.invoke('recognition:setShortcut', { accelerator }));
    expect(error.fields?.accelerator).toContain(message);
    expect(host.setShortcut).not.toHaveBeenCalled();
  });
});
