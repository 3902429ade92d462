import { describe, expect, it } from 'vitest';
import { acceleratorFromKeys } from '../../../../renderer/features/capture/accelerator-keys';

const keys = (code: string, mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>>) => ({
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  altKey: Boolean(mods.alt),
  shiftKey: Boolean(mods.shift),
});

describe('acceleratorFromKeys', () => {
  it('turns the main modifier of the platform into CommandOrControl', () => {
    expect(acceleratorFromKeys(keys('KeyK', { ctrl: true, shift: true }), false)).toEqual({
      modifiers: ['CommandOrControl', 'Shift'],
      key: 'K',
    });
    expect(acceleratorFromKeys(keys('KeyK', { meta: true, shift: true }), true)).toEqual({
      modifiers: ['CommandOrControl', 'Shift'],
      key: 'K',
    });
  });

  it('keeps the other modifiers by name', () => {
    expect(acceleratorFromKeys(keys('Digit4', { ctrl: true }), true)).toEqual({
      modifiers: ['Control'],
      key: '4',
    });
    expect(acceleratorFromKeys(keys('F9', { meta: true, alt: true }), false)).toEqual({
      modifiers: ['Super', 'Alt'],
      key: 'F9',
    });
  });

  it('names punctuation and arrows as Electron does, and no key while only modifiers are down', () => {
    expect(acceleratorFromKeys(keys('Slash', { alt: true }), false).key).toBe('/');
    expect(acceleratorFromKeys(keys('ArrowUp', { alt: true }), false).key).toBe('Up');
    expect(acceleratorFromKeys(keys('ShiftLeft', { shift: true }), false).key).toBeNull();
    expect(acceleratorFromKeys(keys('IntlBackslash', { alt: true }), false).key).toBeNull();
  });
});
