import type { Feedback } from '../model/feedback';
import type { PersonGrowth } from '../model/growth';
import { growthTimelineEvents } from './growth/timeline';
import type { Meeting } from '../model/meeting';
import type { Person } from '../model/person';
import type { Recognition } from '../model/recognition';
import { timestampToLocalDateTime } from './local-time';

export type TimelineKind = 'person' | 'meeting' | 'feedback' | 'recognition' | 'growth';

interface TimelineEvent {
  /** A date (`2026-11-17`) or a local date-time (`2026-11-17T10:00`); sorts as text. */
  when: string;
  kind: TimelineKind;
  text: string;
  /** The meeting to open, for 1:1 events. */
  meetingId?: string;
  /** The cadence occurrence to open, for a 1:1 not recorded that was never written down. */
  occurrence?: string;
}

/** A past 1:1 nobody marked (`notRecordedOneOnOnes`), as the profile's overview lists it. */
interface NotRecordedEntry {
  at: string;
  occurrence: string | null;
  meetingId: string | null;
}

const MEETING_TEXT: Record<Meeting['status'], string> = {
  planned: '1:1 planned',
  held: '1:1 held',
  cancelled: '1:1 cancelled',
  missed: '1:1 missed',
};

/** Everything that happened with a person, newest first: the profile's timeline. */
export function buildTimeline(input: {
  person: Person;
  meetings: Meeting[];
  feedback: Feedback[];
  recognitions: Recognition[];
  /** Past 1:1s not recorded: shown as such, so none disappears from the history. */
  notRecorded?: NotRecordedEntry[];
  /** Goals set and achieved, milestones done, trainings completed, level changes. */
  growth?: PersonGrowth;
}): TimelineEvent[] {
  const { person } = input;
  const events: TimelineEvent[] = [
    {
      when: timestampToLocalDateTime(person.createdAt),
      kind: 'person',
      text: 'Added to Coachbook',
    },
    ...(person.archivedAt
      ? [
          {
            when: timestampToLocalDateTime(person.archivedAt),
            kind: 'person' as const,
            text: 'Archived',
          },
        ]
      : []),
    ...input.meetings
      .filter((m) => m.status !== 'planned')
      .map((m) => ({
        when: m.at,
        kind: 'meeting' as const,
        text: `${MEETING_TEXT[m.status]}${m.mood ? `, mood ${m.mood.score}/5` : ''}${m.statusReason ? ` (${m.statusReason})` : ''}`,
        meetingId: m.id,
      })),
    ...(input.notRecorded ?? []).map((n) => ({
      when: n.at,
      kind: 'meeting' as const,
      text: '1:1 not recorded',
      ...(n.meetingId ? { meetingId: n.meetingId } : {}),
      ...(n.occurrence && !n.meetingId ? { occurrence: n.occurrence } : {}),
    })),
    ...input.feedback.map((f) => ({
      when: f.date,
      kind: 'feedback' as const,
      text: `${f.kind === 'positive' ? 'Positive' : 'Constructive'} feedback: ${f.behaviour || f.situation}`,
    })),
    ...input.recognitions.map((r) => {
      const others = r.recipients.filter((p) => p.personId !== person.id).map((p) => p.name);
      return {
        when: r.date,
        kind: 'recognition' as const,
        text: `Recognised: ${r.text}${others.length ? ` (with ${others.join(', ')})` : ''}`,
      };
    }),
    ...(input.growth ? growthTimelineEvents(input.growth) : []),
  ];
  return events.sort((a, b) => b.when.localeCompare(a.when));
}
