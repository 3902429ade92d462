import type { GlobalShortcut } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptureShortcut } from '../../../../electron/main/capture/shortcut';
import { globalShortcut, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

const DEFAULT = 'CommandOrControl+Shift+K';

function setup(saved = DEFAULT, mac = false) {
  const store = {
    value: saved,
    get: () => store.value,
    set: vi.fn((v: string) => (store.value = v)),
  };
  const onPress = vi.fn();
  const shortcut = new CaptureShortcut(
    globalShortcut as unknown as GlobalShortcut,
    store,
    onPress,
    mac,
  );
  return { shortcut, store, onPress };
}

describe('CaptureShortcut', () => {
  beforeEach(() => resetFakeElectron());

  it('registers the saved shortcut, and pressing it opens the capture window', () => {
    const { shortcut, onPress } = setup();
    expect(shortcut.start()).toEqual({
      accelerator: DEFAULT,
      defaultAccelerator: DEFAULT,
      active: true,
      available: true,
      message: null,
    });
    expect(globalShortcut.press(DEFAULT)).toBe(true);
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('says clearly, in the platform words, when another app holds the shortcut at start', () => {
    globalShortcut.taken.add(DEFAULT);
    const { shortcut, onPress } = setup(DEFAULT, true);
    expect(shortcut.start()).toMatchObject({
      accelerator: DEFAULT,
      active: false,
      message:
        'Cmd+Shift+K is already used by another app, so it does not open Coachbook. Choose another shortcut in Settings.',
    });
    expect(globalShortcut.press(DEFAULT)).toBe(false);
    expect(onPress).not.toHaveBeenCalled();
  });

  it('falls back to the default when the saved shortcut is not valid any more', () => {
    const { shortcut } = setup('Shift+K');
    expect(shortcut.start()).toMatchObject({ accelerator: DEFAULT, active: true });
  });

  it('moves to a new shortcut, frees the old one and saves the choice', async () => {
    const { shortcut, store, onPress } = setup();
    shortcut.start();
    expect(await shortcut.change('Alt+Shift+R')).toEqual({ ok: true });
    expect(store.set).toHaveBeenCalledWith('Alt+Shift+R');
    expect(globalShortcut.press(DEFAULT)).toBe(false);
    expect(globalShortcut.press('Alt+Shift+R')).toBe(true);
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(shortcut.state()).toMatchObject({ accelerator: 'Alt+Shift+R', active: true });
  });

  it('keeps the old shortcut and explains when the OS refuses the new one', async () => {
    globalShortcut.taken.add('Control+Alt+Delete');
    const { shortcut, store } = setup();
    shortcut.start();
    expect(await shortcut.change('Control+Alt+Delete')).toEqual({
      ok: false,
      message:
        'Ctrl+Alt+Delete is already used by another app or by the system. Choose another shortcut. Ctrl+Shift+K still opens the capture window.',
    });
    expect(store.set).not.toHaveBeenCalled();
    expect(globalShortcut.press(DEFAULT)).toBe(true);
    expect(shortcut.state()).toMatchObject({ accelerator: DEFAULT, active: true, message: null });
  });

  it('treats an accelerator Electron cannot parse as a refusal, without throwing', async () => {
    globalShortcut.invalid.add('Super+F24');
    const { shortcut } = setup();
    shortcut.start();
    const result = await shortcut.change('Super+F24');
    expect(result).toMatchObject({ ok: false });
    expect(globalShortcut.press(DEFAULT)).toBe(true);
  });

  it('refuses a shortcut without a modifier before asking the OS', async () => {
    const { shortcut } = setup();
    shortcut.start();
    globalShortcut.register.mockClear();
    expect(await shortcut.change('K')).toMatchObject({ ok: false });
    expect(globalShortcut.register).not.toHaveBeenCalled();
  });

  it('frees a refused start once a free shortcut is chosen', async () => {
    globalShortcut.taken.add(DEFAULT);
    const { shortcut } = setup();
    shortcut.start();
    expect(await shortcut.change('Alt+Shift+R')).toEqual({ ok: true });
    expect(shortcut.state()).toMatchObject({ active: true, message: null });
  });

  it('unregisters on stop', () => {
    const { shortcut } = setup();
    shortcut.start();
    shortcut.stop();
    expect(globalShortcut.registered.size).toBe(0);
    expect(shortcut.state().active).toBe(false);
  });
});
