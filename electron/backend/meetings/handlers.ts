import { format } from 'date-fns';
import { buildBrief } from '../../../shared/domain/brief';
import { personExportFileName } from '../../../shared/domain/file-names';
import { AppError } from '../../../shared/ipc/errors';
import type { AreaHandlers, BackendContext } from '../context';
import { personToMarkdown } from '../export/person-markdown';
import { AgendaService } from './agenda-service';
import { MeetingsService } from './meetings-service';

type MeetingAreas = AreaHandlers<'meetings'> &
  AreaHandlers<'points'> &
  AreaHandlers<'actions'> &
  AreaHandlers<'brief'> &
  AreaHandlers<'export'>;

export function meetingsHandlers(ctx: BackendContext): MeetingAreas {
  const meetings = new MeetingsService(ctx.people, ctx.clock);
  const agenda = new AgendaService(ctx.people, ctx.clock);
  const doc = (personId: string) => {
    const file = ctx.people.find(personId);
    if (!file)
      throw new AppError(
        'not_found',
        'This person is not in Coachbook any more. They may have been deleted.',
      );
    return file.data;
  };
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
    'points:add': ({ personId, text, from }) => agenda.addPoint(personId, text, from),
    'points:update': ({ personId, pointId, text }) => agenda.updatePoint(personId, pointId, text),
    'points:resolve': ({ personId, meetingId, pointId, resolved }) =>
      agenda.resolvePoint(personId, meetingId, pointId, resolved),
    'points:move': ({ personId, pointId, direction }) =>
      agenda.movePoint(personId, pointId, direction),
    'points:remove': ({ personId, pointId }) => agenda.removePoint(personId, pointId),
    'actions:add': ({ personId, text, owner, due, meetingId }) =>
      agenda.addAction(personId, text, owner, due, meetingId),
    'actions:setDone': ({ personId, actionId, done }) =>
      agenda.setActionDone(personId, actionId, done),
    'actions:remove': ({ personId, actionId }) => agenda.removeAction(personId, actionId),
    'brief:get': ({ personId }) =>
      buildBrief(doc(personId), ctx.clock(), ctx.team.data.preferences.recognitionGapDays),
    'export:personMarkdown': ({ personId, includePrivate }) => {
      const data = doc(personId);
      const now = ctx.clock();
      return {
        fileName: personExportFileName(data.person.name, format(now, 'yyyy-MM-dd')),
        content: personToMarkdown(data, includePrivate, now),
      };
    },
  };
}
