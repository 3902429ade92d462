import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../../shared/model/meeting';

/** A 1:1 written down as planned: a cadence occurrence (its date) or ad hoc (null). */
export function newMeeting(occurrence: string | null, at: string, now: string): Meeting {
  return {
    id: randomUUID(),
    occurrence,
    at,
    status: 'planned',
    statusReason: '',
    notes: '',
    privateNotes: '',
    mood: null,
    createdAt: now,
    updatedAt: now,
  };
}
