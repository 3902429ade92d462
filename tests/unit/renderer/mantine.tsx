import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

/** jsdom has no matchMedia, which Mantine asks for the colour scheme. */
export function stubMatchMedia(): void {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}

/** Renders inside the Mantine theme, as the app does. */
export function renderWithMantine(ui: ReactNode) {
  stubMatchMedia();
  return render(<MantineProvider>{ui}</MantineProvider>);
}
