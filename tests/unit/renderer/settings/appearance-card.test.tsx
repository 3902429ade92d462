import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPEARANCE_STORAGE_KEY, colorSchemeManager } from '../../../../renderer/app/appearance';
import { AppearanceCard } from '../../../../renderer/features/settings/AppearanceCard';

// Mantine's SegmentedControl measures its options; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** The OS setting, changeable while the app runs. */
let osDark = false;
const listeners = new Set<(event: { matches: boolean }) => void>();
function setOsDark(dark: boolean) {
  osDark = dark;
  for (const listener of listeners) listener({ matches: dark });
}
window.matchMedia = (query: string) =>
  ({
    get matches() {
      return query.includes('dark') && osDark;
    },
    media: query,
    onchange: null,
    addEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
      listeners.add(listener),
    removeEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
      listeners.delete(listener),
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }) as unknown as MediaQueryList;

const scheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');

function renderApp() {
  return render(
    <MantineProvider colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <AppearanceCard />
    </MantineProvider>,
  );
}

beforeEach(() => {
  localStorage.clear();
  setOsDark(false);
});
afterEach(cleanup);

describe('Appearance: Light / Dark / System', () => {
  it('starts on System, following the OS, and follows it live', () => {
    setOsDark(true);
    renderApp();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'System' }).checked).toBe(true);
    expect(scheme()).toBe('dark');
    act(() => setOsDark(false));
    expect(scheme()).toBe('light');
    expect(screen.getByText(/now light/)).toBeTruthy();
  });

  it('a choice applies at once, is kept, and is applied at the next start', () => {
    renderApp();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(scheme()).toBe('dark');
    expect(localStorage.getItem(APPEARANCE_STORAGE_KEY)).toBe('dark');
    // The OS changing does not override an explicit choice.
    act(() => setOsDark(false));
    expect(scheme()).toBe('dark');
    cleanup();
    document.documentElement.removeAttribute('data-mantine-color-scheme');

    renderApp();
    expect(scheme()).toBe('dark');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Dark' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'System' }));
    expect(localStorage.getItem(APPEARANCE_STORAGE_KEY)).toBe('auto');
    expect(scheme()).toBe('light');
  });

  it('an unknown stored value falls back to System', () => {
    localStorage.setItem(APPEARANCE_STORAGE_KEY, 'sepia');
    setOsDark(true);
    renderApp();
    expect(scheme()).toBe('dark');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'System' }).checked).toBe(true);
  });
});
