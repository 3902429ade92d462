import { z } from 'zod';
import { idSchema } from '../model/common';

/** Which document a durable write changed: one person's file (also when created or deleted), or the team's. */
const dataChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: idSchema }),
  z.object({ kind: z.literal('team') }),
]);
export type DataChange = z.infer<typeof dataChangeSchema>;

const EXPORT_OUTCOMES = ['completed', 'cancelled', 'interrupted'] as const;
const exportSavedSchema = z.object({
  fileName: z.string().max(260),
  /** The file chosen in the Save dialog (written, or failed to be); null when cancelled. */
  path: z.string().max(4096).nullable(),
  state: z.enum(EXPORT_OUTCOMES),
});
export type ExportSaved = z.infer<typeof exportSavedSchema>;

/** Main-to-renderer events. The preload forwards only these. */
const events = {
  /** A document was written (after the write is on disk): every window refreshes what it read. */
  'data:changed': dataChangeSchema,
  /** The reminders changed (one fell due, was snoozed or dismissed, settings saved): the bell refreshes. */
  'reminders:changed': z.object({}),
  /** Open this route (a notification was clicked, or the tray asked): `/team/p-1/brief`. */
  'app:navigate': z.object({ path: z.string().startsWith('/').max(500) }),
  /**
   * An export handed to the Save dialog finished (electron/main/downloads.ts): where the file was
   * written (`path`, for `completed`), or that the lead cancelled the dialog or the write failed.
   */
  'export:saved': exportSavedSchema,
};

export type AppEvent = keyof typeof events;
export type EventPayload<E extends AppEvent> = z.infer<(typeof events)[E]>;

export function isAppEvent(name: unknown): name is AppEvent {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
