import type { AreaHandlers, BackendContext } from '../context';
import { MeetingsService } from './meetings-service';

export function meetingsHandlers(ctx: BackendContext): AreaHandlers<'meetings'> {
  const meetings = new MeetingsService(ctx.people, ctx.clock);
  return {
    'meetings:overview': ({ personId }) => meetings.overview(personId),
    'meetings:open': ({ personId, occurrence }) => meetings.open(personId, occurrence),
    'meetings:get': ({ personId, meetingId }) => meetings.get(personId, meetingId),
    'meetings:createAdHoc': ({ personId, at }) => meetings.createAdHoc(personId, at),
    'meetings:saveNotes': ({ personId, meetingId, notes, privateNotes }) =>
      meetings.saveNotes(personId, meetingId, notes, privateNotes),
    'meetings:setMood': ({ personId, meetingId, mood }) =>
      meetings.setMood(personId, meetingId, mood),
    'meetings:setStatus': ({ personId, meetingId, status, reason }) =>
      meetings.setStatus(personId, meetingId, status, reason),
    'meetings:record': ({ items, status, reason }) => meetings.record(items, status, reason),
    'meetings:skip': ({ personId, occurrence, reason }) =>
      meetings.skip(personId, occurrence, reason),
    'meetings:move': ({ personId, occurrence, to }) => meetings.move(personId, occurrence, to),
    'meetings:resetOccurrence': ({ personId, occurrence }) =>
      meetings.resetOccurrence(personId, occurrence),
  };
}
