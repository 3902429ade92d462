import Store from 'electron-store';
import type { WindowState } from './window-state';

export interface Settings {
  window: WindowState;
  /** Another data folder the lead chose; null means the default under userData. */
  dataDir: string | null;
}

/** Settings live in electron-store (atomic writes, a JSON schema); data lives in the data folder. */
export function createSettingsStore(): Store<Settings> {
  return new Store<Settings>({
    name: 'settings',
    clearInvalidConfig: true,
    defaults: { window: { bounds: null, maximized: false }, dataDir: null },
    schema: {
      window: {
        type: 'object',
        properties: {
          bounds: {
            type: ['object', 'null'],
            properties: {
              x: { type: 'number' },
              y: { type: 'number' },
              width: { type: 'number' },
              height: { type: 'number' },
            },
          },
          maximized: { type: 'boolean' },
        },
      },
      dataDir: { type: ['string', 'null'] },
    },
  });
}

export interface SettingsAccess {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}
