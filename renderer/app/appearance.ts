import { localStorageColorSchemeManager, type MantineColorScheme } from '@mantine/core';

/**
 * Light, dark or the system's choice ('auto', which follows the OS live). A preference of this
 * computer's display, not of the team: kept in the renderer's localStorage (per origin, so every
 * window of app://coachbook shares it and hears changes), read synchronously before the first
 * paint so the app never flashes the other scheme, and no schema change to team.json.
 */
export const APPEARANCE_STORAGE_KEY = 'coachbook-color-scheme';

export const APPEARANCES = [
  'light',
  'dark',
  'auto',
] as const satisfies readonly MantineColorScheme[];

export const APPEARANCE_LABELS: Record<MantineColorScheme, string> = {
  light: 'Light',
  dark: 'Dark',
  auto: 'System',
};

export const colorSchemeManager = localStorageColorSchemeManager({ key: APPEARANCE_STORAGE_KEY });
