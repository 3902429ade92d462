import { format } from 'date-fns';
import type { Feedback } from '../../../shared/model/feedback';
import type { LedgerSource } from '../../../shared/domain/schedule';
import type {
  ActionItem,
  Meeting,
  Schedule,
  ScheduleException,
  TalkingPoint,
} from '../../../shared/model/meeting';
import type { Cadence } from '../../../shared/model/person';
import type { Recognition } from '../../../shared/model/recognition';

const CREATED = '2026-11-01T12:00:00.000Z';

/** A stored 1:1; by default the planned Tuesday occurrence after the fixed clock. */
export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm-1',
    occurrence: '2026-11-24',
    at: '2026-11-24T10:00',
    status: 'planned',
    statusReason: '',
    notes: '',
    privateNotes: '',
    mood: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

/** A held 1:1 on a date (10:00), with an optional mood score. */
export function heldOn(id: string, date: string, score?: number): Meeting {
  return makeMeeting({
    id,
    occurrence: date,
    at: `${date}T10:00`,
    status: 'held',
    mood: score === undefined ? null : { score, word: '' },
  });
}

export function makePoint(overrides: Partial<TalkingPoint> = {}): TalkingPoint {
  return {
    id: 'tp-1',
    text: 'Talk about the weekend rota',
    from: 'lead',
    order: 1,
    discussedIn: [],
    resolvedAt: null,
    resolvedInMeetingId: null,
    createdAt: CREATED,
    ...overrides,
  };
}

export function makeAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a-1',
    text: 'Update the refund macro',
    owner: 'report',
    due: null,
    createdInMeetingId: null,
    doneAt: null,
    createdAt: CREATED,
    ...overrides,
  };
}

export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'f-1',
    kind: 'positive',
    date: '2026-11-16',
    situation: 'Outage call on Monday',
    behaviour: 'Kept customers updated every 30 minutes',
    impact: 'No escalations',
    nextStep: '',
    link: null,
    metricId: null,
    status: 'to_deliver',
    deliveredOn: null,
    deliveredInMeetingId: null,
    followUpOn: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export function makeRecognition(overrides: Partial<Recognition> = {}): Recognition {
  return {
    id: 'r-1',
    date: '2026-11-16',
    text: 'Wrote the new billing FAQ',
    value: 'Ownership',
    sharedIn: 'team_meeting',
    recipients: [{ personId: 'p-1', name: 'Sam Lee' }],
    createdAt: CREATED,
    ...overrides,
  };
}

export const emptySchedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  exceptions: [],
  pastCadences: [],
  ...overrides,
});

/** A schedule exception that moves an occurrence to `movedTo` (local date-time). */
export const moveException = (occurrence: string, movedTo: string): ScheduleException => ({
  occurrence,
  kind: 'move',
  movedTo,
  reason: '',
});

/** The ledger's view of one active person added at `createdAt` (a UTC timestamp). */
export const ledgerSource = (
  cadence: Cadence,
  schedule: Schedule,
  meetings: Meeting[],
  createdAt: string,
): LedgerSource => ({
  person: { cadence, createdAt, status: 'active', archivedAt: null },
  schedule,
  meetings,
});

/** Local wall-clock text, so assertions read the same in every time zone. */
export const wallClock = (date: Date) => format(date, 'yyyy-MM-dd HH:mm');
