import Store from 'electron-store';
import { DEFAULT_CAPTURE_SHORTCUT } from '../../shared/model/recognition';
import type { WindowState } from './window-state';

export interface Settings {
  window: WindowState;
  /** Another data folder the lead chose; null means the default under userData. */
  dataDir: string | null;
  /** The global shortcut that opens the capture window (Electron accelerator syntax). */
  captureShortcut: string;
}

/** Settings live in electron-store (atomic writes, a JSON schema); data lives in the data folder. */
export function createSettingsStore(): Store<Settings> {
  return new Store<Settings>({
    name: 'settings',
    clearInvalidConfig: true,
    defaults: {
      window: { bounds: null, maximized: false },
      dataDir: null,
      captureShortcut: DEFAULT_CAPTURE_SHORTCUT,
    },
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
      captureShortcut: { type: 'string', maxLength: 60 },
    },
  });
}

export interface SettingsAccess {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}
