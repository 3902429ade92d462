import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument } from '../../../shared/model/documents';

/** A written-down 1:1 of the person; talking points and action items refer to them too. */
export function findMeeting(doc: PersonDocument, meetingId: string) {
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('not_found', 'This 1:1 does not exist any more.');
  return meeting;
}
