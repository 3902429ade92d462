// Runs in the page on the web host, where the preload would run in Electron: it builds
// window.coachbook from the same createApi, over a Playwright binding into the real backend.
// The host delivers main-to-renderer events (data:changed) by calling window.__coachbookEmit.
import { createApi } from '../../../shared/ipc/create-api';

declare global {
  interface Window {
    __coachbookInvoke(channel: string, input: unknown): Promise<unknown>;
    __coachbookEmit?(event: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

window.__coachbookEmit = (event, payload) => {
  for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
};

window.coachbook = createApi(
  (channel, input) => window.__coachbookInvoke(channel, input),
  (event, listener) => {
    // Wrapped, as ipcRenderer.on does, so one function subscribed twice is two subscriptions.
    const entry = (payload: unknown) => listener(payload);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(entry));
    return () => void set.delete(entry);
  },
);
