import { z } from 'zod';
import { idSchema } from '../model/common';

/** Which document a durable write changed: one person's file (also when created or deleted), or the team's. */
const dataChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: idSchema }),
  z.object({ kind: z.literal('team') }),
]);
export type DataChange = z.infer<typeof dataChangeSchema>;

/** Main-to-renderer events. The preload forwards only these. */
const events = {
  /** A document was written (after the write is on disk): every window refreshes what it read. */
  'data:changed': dataChangeSchema,
  /** The reminders changed (one fell due, was snoozed or dismissed, settings saved): the bell refreshes. */
  'reminders:changed': z.object({}),
  /** Open this route (a notification was clicked, or the tray asked): `/team/p-1/brief`. */
  'app:navigate': z.object({ path: z.string().startsWith('/').max(500) }),
};

export type AppEvent = keyof typeof events;
export type EventPayload<E extends AppEvent> = z.infer<(typeof events)[E]>;

export function isAppEvent(name: unknown): name is AppEvent {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
