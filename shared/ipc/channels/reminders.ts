import { z } from 'zod';
import { channel, noInput } from '../channel';
import {
  SNOOZE_CHOICES,
  reminderSettingsSchema,
  type ReminderSettings,
  type RemindersView,
} from '../../model/reminders';

const reminderId = z.string().min(1, 'A reminder id is required.').max(300);

export const remindersChannels = {
  /** The bell: due, missed and snoozed reminders, what is next, and whether the OS shows them. */
  'reminders:list': channel(noInput).returns<RemindersView>(),
  'reminders:snooze': channel(
    z.object({
      id: reminderId,
      for: z.enum(SNOOZE_CHOICES, 'Choose 10 minutes, 1 hour or tomorrow morning.'),
    }),
  ).returns<RemindersView>(),
  'reminders:dismiss': channel(
    z.object({ ids: z.array(reminderId).min(1).max(1000) }),
  ).returns<RemindersView>(),
  'reminders:settings': channel(noInput).returns<ReminderSettings>(),
  'reminders:saveSettings': channel(reminderSettingsSchema).returns<ReminderSettings>(),
  /** Pauses for this many minutes (the tray's "Pause for 1 hour" is 60); 0 resumes. */
  'reminders:pause': channel(
    z.object({
      minutes: z
        .number()
        .int()
        .min(0)
        .max(7 * 24 * 60, 'Pause for at most a week.'),
    }),
  ).returns<RemindersView>(),
  /** Shows a test notification now; says plainly when the OS did not show it. */
  'reminders:test': channel(noInput).returns<{ ok: true } | { ok: false; message: string }>(),
};
