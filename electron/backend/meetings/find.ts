import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument } from '../../../shared/model/documents';

export function findMeeting(doc: PersonDocument, meetingId: string) {
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('not_found', 'This 1:1 does not exist any more.');
  return meeting;
}

export function findPoint(doc: PersonDocument, pointId: string) {
  const point = doc.talkingPoints.find((p) => p.id === pointId);
  if (!point) throw new AppError('not_found', 'This talking point does not exist any more.');
  return point;
}

export function findAction(doc: PersonDocument, actionId: string) {
  const action = doc.actionItems.find((a) => a.id === actionId);
  if (!action) throw new AppError('not_found', 'This action item does not exist any more.');
  return action;
}
