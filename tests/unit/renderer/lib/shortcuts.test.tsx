import { act, cleanup, fireEvent, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SHORTCUTS,
  matchesShortcut,
  onShortcut,
  shortcutText,
  useShortcuts,
  type ShortcutId,
} from '../../../../renderer/lib/shortcuts';

afterEach(cleanup);

const keys = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean },
  code = '',
) => ({
  key,
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  altKey: Boolean(mods.alt),
  shiftKey: Boolean(mods.shift),
});

describe('the shortcut registry', () => {
  it('names each shortcut once, on a key of its own', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    const combos = SHORTCUTS.map((s) => s.key.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(combos).size).toBe(combos.length);
  });

  it('holds the question bank picker, so Settings lists it', () => {
    expect(SHORTCUTS.find((s) => s.id === 'addFromBank')).toMatchObject({ key: 'P' });
  });

  it('reads Cmd on macOS and Ctrl elsewhere', () => {
    expect(shortcutText('addFromBank', true)).toBe('Cmd+P');
    expect(shortcutText('addFromBank', false)).toBe('Ctrl+P');
    expect(shortcutText('settings', true)).toBe('Cmd+,');
  });

  it('matches the platform’s main modifier only', () => {
    expect(matchesShortcut('addPerson', keys('n', { ctrl: true }), false)).toBe(true);
    expect(matchesShortcut('addPerson', keys('n', { meta: true }), true)).toBe(true);
    // Ctrl on a Mac is not Cmd, and the Windows key is not Ctrl.
    expect(matchesShortcut('addPerson', keys('n', { ctrl: true }), true)).toBe(false);
    expect(matchesShortcut('addPerson', keys('n', { meta: true }), false)).toBe(false);
    expect(matchesShortcut('addPerson', keys('n', {}), false)).toBe(false);
  });

  it('wants exactly its keys: no Shift, no Alt, not another key', () => {
    expect(matchesShortcut('today', keys('1', { ctrl: true, shift: true }), false)).toBe(false);
    expect(matchesShortcut('today', keys('1', { ctrl: true, alt: true }), false)).toBe(false);
    expect(matchesShortcut('today', keys('2', { ctrl: true }), false)).toBe(false);
  });

  it('finds a digit or the comma by its physical key on other layouts', () => {
    // AZERTY: the key that is 1 elsewhere types "&".
    expect(matchesShortcut('today', keys('&', { ctrl: true }, 'Digit1'), false)).toBe(true);
    expect(matchesShortcut('settings', keys(';', { ctrl: true }, 'Comma'), false)).toBe(true);
  });
});

describe('useShortcuts', () => {
  function press(target: EventTarget, key: string, mods: { ctrl?: boolean; meta?: boolean }) {
    const event = new KeyboardEvent('keydown', {
      key,
      ctrlKey: Boolean(mods.ctrl),
      metaKey: Boolean(mods.meta),
      bubbles: true,
      cancelable: true,
    });
    act(() => void target.dispatchEvent(event));
    return event;
  }

  it('runs the handler and keeps the browser from printing', () => {
    const open = vi.fn();
    renderHook(() => useShortcuts({ addFromBank: open }));
    const event = press(document.body, 'p', { ctrl: true });
    expect(open).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('works while a text field has focus', () => {
    const handlers: Partial<Record<ShortcutId, () => void>> = {
      today: vi.fn(),
      addPerson: vi.fn(),
      settings: vi.fn(),
    };
    renderHook(() => useShortcuts(handlers));
    const { getByRole } = render(<textarea aria-label="Notes" />);
    const notes = getByRole('textbox');
    notes.focus();
    press(notes, '1', { ctrl: true });
    press(notes, 'n', { ctrl: true });
    press(notes, ',', { ctrl: true });
    expect(handlers.today).toHaveBeenCalledTimes(1);
    expect(handlers.addPerson).toHaveBeenCalledTimes(1);
    expect(handlers.settings).toHaveBeenCalledTimes(1);
  });

  it('leaves alone keys something already handled, like the shortcut recorder', () => {
    const open = vi.fn();
    renderHook(() => useShortcuts({ addFromBank: open }));
    const { getByRole } = render(
      <input aria-label="New shortcut" onKeyDown={(e) => e.preventDefault()} />,
    );
    press(getByRole('textbox'), 'p', { ctrl: true });
    expect(open).not.toHaveBeenCalled();
  });

  it('calls the newest handler, and stops when unmounted', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, unmount } = renderHook(({ run }) => useShortcuts({ team: run }), {
      initialProps: { run: first },
    });
    rerender({ run: second });
    press(document.body, '2', { ctrl: true });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    unmount();
    press(document.body, '2', { ctrl: true });
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('onShortcut', () => {
  it('gives a form its own shortcut: Ctrl+Enter saves', () => {
    const save = vi.fn();
    const { getByRole } = render(
      <form aria-label="Feedback" onKeyDown={onShortcut({ saveFeedback: save })}>
        <textarea aria-label="Situation" />
      </form>,
    );
    fireEvent.keyDown(getByRole('textbox'), { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(getByRole('textbox'), { key: 'Enter' });
    expect(save).toHaveBeenCalledTimes(1);
  });
});
