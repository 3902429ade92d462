import { startOfDay } from 'date-fns';
import type { Brief } from '../model/brief';
import type { PersonDocument } from '../model/documents';
import { agendaPoints, feedbackToDeliver, openActions } from './agenda';
import { localDateTimeToDate, toLocalDate, toLocalDateTime } from './local-time';
import { upcomingOneOnOnes, type OpenOneOnOne } from './schedule';
import { heldMeetings, suggestTopics } from './suggestions';
import { buildGrowthBrief, growthSuggestions } from './growth/brief';
import { buildKpiBrief, emptyKpiBrief } from './kpis/brief';
import type { KpiSuggestionInput } from './kpis/suggestions';

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

function nextOf(upcoming: OpenOneOnOne | undefined): Brief['next'] {
  return upcoming
    ? {
        at: toLocalDateTime(upcoming.at),
        meetingId: upcoming.meetingId,
        occurrence: upcoming.occurrence,
      }
    : null;
}

/** What the KPI part of the brief needs from the team: definitions, everyone's values, the threshold. */
export type BriefKpiContext = Pick<KpiSuggestionInput, 'metrics' | 'teamValues' | 'sharpDropRatio'>;

/** Everything since the last 1:1 with this person, on one page. Pure: `now` is a parameter. */
export function buildBrief(
  doc: PersonDocument,
  now: Date,
  recognitionGapDays = 14,
  kpiContext: BriefKpiContext | null = null,
): Brief {
  const held = heldMeetings(doc);
  const last = held.at(-1) ?? null;
  const since = last?.at ?? null;
  const sinceDate = since ? localDateTimeToDate(since) : null;
  const after = (date: string) => sinceDate === null || date >= sinceDate;
  const growth = buildGrowthBrief(doc.growth, toLocalDate(now), sinceDate);
  const kpis = kpiContext
    ? buildKpiBrief({
        ...kpiContext,
        values: doc.kpis.values,
        today: toLocalDate(now),
        since: sinceDate,
      })
    : emptyKpiBrief();

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
    suggestions: [
      ...suggestTopics(doc, now, recognitionGapDays),
      ...growthSuggestions(growth),
      ...kpis.suggestions.map((s) => ({ kind: 'kpi' as const, text: s.text })),
    ],
    growth,
    kpis,
  };
}
