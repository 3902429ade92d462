import type { AgendaAction, AgendaPoint } from '../../../shared/model/meeting';
import { api } from '../../lib/api';

/**
 * Undo for removed talking points and action items, through the channels that add them: the
 * backend keeps no deleted items, so the undo is a copy with a new id. A talking point goes
 * back to its place among the open points; what it had been through (carried over) starts anew.
 */
export async function restorePoint(
  personId: string,
  point: AgendaPoint,
  openIndex: number,
): Promise<void> {
  const open = await api.points.add({ personId, text: point.text, from: point.from });
  const restored = open.at(-1);
  if (!restored) return;
  for (let at = open.length - 1; at > openIndex; at -= 1)
    await api.points.move({ personId, pointId: restored.id, direction: 'up' });
}

export async function restoreAction(personId: string, action: AgendaAction): Promise<void> {
  const { id } = await api.actions.add({
    personId,
    text: action.text,
    owner: action.owner,
    due: action.due,
    meetingId: action.createdInMeetingId,
  });
  if (action.doneAt) await api.actions.setDone({ personId, actionId: id, done: true });
}
