import { z } from 'zod';

/** Main-to-renderer events. The preload forwards only these. */
export const events = {
  /** The tray or a notification asks the window to show a screen (`/team/abc`). */
  'navigation:requested': z.object({ path: z.string().startsWith('/').max(512) }),
};

export type AppEvent = keyof typeof events;
export type EventPayload<E extends AppEvent> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as AppEvent[];

export function isAppEvent(name: unknown): name is AppEvent {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
