import {
  defaultReminderSettings,
  REMINDERS_DOCUMENT_VERSION,
  remindersDocumentSchema,
  type RemindersDocument,
} from '../../../shared/model/reminders';
import type { DocumentKind } from '../storage/migrations';

/** The reminder settings and the engine's record, beside team.json; backed up and recovered alike. */
export const REMINDERS_FILE = 'reminders.json';

export const remindersKind: DocumentKind<RemindersDocument> = {
  label: 'reminders file',
  version: REMINDERS_DOCUMENT_VERSION,
  schema: remindersDocumentSchema,
  migrations: [],
};

export function newRemindersDocument(): RemindersDocument {
  return {
    schemaVersion: REMINDERS_DOCUMENT_VERSION,
    settings: defaultReminderSettings(),
    fired: [],
    snoozes: [],
    dismissed: [],
    lastCheckedAt: null,
    away: [],
    lastDigestOn: null,
  };
}
