// Runs in the page on the web host, where the preload would run in Electron: it builds
// window.coachbook from the same createApi, over a Playwright binding into the real backend.
import { createApi } from '../../../shared/ipc/create-api';

declare global {
  interface Window {
    __coachbookInvoke(channel: string, input: unknown): Promise<unknown>;
  }
}

window.coachbook = createApi((channel, input) => window.__coachbookInvoke(channel, input));
