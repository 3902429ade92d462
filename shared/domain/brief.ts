import { parseISO, startOfDay } from 'date-fns';
import type { PersonDocument } from '../model/documents';
import type { Feedback } from '../model/feedback';
import type { Recognition } from '../model/recognition';
import {
  agendaPoints,
  feedbackToDeliver,
  openActions,
  type AgendaAction,
  type AgendaPoint,
} from './agenda';
import { localDateTimeToDate, toLocalDate } from './local-time';
import { upcomingOneOnOnes, toLocalDateTime, type UpcomingOneOnOne } from './schedule';
import { heldMeetings, suggestTopics, type Suggestion } from './suggestions';

export interface MoodPoint {
  meetingId: string;
  date: string;
  score: number;
  word: string;
}

export interface Brief {
  personId: string;
  name: string;
  role: string;
  now: string;
  next: { at: string; meetingId: string | null; occurrence: string | null } | null;
  lastMeeting: { id: string; at: string; summary: string } | null;
  /** The local date-time of the last held 1:1, or null: "since" means after it. */
  since: string | null;
  actions: AgendaAction[];
  waitingPoints: AgendaPoint[];
  /** To give (`to_deliver`), then follow-ups due by today (`follow_up`). */
  feedbackToDeliver: Feedback[];
  feedbackSince: Feedback[];
  recognitionSince: Recognition[];
  moodTrend: MoodPoint[];
  suggestions: Suggestion[];
}

const MOOD_POINTS = 8;

/** The first lines of the notes, without Markdown markers, for a one-glance reminder. */
export function summarizeNotes(notes: string, maxLength = 280): string {
  const lines = notes
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*(#+|[-*+]|\d+\.)\s*/, '')
        .replace(/[*_`>]/g, '')
        .trim(),
    )
    .filter(Boolean);
  const text = lines.slice(0, 3).join(' · ');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function nextOf(upcoming: UpcomingOneOnOne | undefined): Brief['next'] {
  return upcoming
    ? {
        at: toLocalDateTime(upcoming.at),
        meetingId: upcoming.meetingId,
        occurrence: upcoming.occurrence,
      }
    : null;
}

/** Everything since the last 1:1 with this person, on one page. Pure: `now` is a parameter. */
export function buildBrief(doc: PersonDocument, now: Date, recognitionGapDays = 14): Brief {
  const held = heldMeetings(doc);
  const last = held.at(-1) ?? null;
  const since = last?.at ?? null;
  const sinceDate = since ? localDateTimeToDate(since) : null;
  const after = (date: string) => sinceDate === null || date >= sinceDate;

  return {
    personId: doc.person.id,
    name: doc.person.name,
    role: doc.person.role,
    now: now.toISOString(),
    // Archived people have no next 1:1; a 1:1 earlier today is still the one to prepare.
    next: nextOf(upcomingOneOnOnes(doc, startOfDay(now), 1)[0]),
    lastMeeting: last ? { id: last.id, at: last.at, summary: summarizeNotes(last.notes) } : null,
    since,
    actions: openActions(doc.actionItems, now),
    waitingPoints: agendaPoints({ id: '', status: 'planned' }, doc.talkingPoints).filter(
      (p) => p.resolvedAt === null,
    ),
    feedbackToDeliver: feedbackToDeliver(doc.feedback, toLocalDate(now)),
    feedbackSince: doc.feedback
      .filter((f) => after(f.date))
      .sort((a, b) => b.date.localeCompare(a.date)),
    recognitionSince: doc.recognitions
      .filter((r) => after(r.date))
      .sort((a, b) => b.date.localeCompare(a.date)),
    moodTrend: held
      .filter((m) => m.mood)
      .slice(-MOOD_POINTS)
      .map((m) => ({
        meetingId: m.id,
        date: localDateTimeToDate(m.at),
        score: m.mood!.score,
        word: m.mood!.word,
      })),
    suggestions: suggestTopics(doc, now, recognitionGapDays),
  };
}

export const parseLocal = (value: string) => parseISO(value);
