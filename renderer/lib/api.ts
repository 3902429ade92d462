import type { CoachbookApi } from '../../shared/ipc/create-api';

declare global {
  interface Window {
    coachbook: CoachbookApi;
  }
}

/** The typed bridge the preload (or a test host) puts on the page. */
export const api: CoachbookApi = window.coachbook;
